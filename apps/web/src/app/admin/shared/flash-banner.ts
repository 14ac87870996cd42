import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { GovukNotificationBanner } from '@send/web-ui';
import type { FlashMessage } from './flash';

/** The success banner for a change just made; with a one-time password, the password and how to hand it on. */
@Component({
  selector: 'app-flash-banner',
  imports: [GovukNotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-one-time-password {
      font-family: monospace;
      letter-spacing: 0.1em;
      word-break: break-all;
    }
  `,
  template: `
    <govuk-notification-banner type="success" titleId="flash-title" [text]="message().text">
      @if (message().oneTimePassword; as password) {
        <p class="govuk-body" data-testid="one-time-password-label">One-time password for {{ message().forName }}:</p>
        <p class="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold">
          <code class="app-one-time-password" data-testid="one-time-password">{{ password }}</code>
        </p>
        <p class="govuk-body">
          Copy it now: it will not be shown again. Give it to {{ message().forName }} securely, for example by phone or in person, and
          never in the same message as their email address. They must choose a new password when they first sign in.
        </p>
      }
    </govuk-notification-banner>
  `,
})
export class FlashBanner {
  readonly message = input.required<FlashMessage>();
}
