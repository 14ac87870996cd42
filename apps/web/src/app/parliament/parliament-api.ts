import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateParliamentaryItemRequest,
  CreateParliamentaryLinkRequest,
  CreateRecommendationRequest,
  Page,
  ParliamentaryItemDetailResponse,
  ParliamentaryItemResponse,
  ParliamentaryLinkResponse,
  ParliamentaryListFilters,
  ParliamentaryRecommendationResponse,
  UpdateParliamentaryItemRequest,
  UpdateRecommendationRequest,
} from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

const BASE = '/api/parliament';
const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });
const once = (key: string) => ({ headers: { 'Idempotency-Key': key } });

/** The Parliament and public register. Changes send the version read (If-Match); creations an Idempotency-Key. */
@Injectable({ providedIn: 'root' })
export class ParliamentApi {
  private readonly http = inject(HttpClient);

  list(filters: ParliamentaryListFilters & { page?: number; pageSize?: number; sort?: string; q?: string }): Observable<Page<ParliamentaryItemResponse>> {
    return this.http.get<Page<ParliamentaryItemResponse>>(BASE, { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<ParliamentaryItemDetailResponse> {
    return this.http.get<ParliamentaryItemDetailResponse>(`${BASE}/${id}`);
  }

  create(body: CreateParliamentaryItemRequest, key: string): Observable<ParliamentaryItemResponse> {
    return this.http.post<ParliamentaryItemResponse>(BASE, body, once(key));
  }

  update(id: string, version: number, body: UpdateParliamentaryItemRequest): Observable<ParliamentaryItemResponse> {
    return this.http.patch<ParliamentaryItemResponse>(`${BASE}/${id}`, body, ifMatch(version));
  }

  addRecommendation(id: string, body: CreateRecommendationRequest, key: string): Observable<ParliamentaryRecommendationResponse> {
    return this.http.post<ParliamentaryRecommendationResponse>(`${BASE}/${id}/recommendations`, body, once(key));
  }

  answer(id: string, recommendationId: string, version: number, body: UpdateRecommendationRequest): Observable<ParliamentaryRecommendationResponse> {
    return this.http.patch<ParliamentaryRecommendationResponse>(`${BASE}/${id}/recommendations/${recommendationId}`, body, ifMatch(version));
  }

  link(id: string, body: CreateParliamentaryLinkRequest, key: string): Observable<ParliamentaryLinkResponse> {
    return this.http.post<ParliamentaryLinkResponse>(`${BASE}/${id}/links`, body, once(key));
  }

  unlink(id: string, linkId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${id}/links/${linkId}`);
  }
}
