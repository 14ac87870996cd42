import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LegalHoldResponse, Page, PlaceLegalHoldRequest } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

@Injectable({ providedIn: 'root' })
export class LegalHoldsApi {
  private readonly http = inject(HttpClient);

  list(filters: { entityId?: string; includeReleased?: boolean } = {}): Observable<Page<LegalHoldResponse>> {
    return this.http.get<Page<LegalHoldResponse>>('/api/legal-holds', { params: toHttpParams({ ...filters, pageSize: 100 }) });
  }

  place(body: PlaceLegalHoldRequest): Observable<LegalHoldResponse> {
    return this.http.post<LegalHoldResponse>('/api/legal-holds', body);
  }

  release(id: string, reason: string): Observable<LegalHoldResponse> {
    return this.http.post<LegalHoldResponse>(`/api/legal-holds/${encodeURIComponent(id)}/release`, { reason });
  }
}
