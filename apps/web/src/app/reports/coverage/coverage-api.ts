import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CoverageFilters, CoverageResponse } from '@send/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../../core/url-state';

@Injectable({ providedIn: 'root' })
export class CoverageApi {
  private readonly http = inject(HttpClient);

  report(filters: CoverageFilters): Observable<CoverageResponse> {
    return this.http.get<CoverageResponse>('/api/reports/coverage', { params: toHttpParams({ ...filters }) });
  }
}
