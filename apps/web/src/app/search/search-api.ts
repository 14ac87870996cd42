import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchRequest, SearchResponse } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** GET /api/search: organisations, meetings, positions and actions, best match first. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(request: SearchRequest): Observable<SearchResponse> {
    return this.http.get<SearchResponse>('/api/search', { params: toHttpParams(request as unknown as Record<string, QueryValue>) });
  }
}
