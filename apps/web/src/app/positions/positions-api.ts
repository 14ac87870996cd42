import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePositionRequest,
  Page,
  PositionListFilters,
  PositionMatrixFilters,
  PositionMatrixResponse,
  PositionMoveFilters,
  PositionMovesResponse,
  PositionResponse,
  UpdatePositionRequest,
} from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** GET/POST/PATCH /api/positions: the matrix, a pair's history, one statement, recording and correcting. */
@Injectable({ providedIn: 'root' })
export class PositionsApi {
  private readonly http = inject(HttpClient);

  matrix(filters: PositionMatrixFilters): Observable<PositionMatrixResponse> {
    return this.http.get<PositionMatrixResponse>('/api/positions/matrix', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  /** Pairs whose stance changed over a period, biggest moves first. */
  moves(filters: PositionMoveFilters): Observable<PositionMovesResponse> {
    return this.http.get<PositionMovesResponse>('/api/positions/moves', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  /** Every statement matching the filters, newest first unless `sort` says otherwise. */
  list(filters: PositionListFilters): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<PositionResponse> {
    return this.http.get<PositionResponse>(`/api/positions/${id}`);
  }

  /** The Idempotency-Key makes a retried submit (double click, flaky network) record the statement once. */
  create(body: CreatePositionRequest, idempotencyKey: string): Observable<PositionResponse> {
    return this.http.post<PositionResponse>('/api/positions', body, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  /** A correction: only the fields sent change; `version` is the one the user read (If-Match). */
  update(id: string, version: number, body: UpdatePositionRequest): Observable<PositionResponse> {
    return this.http.patch<PositionResponse>(`/api/positions/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }
}
