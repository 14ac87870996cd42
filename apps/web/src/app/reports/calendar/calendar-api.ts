import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@send/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/calendar/feed';

/** The signed-in user's own secret calendar feed link. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  status(): Observable<CalendarFeedStatus> {
    return this.http.get<CalendarFeedStatus>(BASE);
  }

  /** Replaces any earlier link; the URL comes back only in this answer. */
  create(): Observable<CalendarFeedCreated> {
    return this.http.post<CalendarFeedCreated>(BASE, {});
  }

  revoke(): Observable<void> {
    return this.http.delete<void>(BASE);
  }
}
