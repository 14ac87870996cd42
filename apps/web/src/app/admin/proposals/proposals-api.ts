import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateProposalRequest, Page, ProposalResponse, ThemeListResponse, UpdateProposalRequest } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

/** The department's list of reform proposals (/api/proposals), which positions and actions refer to. */
@Injectable({ providedIn: 'root' })
export class ProposalsApi {
  private readonly http = inject(HttpClient);

  list(query: { page: number; pageSize: number }): Observable<Page<ProposalResponse>> {
    return this.http.get<Page<ProposalResponse>>('/api/proposals', { params: toHttpParams({ ...query }) });
  }

  get(id: string): Observable<ProposalResponse> {
    return this.http.get<ProposalResponse>(`/api/proposals/${id}`);
  }

  create(body: CreateProposalRequest): Observable<ProposalResponse> {
    return this.http.post<ProposalResponse>('/api/proposals', body);
  }

  update(id: string, version: number, body: UpdateProposalRequest): Observable<ProposalResponse> {
    return this.http.patch<ProposalResponse>(`/api/proposals/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  /** For the themes checkboxes. */
  themes(): Observable<ThemeListResponse> {
    return this.http.get<ThemeListResponse>('/api/themes');
  }
}
