import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DuplicateListResponse, OrganisationMergeResponse, Page } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

/** Likely duplicate organisations, merging one into another, and the merges made. */
@Injectable({ providedIn: 'root' })
export class MergesApi {
  private readonly http = inject(HttpClient);

  duplicates(organisationId?: string): Observable<DuplicateListResponse> {
    return this.http.get<DuplicateListResponse>('/api/organisations/duplicates', { params: toHttpParams({ organisationId }) });
  }

  merges(page = 1): Observable<Page<OrganisationMergeResponse>> {
    return this.http.get<Page<OrganisationMergeResponse>>('/api/organisations/merges', { params: toHttpParams({ page, pageSize: 25 }) });
  }

  /** The duplicate's version is the one the admin confirmed against (If-Match). */
  merge(fromId: string, version: number, intoId: string): Observable<OrganisationMergeResponse> {
    return this.http.post<OrganisationMergeResponse>(`/api/organisations/${encodeURIComponent(fromId)}/merge`, { intoId }, { headers: { 'If-Match': `"${version}"` } });
  }
}
