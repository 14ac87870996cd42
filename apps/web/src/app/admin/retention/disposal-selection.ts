import { Injectable } from '@angular/core';
import type { DueRecordResponse } from '@send/contracts';

/**
 * The records an admin ticked on the review list, carried to the confirmation page. In memory only: a reload or a
 * later visit starts again from the list, so nothing is disposed of from a stale choice.
 */
@Injectable({ providedIn: 'root' })
export class DisposalSelection {
  private chosen: readonly DueRecordResponse[] = [];

  set(records: readonly DueRecordResponse[]): void {
    this.chosen = records;
  }

  get(): readonly DueRecordResponse[] {
    return this.chosen;
  }

  clear(): void {
    this.chosen = [];
  }
}
