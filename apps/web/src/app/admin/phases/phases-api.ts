import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Phase, PhaseListResponse, PhaseResponse, UpdatePhaseRequest } from '@send/contracts';
import { Observable, map } from 'rxjs';

export interface PhaseInOrder {
  phase: PhaseResponse;
  previous: PhaseResponse | null;
  next: PhaseResponse | null;
}

/** The reform's five phases and when each starts (/api/phases); meetings and positions take their phase from these. */
@Injectable({ providedIn: 'root' })
export class PhasesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<PhaseListResponse> {
    return this.http.get<PhaseListResponse>('/api/phases');
  }

  /**
   * One phase with its neighbours, whose dates bound its own. There is no GET for one phase: it is read from the
   * (short) list; an unknown key fails as a 404 would.
   */
  get(key: string): Observable<PhaseInOrder> {
    return this.list().pipe(
      map(({ items }) => {
        const index = items.findIndex((item) => item.key === key);
        if (index < 0) throw new HttpErrorResponse({ status: 404, statusText: 'Not Found', url: `/api/phases/${key}` });
        return { phase: items[index], previous: items[index - 1] ?? null, next: items[index + 1] ?? null };
      }),
    );
  }

  /** Against the version read (412 if someone changed it since); the API also keeps the dates in order (422 on startsOn). */
  update(key: Phase, version: number, body: UpdatePhaseRequest): Observable<PhaseResponse> {
    return this.http.patch<PhaseResponse>(`/api/phases/${key}`, body, { headers: { 'If-Match': `"${version}"` } });
  }
}
