import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateMeetingRequest,
  MeetingListFilters,
  MeetingResponse,
  MeetingSummary,
  MeetingTransition,
  MinisterListResponse,
  Page,
  PhaseListResponse,
  UpdateMeetingRequest,
} from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** The meetings API, shared by the meeting pages and the record-a-meeting journey. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  list(filters: MeetingListFilters & { page?: number; pageSize?: number; sort?: string }): Observable<Page<MeetingSummary>> {
    return this.http.get<Page<MeetingSummary>>('/api/meetings', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(`/api/meetings/${id}`);
  }

  create(body: CreateMeetingRequest, idempotencyKey?: string): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>('/api/meetings', body, { headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} });
  }

  /** Only the fields sent change; `version` is the one the user read (sent as If-Match). */
  update(id: string, version: number, body: UpdateMeetingRequest): Observable<MeetingResponse> {
    return this.http.patch<MeetingResponse>(`/api/meetings/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  /** submit / agree need no reason; return and reopen do. */
  transition(id: string, step: MeetingTransition, version: number, reason?: string): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`/api/meetings/${id}/${step}`, reason === undefined ? {} : { reason }, { headers: { 'If-Match': `"${version}"` } });
  }

  ministers(): Observable<MinisterListResponse> {
    return this.http.get<MinisterListResponse>('/api/ministers');
  }

  phases(): Observable<PhaseListResponse> {
    return this.http.get<PhaseListResponse>('/api/phases');
  }
}
