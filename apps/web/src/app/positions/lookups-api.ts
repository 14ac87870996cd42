import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  GroupResponse,
  MeetingResponse,
  MeetingSummary,
  OrganisationResponse,
  Page,
  PhaseListResponse,
  ProposalResponse,
  ThemeListResponse,
  UserResponse,
} from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

/** The other records the position pages name or choose from (read only), kept here so this feature stands alone. */
@Injectable({ providedIn: 'root' })
export class LookupsApi {
  private readonly http = inject(HttpClient);

  themes(): Observable<ThemeListResponse> {
    return this.http.get<ThemeListResponse>('/api/themes');
  }

  groups(): Observable<Page<GroupResponse>> {
    return this.http.get<Page<GroupResponse>>('/api/groups', { params: toHttpParams({ pageSize: 100 }) });
  }

  phases(): Observable<PhaseListResponse> {
    return this.http.get<PhaseListResponse>('/api/phases');
  }

  /** Reform proposals are a short, department-owned list: one page of 100 holds them all. */
  proposals(): Observable<Page<ProposalResponse>> {
    return this.http.get<Page<ProposalResponse>>('/api/proposals', { params: toHttpParams({ pageSize: 100, sort: 'title' }) });
  }

  proposal(id: string): Observable<ProposalResponse> {
    return this.http.get<ProposalResponse>(`/api/proposals/${id}`);
  }

  organisation(id: string): Observable<OrganisationResponse> {
    return this.http.get<OrganisationResponse>(`/api/organisations/${id}`);
  }

  /** Meetings the organisation attended or sent apologies to, newest first. */
  meetingsOf(organisationId: string): Observable<Page<MeetingSummary>> {
    return this.http.get<Page<MeetingSummary>>('/api/meetings', { params: toHttpParams({ organisationId, pageSize: 100 }) });
  }

  meeting(id: string): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(`/api/meetings/${id}`);
  }

  user(id: string): Observable<UserResponse> {
    return this.http.get<UserResponse>(`/api/users/${id}`);
  }
}
