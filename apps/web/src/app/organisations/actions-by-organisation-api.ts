import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionResponse, Page } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

/** Actions an organisation raised (what was promised back to it) or owns. */
@Injectable({ providedIn: 'root' })
export class ActionsByOrganisationApi {
  private readonly http = inject(HttpClient);

  /** Raised by or owned by the organisation, soonest due first (undated last). */
  forOrganisation(organisationId: string): Observable<Page<ActionResponse>> {
    return this.http.get<Page<ActionResponse>>('/api/actions', { params: toHttpParams({ organisationId, pageSize: 100, sort: 'dueOn' }) });
  }
}
