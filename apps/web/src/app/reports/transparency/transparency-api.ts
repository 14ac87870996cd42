import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TransparencyCheckResponse, TransparencyHeadingsResponse, UpdateTransparencyHeadingsRequest } from '@send/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/reports/transparency-return';

/** The transparency return: its completeness check, its headings and the address of the file. */
@Injectable({ providedIn: 'root' })
export class TransparencyApi {
  private readonly http = inject(HttpClient);

  check(quarter: string): Observable<TransparencyCheckResponse> {
    return this.http.get<TransparencyCheckResponse>(`${BASE}/check`, { params: { quarter } });
  }

  headings(): Observable<TransparencyHeadingsResponse> {
    return this.http.get<TransparencyHeadingsResponse>(`${BASE}/headings`);
  }

  /** `version` is the one the admin read (If-Match): a change made since is refused, not overwritten. */
  updateHeadings(version: number, body: UpdateTransparencyHeadingsRequest): Observable<TransparencyHeadingsResponse> {
    return this.http.put<TransparencyHeadingsResponse>(`${BASE}/headings`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  /** A plain link: the browser downloads it with the session cookie and keeps the server's file name. */
  fileUrl(quarter: string): string {
    return `${BASE}?quarter=${encodeURIComponent(quarter)}`;
  }
}
