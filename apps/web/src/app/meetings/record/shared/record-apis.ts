import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionDetailResponse,
  ActionResponse,
  ContactResponse,
  CreateActionRequest,
  CreatePositionRequest,
  GroupResponse,
  OrganisationResponse,
  Page,
  PositionResponse,
  ProposalResponse,
  ThemeListResponse,
  UpdateActionRequest,
  UpdatePositionRequest,
  UserResponse,
} from '@send/contracts';
import { Observable, shareReplay } from 'rxjs';
import { toHttpParams } from '../../../core/url-state';

/** The most a lookup list asks for: the API's page size limit. */
const ALL = 100;

function idempotent(key: string) {
  return { headers: { 'Idempotency-Key': key } };
}

function ifMatch(version: number) {
  return { headers: { 'If-Match': `"${version}"` } };
}

/** Positions stated at a meeting: created, listed and corrected (there is no DELETE: positions are a history). */
@Injectable({ providedIn: 'root' })
export class RecordPositionsApi {
  private readonly http = inject(HttpClient);

  forMeeting(meetingId: string): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams({ meetingId, pageSize: ALL, sort: 'createdAt' }) });
  }

  get(id: string): Observable<PositionResponse> {
    return this.http.get<PositionResponse>(`/api/positions/${id}`);
  }

  create(body: CreatePositionRequest, idempotencyKey: string): Observable<PositionResponse> {
    return this.http.post<PositionResponse>('/api/positions', body, idempotent(idempotencyKey));
  }

  correct(id: string, version: number, body: UpdatePositionRequest): Observable<PositionResponse> {
    return this.http.patch<PositionResponse>(`/api/positions/${id}`, body, ifMatch(version));
  }
}

/** Actions agreed at a meeting: created, listed, changed and cancelled (status cancelled). */
@Injectable({ providedIn: 'root' })
export class RecordActionsApi {
  private readonly http = inject(HttpClient);

  forMeeting(meetingId: string): Observable<Page<ActionResponse>> {
    return this.http.get<Page<ActionResponse>>('/api/actions', { params: toHttpParams({ meetingId, pageSize: ALL, sort: 'createdAt' }) });
  }

  get(id: string): Observable<ActionDetailResponse> {
    return this.http.get<ActionDetailResponse>(`/api/actions/${id}`);
  }

  create(body: CreateActionRequest, idempotencyKey: string): Observable<ActionDetailResponse> {
    return this.http.post<ActionDetailResponse>('/api/actions', body, idempotent(idempotencyKey));
  }

  update(id: string, version: number, body: UpdateActionRequest): Observable<ActionDetailResponse> {
    return this.http.patch<ActionDetailResponse>(`/api/actions/${id}`, body, ifMatch(version));
  }
}

/**
 * The lists the steps choose from. Short reference lists (themes, groups, proposals, officials) are read once per
 * app session and shared; organisation search and contacts are read as needed.
 */
@Injectable({ providedIn: 'root' })
export class RecordLookups {
  private readonly http = inject(HttpClient);

  readonly themes = this.http.get<ThemeListResponse>('/api/themes').pipe(shareReplay({ bufferSize: 1, refCount: false }));
  readonly groups = this.http.get<Page<GroupResponse>>('/api/groups', { params: toHttpParams({ pageSize: ALL }) }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
  readonly proposals = this.http.get<Page<ProposalResponse>>('/api/proposals', { params: toHttpParams({ pageSize: ALL }) }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
  readonly officials = this.http.get<Page<UserResponse>>('/api/users', { params: toHttpParams({ pageSize: ALL, sort: 'name' }) }).pipe(shareReplay({ bufferSize: 1, refCount: false }));

  searchOrganisations(q: string): Observable<Page<OrganisationResponse>> {
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params: toHttpParams({ q, pageSize: 20 }) });
  }

  contacts(organisationId: string): Observable<Page<ContactResponse>> {
    return this.http.get<Page<ContactResponse>>('/api/contacts', { params: toHttpParams({ organisationId, pageSize: ALL }) });
  }
}
