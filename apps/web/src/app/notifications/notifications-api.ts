import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  NeedsMeResponse,
  NotificationDelivery,
  NotificationDeliveryResponse,
  NotificationPreferencesResponse,
  NotificationResponse,
  Page,
  UpdateNotificationPreferencesRequest,
} from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

const BASE = '/api/notifications';

/** The signed-in user's notices and choices; admins also read every notice's delivery. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  mine(page: number): Observable<Page<NotificationResponse>> {
    return this.http.get<Page<NotificationResponse>>(BASE, { params: toHttpParams({ page, pageSize: 25 }) });
  }

  needsMe(): Observable<NeedsMeResponse> {
    return this.http.get<NeedsMeResponse>(`${BASE}/needs-me`);
  }

  markRead(id: string): Observable<NotificationResponse> {
    return this.http.post<NotificationResponse>(`${BASE}/${id}/read`, {});
  }

  markAllRead(): Observable<{ marked: number }> {
    return this.http.post<{ marked: number }>(`${BASE}/read-all`, {});
  }

  preferences(): Observable<NotificationPreferencesResponse> {
    return this.http.get<NotificationPreferencesResponse>(`${BASE}/preferences`);
  }

  updatePreferences(body: UpdateNotificationPreferencesRequest): Observable<NotificationPreferencesResponse> {
    return this.http.put<NotificationPreferencesResponse>(`${BASE}/preferences`, body);
  }

  deliveries(page: number, delivery: NotificationDelivery | null): Observable<Page<NotificationDeliveryResponse>> {
    return this.http.get<Page<NotificationDeliveryResponse>>(`${BASE}/deliveries`, { params: toHttpParams({ page, pageSize: 25, delivery }) });
  }
}
