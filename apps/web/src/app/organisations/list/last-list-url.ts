import { Injectable, signal } from '@angular/core';

/**
 * The organisations list as last filtered, so "Back to organisations" on an organisation's page returns to the
 * same filtered, sorted page rather than the start. In memory only: a new tab starts from the plain list.
 */
@Injectable({ providedIn: 'root' })
export class LastListUrl {
  readonly url = signal('/organisations');
}
