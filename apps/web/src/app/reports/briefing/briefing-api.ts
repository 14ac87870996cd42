import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BriefingFormat, BriefingPackResponse } from '@send/contracts';
import { Observable } from 'rxjs';

/** The briefing pack for a meeting, and the address of its spreadsheet. */
@Injectable({ providedIn: 'root' })
export class BriefingApi {
  private readonly http = inject(HttpClient);

  get(meetingId: string): Observable<BriefingPackResponse> {
    return this.http.get<BriefingPackResponse>(`/api/reports/briefing-pack/${encodeURIComponent(meetingId)}`);
  }

  fileUrl(meetingId: string, format: BriefingFormat): string {
    return `/api/reports/briefing-pack/${encodeURIComponent(meetingId)}/file?format=${format}`;
  }
}
