import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LegalHoldResponse,
  CreateOrganisationRequest,
  OrganisationListFilters,
  OrganisationResponse,
  OrganisationTimelineResponse,
  Page,
  UpdateOrganisationRequest,
  UserResponse,
} from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** The organisations API, and the colleagues who can own a relationship with one. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(filters: OrganisationListFilters): Observable<Page<OrganisationResponse>> {
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<OrganisationResponse> {
    return this.http.get<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`);
  }

  create(body: CreateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>('/api/organisations', body);
  }

  /** Only the fields sent change; `version` is the one the user read (sent as If-Match, so a newer change is never lost). */
  update(id: string, version: number, body: UpdateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.patch<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  archive(id: string): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}/archive`, {});
  }

  /** Legal holds in place on the organisation (which hold its contacts too). */
  holds(id: string): Observable<Page<LegalHoldResponse>> {
    return this.http.get<Page<LegalHoldResponse>>('/api/legal-holds', { params: toHttpParams({ entityId: id }) });
  }

  restore(id: string): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}/restore`, {});
  }

  timeline(id: string): Observable<OrganisationTimelineResponse> {
    return this.http.get<OrganisationTimelineResponse>(`/api/organisations/${encodeURIComponent(id)}/timeline`);
  }

  /** Active colleagues, for the relationship owner picker (the API allows 100 a page). */
  users(): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>('/api/users', { params: toHttpParams({ pageSize: 100, sort: 'name' }) });
  }

  user(id: string): Observable<UserResponse> {
    return this.http.get<UserResponse>(`/api/users/${encodeURIComponent(id)}`);
  }
}
