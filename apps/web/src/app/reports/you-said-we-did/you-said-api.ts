import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page, ProposalResponse, ThemeListResponse, YouSaidWeDidFilters, YouSaidWeDidResponse } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

const BASE = '/api/reports/you-said-we-did';

/** The "you said, we did" report and the principles and proposals it is filtered by. */
@Injectable({ providedIn: 'root' })
export class YouSaidApi {
  private readonly http = inject(HttpClient);

  report(filters: YouSaidWeDidFilters): Observable<YouSaidWeDidResponse> {
    return this.http.get<YouSaidWeDidResponse>(BASE, { params: toHttpParams({ ...filters }) });
  }

  /** A plain link: the browser downloads it with the session cookie and keeps the server's file name. */
  csvUrl(filters: YouSaidWeDidFilters): string {
    const params = toHttpParams({ ...filters, format: 'csv' }).toString();
    return `${BASE}?${params}`;
  }

  themes(): Observable<ThemeListResponse> {
    return this.http.get<ThemeListResponse>('/api/themes');
  }

  /** Reform proposals are a short, department-owned list: one page of 100 holds them all. */
  proposals(): Observable<Page<ProposalResponse>> {
    return this.http.get<Page<ProposalResponse>>('/api/proposals', { params: toHttpParams({ pageSize: 100, sort: 'title' }) });
  }
}
