import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionDetailResponse,
  ActionListFilters,
  ActionResponse,
  ActionUpdateResponse,
  CreateActionRequest,
  MeetingResponse,
  OrganisationResponse,
  Page,
  ProposalResponse,
  ThemeListResponse,
  ThemeResponse,
  UpdateActionRequest,
  UserResponse,
} from '@send/contracts';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** The API's largest page; pickers read whole lists a page at a time. */
const LOOKUP_PAGE_SIZE = 100;
/** A picker longer than this is not usable as a list anyway. */
const LOOKUP_MAX_PAGES = 10;

/** The actions API and the look-ups the action pages need (people, themes, proposals, organisations). */
@Injectable({ providedIn: 'root' })
export class ActionsApi {
  private readonly http = inject(HttpClient);

  list(filters: ActionListFilters): Observable<Page<ActionResponse>> {
    return this.http.get<Page<ActionResponse>>('/api/actions', { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<ActionDetailResponse> {
    return this.http.get<ActionDetailResponse>(`/api/actions/${encodeURIComponent(id)}`);
  }

  /** The key makes a retried or double-clicked save create one action, not two. */
  create(body: CreateActionRequest, idempotencyKey: string): Observable<ActionDetailResponse> {
    return this.http.post<ActionDetailResponse>('/api/actions', body, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  /** Only the fields sent change; `version` is the one the user read, so a stale save is refused (412). */
  update(id: string, version: number, body: UpdateActionRequest): Observable<ActionDetailResponse> {
    return this.http.patch<ActionDetailResponse>(`/api/actions/${encodeURIComponent(id)}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  addUpdate(id: string, body: string): Observable<ActionUpdateResponse> {
    return this.http.post<ActionUpdateResponse>(`/api/actions/${encodeURIComponent(id)}/updates`, { body });
  }

  /** Active users by name, for owner pickers and for naming who changed a record. */
  users(): Observable<UserResponse[]> {
    return this.allPages<UserResponse>('/api/users', { sort: 'name' });
  }

  themes(): Observable<ThemeResponse[]> {
    return this.http.get<ThemeListResponse>('/api/themes').pipe(map((list) => list.items));
  }

  proposals(): Observable<ProposalResponse[]> {
    return this.allPages<ProposalResponse>('/api/proposals', { sort: 'title' });
  }

  findOrganisations(q: string, pageSize = 10): Observable<Page<OrganisationResponse>> {
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params: toHttpParams({ q, pageSize, sort: 'name' }) });
  }

  organisation(id: string): Observable<OrganisationResponse> {
    return this.http.get<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`);
  }

  meeting(id: string): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(`/api/meetings/${encodeURIComponent(id)}`);
  }

  /** Page 1, then the rest in parallel once the total is known. */
  private allPages<T>(url: string, query: Record<string, QueryValue>): Observable<T[]> {
    const page = (n: number) => this.http.get<Page<T>>(url, { params: toHttpParams({ ...query, page: n, pageSize: LOOKUP_PAGE_SIZE }) });
    return page(1).pipe(
      switchMap((first) => {
        const pages = Math.min(Math.ceil(first.total / LOOKUP_PAGE_SIZE), LOOKUP_MAX_PAGES);
        if (pages <= 1) return of(first.items);
        const rest = Array.from({ length: pages - 1 }, (_, i) => page(i + 2));
        return forkJoin(rest).pipe(map((more) => [first.items, ...more.map((p) => p.items)].flat()));
      }),
    );
  }
}
