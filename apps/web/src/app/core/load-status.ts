import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { GovukNotificationBanner } from '@send/web-ui';
import type { Loadable } from './loadable';

/** The loading line, or why the page's data could not be read; nothing once it has loaded. */
@Component({
  selector: 'app-load-status',
  imports: [GovukNotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state().state) {
      @case ('loading') {
        <p class="govuk-body" role="status" data-testid="loading">Loading {{ what() }}…</p>
      }
      @case ('error') {
        <govuk-notification-banner titleId="load-error-title" [text]="heading()" data-testid="load-error">
          <p class="govuk-body">{{ detail() }}</p>
        </govuk-notification-banner>
      }
    }
  `,
})
export class LoadStatus {
  readonly state = input.required<Loadable<unknown>>();
  /** "users", "the theme"… */
  readonly what = input.required<string>();

  protected heading(): string {
    const state = this.state();
    return state.state === 'error' && state.status === 404 ? `We could not find ${this.what()}` : `Sorry, ${this.what()} could not be loaded`;
  }

  protected detail(): string {
    const state = this.state();
    if (state.state !== 'error') return '';
    return state.status === 404 ? 'It may have been removed, or the link may be wrong.' : state.message;
  }
}
