import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page, PositionResponse } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

/** What an organisation has said about proposals. */
@Injectable({ providedIn: 'root' })
export class PositionsCurrentApi {
  private readonly http = inject(HttpClient);

  /** The latest statement on each proposal, by proposal title. */
  currentFor(organisationId: string): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions/current', { params: toHttpParams({ organisationId, pageSize: 100, sort: 'proposalTitle' }) });
  }

  /** Every statement, newest first: the timeline needs each one's proposal to link to its history. */
  allFor(organisationId: string): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams({ organisationId, pageSize: 100 }) });
  }
}
