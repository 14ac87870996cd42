import { inject, untracked } from '@angular/core';
import { Router } from '@angular/router';

/** A one-line success message handed to the next page through navigation state, as in `navigate(…, { state: flash('…') })`. */
export function flash(message: string): { flash: string } {
  return { flash: message };
}

/** The message the navigation to this page carried, if any. Call in a page's injection context. */
export function flashMessage(): string | null {
  const state = untracked(() => inject(Router).currentNavigation())?.extras.state;
  const message: unknown = state?.['flash'];
  return typeof message === 'string' ? message : null;
}
