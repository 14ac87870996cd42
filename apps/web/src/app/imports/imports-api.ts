import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportCheckResponse, ImportCommitResponse } from '@send/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/imports/organisations-and-contacts';
/** A plain link: the browser downloads it with the session cookie. */
export const TEMPLATE_URL = `${BASE}/template`;
const AS_CSV = { headers: { 'Content-Type': 'text/csv' } };

/** The organisations-and-contacts import: the file goes as CSV text, checked first, then imported all or nothing. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  check(csv: string): Observable<ImportCheckResponse> {
    return this.http.post<ImportCheckResponse>(`${BASE}/dry-run`, csv, AS_CSV);
  }

  commit(csv: string): Observable<ImportCommitResponse> {
    return this.http.post<ImportCommitResponse>(`${BASE}/commit`, csv, AS_CSV);
  }
}
