import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateMinisterRequest, MinisterListResponse, MinisterResponse, UpdateMinisterRequest } from '@send/contracts';
import { Observable } from 'rxjs';

/** Ministers who may attend meetings (/api/ministers); retired, never deleted. */
@Injectable({ providedIn: 'root' })
export class MinistersApi {
  private readonly http = inject(HttpClient);

  /** Active and retired, active first. */
  list(): Observable<MinisterListResponse> {
    return this.http.get<MinisterListResponse>('/api/ministers', { params: { includeInactive: 'true' } });
  }

  get(id: string): Observable<MinisterResponse> {
    return this.http.get<MinisterResponse>(`/api/ministers/${id}`);
  }

  create(body: CreateMinisterRequest): Observable<MinisterResponse> {
    return this.http.post<MinisterResponse>('/api/ministers', body);
  }

  update(id: string, version: number, body: UpdateMinisterRequest): Observable<MinisterResponse> {
    return this.http.patch<MinisterResponse>(`/api/ministers/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }
}
