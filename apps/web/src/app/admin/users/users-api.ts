import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, CreateUserResponse, Page, ResetPasswordResponse, Role, UpdateUserRequest, UserResponse } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

export interface UserListQuery {
  role?: Role | null;
  includeInactive?: boolean;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

/** Admin's view of user accounts (/api/users). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>('/api/users', { params: toHttpParams({ ...query, includeInactive: query.includeInactive || null }) });
  }

  get(id: string): Observable<UserResponse> {
    return this.http.get<UserResponse>(`/api/users/${id}`);
  }

  create(body: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>('/api/users', body);
  }

  /** `version` is the one the admin read, sent as If-Match: a stale one is refused with 412. */
  update(id: string, version: number, body: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(`/api/users/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  setActive(id: string, active: boolean): Observable<UserResponse> {
    return this.http.post<UserResponse>(`/api/users/${id}/${active ? 'reactivate' : 'deactivate'}`, {});
  }

  resetPassword(id: string): Observable<ResetPasswordResponse> {
    return this.http.post<ResetPasswordResponse>(`/api/users/${id}/reset-password`, {});
  }
}
