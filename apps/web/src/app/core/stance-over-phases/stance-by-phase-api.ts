import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StanceByPhaseFilters, StanceByPhaseResponse } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../url-state';

@Injectable({ providedIn: 'root' })
export class StanceByPhaseApi {
  private readonly http = inject(HttpClient);

  /** GET /api/positions/phases: shared by the organisation page and the pair history, so it lives in core. */
  get(filters: StanceByPhaseFilters): Observable<StanceByPhaseResponse> {
    return this.http.get<StanceByPhaseResponse>('/api/positions/phases', { params: toHttpParams({ ...filters }) });
  }
}
