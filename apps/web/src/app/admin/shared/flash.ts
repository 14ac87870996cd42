import { Injectable } from '@angular/core';

export interface FlashMessage {
  /** The banner's heading, e.g. "Jane Smith has been added". */
  readonly text: string;
  /** A one-time password to hand on: shown once, never stored anywhere but this object. */
  readonly oneTimePassword?: string;
  /** Whose password it is, for the guidance. */
  readonly forName?: string;
}

/**
 * A success message for the next admin page, as GOV.UK shows one after a change. `take()` empties it, so a one-time
 * password is shown once: going Back, reloading or another visit never shows it again. Kept only in memory, never in
 * the URL or browser storage.
 */
@Injectable({ providedIn: 'root' })
export class AdminFlash {
  private pending: FlashMessage | null = null;

  set(message: FlashMessage): void {
    this.pending = message;
  }

  take(): FlashMessage | null {
    const message = this.pending;
    this.pending = null;
    return message;
  }
}
