import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BundleItemListFilters,
  BundleItemResponse,
  BundleSummary,
  CreateInformationRequestRequest,
  GatherRequest,
  GatherResponse,
  UpdateBundleItemRequest,
  InformationRequestListFilters,
  InformationRequestResponse,
  Page,
  PauseInformationRequestRequest,
  ResumeInformationRequestRequest,
  UpdateInformationRequestRequest,
  UserResponse,
} from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

const BASE = '/api/information-requests';

/** The register of FOI, EIR and subject access requests. Changes send the version read (If-Match). */
@Injectable({ providedIn: 'root' })
export class RequestsApi {
  private readonly http = inject(HttpClient);

  list(filters: InformationRequestListFilters): Observable<Page<InformationRequestResponse>> {
    return this.http.get<Page<InformationRequestResponse>>(BASE, { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  get(id: string): Observable<InformationRequestResponse> {
    return this.http.get<InformationRequestResponse>(`${BASE}/${id}`);
  }

  create(body: CreateInformationRequestRequest, idempotencyKey: string): Observable<InformationRequestResponse> {
    return this.http.post<InformationRequestResponse>(BASE, body, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  update(id: string, version: number, body: UpdateInformationRequestRequest): Observable<InformationRequestResponse> {
    return this.http.patch<InformationRequestResponse>(`${BASE}/${id}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  pause(id: string, version: number, body: PauseInformationRequestRequest): Observable<InformationRequestResponse> {
    return this.http.post<InformationRequestResponse>(`${BASE}/${id}/pause`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  resume(id: string, version: number, body: ResumeInformationRequestRequest): Observable<InformationRequestResponse> {
    return this.http.post<InformationRequestResponse>(`${BASE}/${id}/resume`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  bundle(id: string): Observable<BundleSummary> {
    return this.http.get<BundleSummary>(`${BASE}/${id}/bundle`);
  }

  bundleItems(id: string, filters: BundleItemListFilters): Observable<Page<BundleItemResponse>> {
    return this.http.get<Page<BundleItemResponse>>(`${BASE}/${id}/bundle/items`, { params: toHttpParams(filters as Record<string, QueryValue>) });
  }

  gather(id: string, body: GatherRequest, idempotencyKey: string): Observable<GatherResponse> {
    return this.http.post<GatherResponse>(`${BASE}/${id}/bundle/gather`, body, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  decide(id: string, itemId: string, version: number, body: UpdateBundleItemRequest): Observable<BundleItemResponse> {
    return this.http.patch<BundleItemResponse>(`${BASE}/${id}/bundle/items/${itemId}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  /** Active people who can own a request. */
  users(): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>('/api/users', { params: toHttpParams({ pageSize: 100 }) });
  }
}
