import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type GovukNotificationBannerType = 'important' | 'success';

/**
 * GOV.UK notification banner. `text` renders the banner heading; anything projected follows it (use
 * govuk-notification-banner__heading and govuk-notification-banner__link classes inside).
 * A success banner has role="alert" so it is announced when it appears, as govuk-frontend does.
 */
@Component({
  selector: 'govuk-notification-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="govuk-notification-banner"
      [class.govuk-notification-banner--success]="type() === 'success'"
      [attr.role]="type() === 'success' ? 'alert' : 'region'"
      [attr.aria-labelledby]="titleId()"
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" [id]="titleId()">{{ title() }}</h2>
      </div>
      <div class="govuk-notification-banner__content">
        @if (text(); as text) {
          <p class="govuk-notification-banner__heading">{{ text }}</p>
        }
        <ng-content />
      </div>
    </div>
  `,
})
export class GovukNotificationBanner {
  readonly type = input<GovukNotificationBannerType>('important');
  /** Defaults to "Important", or "Success" for a success banner. */
  readonly titleText = input<string | null>(null);
  /** govuk-frontend's fixed default; pass another if a page ever shows two banners. */
  readonly titleId = input('govuk-notification-banner-title');
  readonly text = input<string | null>(null);

  protected readonly title = computed(() => this.titleText() ?? (this.type() === 'success' ? 'Success' : 'Important'));
}
