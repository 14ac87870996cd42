import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FileInboundNoteRequest, InboundNoteResponse, InboundNoteStatus, InboundRefusalResponse, MeetingSummary, Page, PositionResponse } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

const BASE = '/api/inbound-notes';

/** Notes that came in by email, and the records a recorder may file them against. */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  list(status: InboundNoteStatus, page: number): Observable<Page<InboundNoteResponse>> {
    return this.http.get<Page<InboundNoteResponse>>(BASE, { params: toHttpParams({ status, page, pageSize: 25 }) });
  }

  get(id: string): Observable<InboundNoteResponse> {
    return this.http.get<InboundNoteResponse>(`${BASE}/${id}`);
  }

  file(id: string, body: FileInboundNoteRequest): Observable<InboundNoteResponse> {
    return this.http.post<InboundNoteResponse>(`${BASE}/${id}/file`, body);
  }

  discard(id: string): Observable<InboundNoteResponse> {
    return this.http.post<InboundNoteResponse>(`${BASE}/${id}/discard`, {});
  }

  refusals(page: number): Observable<Page<InboundRefusalResponse>> {
    return this.http.get<Page<InboundRefusalResponse>>(`${BASE}/refusals`, { params: toHttpParams({ page, pageSize: 25 }) });
  }

  /** The latest meetings (of the organisation, when the note names one): what a note is most likely about. */
  meetings(organisationId: string | null): Observable<Page<MeetingSummary>> {
    return this.http.get<Page<MeetingSummary>>('/api/meetings', { params: toHttpParams({ organisationId, pageSize: 10 }) });
  }

  positions(organisationId: string): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams({ organisationId, pageSize: 10 }) });
  }
}
