import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEventResponse, GroupResponse, MinisterListResponse, OrganisationResponse, Page, ThemeListResponse } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

/**
 * Reads the meeting pages need that the shared MeetingsApi does not offer: lookups for the list's filters and a
 * meeting's audit history. Read-only; kept here so the shared client stays as the record journey expects it.
 */
@Injectable({ providedIn: 'root' })
export class MeetingViewApi {
  private readonly http = inject(HttpClient);

  /** Groups are few; one page of the maximum size holds them all. */
  groups(): Observable<Page<GroupResponse>> {
    return this.http.get<Page<GroupResponse>>('/api/groups', { params: toHttpParams({ pageSize: 100, sort: 'name' }) });
  }

  /** Retired ministers too: their meetings are still on record and still searched for. */
  ministers(): Observable<MinisterListResponse> {
    return this.http.get<MinisterListResponse>('/api/ministers', { params: toHttpParams({ includeInactive: true }) });
  }

  themes(): Observable<ThemeListResponse> {
    return this.http.get<ThemeListResponse>('/api/themes');
  }

  /** Archived organisations included: they may have attended older meetings. */
  searchOrganisations(q: string): Observable<Page<OrganisationResponse>> {
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params: toHttpParams({ q, pageSize: 10, includeArchived: true, sort: 'name' }) });
  }

  organisation(id: string): Observable<OrganisationResponse> {
    return this.http.get<OrganisationResponse>(`/api/organisations/${id}`);
  }

  /** Newest first. */
  meetingHistory(meetingId: string): Observable<{ items: AuditEventResponse[] }> {
    return this.http.get<{ items: AuditEventResponse[] }>('/api/audit', { params: toHttpParams({ entity: 'meeting', entityId: meetingId }) });
  }
}
