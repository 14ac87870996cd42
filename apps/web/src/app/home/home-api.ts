import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionResponse, MeetingListFilters, MeetingSummary, Page, ParliamentaryItemResponse, PositionResponse } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams, type QueryValue } from '../core/url-state';

/** The home page shows a few of each; the "view all" links lead to the full lists. */
export const SECTION_SIZE = 5;

/** The reads behind the home page's sections: counts (totals) and the first few items of each list. */
@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly http = inject(HttpClient);

  /** Open, in progress or blocked actions owned by the signed-in user, soonest due first. */
  myOpenActions(): Observable<Page<ActionResponse>> {
    return this.http.get<Page<ActionResponse>>('/api/actions/mine', { params: toHttpParams({ pageSize: SECTION_SIZE }) });
  }

  /** Everyone's overdue actions, most overdue first. */
  overdueActions(): Observable<Page<ActionResponse>> {
    return this.http.get<Page<ActionResponse>>('/api/actions', { params: toHttpParams({ overdue: true, pageSize: SECTION_SIZE }) });
  }

  meetings(filters: MeetingListFilters): Observable<Page<MeetingSummary>> {
    const params: Record<string, QueryValue> = { ...filters, pageSize: SECTION_SIZE };
    return this.http.get<Page<MeetingSummary>>('/api/meetings', { params: toHttpParams(params) });
  }

  /** The latest statements (the API's default order is newest first). */
  recentPositions(): Observable<Page<PositionResponse>> {
    return this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams({ pageSize: SECTION_SIZE }) });
  }

  /** Reports, petitions and consultations still awaiting the department's response, soonest due first. */
  parliamentDue(): Observable<Page<ParliamentaryItemResponse>> {
    return this.http.get<Page<ParliamentaryItemResponse>>('/api/parliament', {
      params: toHttpParams({ responseStatus: ['not_started', 'drafting', 'in_clearance'], sort: 'responseDue', pageSize: SECTION_SIZE }),
    });
  }
}
