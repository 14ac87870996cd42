import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ThemeListResponse, ThemeResponse, UpdateThemeRequest } from '@send/contracts';
import { Observable } from 'rxjs';

/** The five principles of the reform (/api/themes): admins reword them, never add or remove. */
@Injectable({ providedIn: 'root' })
export class ThemesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ThemeListResponse> {
    return this.http.get<ThemeListResponse>('/api/themes');
  }

  get(id: string): Observable<ThemeResponse> {
    return this.http.get<ThemeResponse>(`/api/themes/${id}`);
  }

  update(id: string, version: number, body: UpdateThemeRequest): Observable<ThemeResponse> {
    return this.http.patch<ThemeResponse>(`/api/themes/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }
}
