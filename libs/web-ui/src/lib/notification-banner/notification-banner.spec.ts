import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukNotificationBanner, type GovukNotificationBannerType } from './notification-banner';

// The "with text as html" fixture's html option, written as projected content.
@Component({
  imports: [GovukNotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-notification-banner>
      <h3 class="govuk-notification-banner__heading">This publication was withdrawn on 7 March 2014</h3>
      <p class="govuk-body">The following 4 files are available</p>
      <ul class="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
        <li><a href="#" class="govuk-notification-banner__link">government-strategy.pdf</a></li>
        <li><a href="#" class="govuk-notification-banner__link">government-strategy-v2.pdf</a></li>
        <li><a href="#" class="govuk-notification-banner__link">government-strategy-v3-FINAL.pdf</a></li>
        <li><a href="#" class="govuk-notification-banner__link">government-strategy-v4-FINAL-v2.pdf</a></li>
      </ul>
    </govuk-notification-banner>
  `,
})
class HtmlHost {}

describe('GovukNotificationBanner', () => {
  // Not compared: the auto-focus fixtures (no markup of their own) and custom roles and heading levels.
  it.each(['default', 'with type as success', 'custom title', 'custom title id', 'custom title id with type as success', 'with long heading'])(
    'matches the govuk-frontend "%s" fixture',
    async (name) => {
      const reference = govukFixture('notification-banner', name);
      const fixture = await render(GovukNotificationBanner, {
        type: option<GovukNotificationBannerType | undefined>(reference, 'type') ?? 'important',
        titleText: option<string | undefined>(reference, 'titleText') ?? null,
        titleId: option<string | undefined>(reference, 'titleId') ?? 'govuk-notification-banner-title',
        text: option<string>(reference, 'text'),
      });
      expectMarkupToMatchFixture(reference, fixture.nativeElement);
    },
  );

  it('matches the govuk-frontend "with text as html" fixture with projected content', async () => {
    const fixture = TestBed.createComponent(HtmlHost);
    await fixture.whenStable();
    expectMarkupToMatchFixture(govukFixture('notification-banner', 'with text as html'), fixture.nativeElement);
  });

  it('is announced as an alert only when it reports a success', async () => {
    const important = await render(GovukNotificationBanner, { text: 'Ministers will meet on Tuesday' });
    expect(important.nativeElement.firstElementChild.getAttribute('role')).toBe('region');
    important.componentRef.setInput('type', 'success');
    await important.whenStable();
    expect(important.nativeElement.firstElementChild.getAttribute('role')).toBe('alert');
    expect(important.nativeElement.querySelector('h2').textContent).toBe('Success');
  });
});
