import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DisposalResponse, DisposeRequest, DisposeResponse, DueRecordResponse, Page, RetentionRuleListResponse, RetentionRuleResponse, UpdateRetentionRuleRequest } from '@send/contracts';
import { map, type Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

/** The retention schedule (/api/retention-rules), the disposal review list and disposals (/api/retention). */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);

  rules(): Observable<RetentionRuleListResponse> {
    return this.http.get<RetentionRuleListResponse>('/api/retention-rules');
  }

  /** One rule, read from the (four-line) schedule; an unknown id fails as a 404 would. */
  rule(id: string): Observable<RetentionRuleResponse> {
    return this.rules().pipe(
      map(({ items }) => {
        const found = items.find((r) => r.id === id);
        if (!found) throw new HttpErrorResponse({ status: 404, statusText: 'Not Found', url: `/api/retention-rules/${id}` });
        return found;
      }),
    );
  }

  /** Against the version read: 412 if another admin changed it since. */
  updateRule(id: string, version: number, body: UpdateRetentionRuleRequest): Observable<RetentionRuleResponse> {
    return this.http.patch<RetentionRuleResponse>(`/api/retention-rules/${encodeURIComponent(id)}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  due(page: number): Observable<Page<DueRecordResponse>> {
    return this.http.get<Page<DueRecordResponse>>('/api/retention/due', { params: toHttpParams({ page, pageSize: 100 }) });
  }

  dispose(body: DisposeRequest): Observable<DisposeResponse> {
    return this.http.post<DisposeResponse>('/api/retention/disposals', body);
  }

  disposals(page: number): Observable<Page<DisposalResponse>> {
    return this.http.get<Page<DisposalResponse>>('/api/retention/disposals', { params: toHttpParams({ page, pageSize: 50 }) });
  }
}
