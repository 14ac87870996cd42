import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { govukFixture } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { GovukInsetText } from './inset-text';

// The fixtures' text and html options, written as projected content.
@Component({
  imports: [GovukInsetText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<govuk-inset-text>It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</govuk-inset-text>`,
})
class TextHost {}

@Component({
  imports: [GovukInsetText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-inset-text>
      <p class="govuk-body">It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</p>
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-warning-text__assistive">Warning</span>
          You can be fined up to £5,000 if you don’t register.
        </strong>
      </div>
      <p class="govuk-body">It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</p>
    </govuk-inset-text>
  `,
})
class HtmlHost {}

describe('GovukInsetText', () => {
  it.each([
    ['default', TextHost],
    ['with html', HtmlHost],
  ])('matches the govuk-frontend "%s" fixture', async (name, host) => {
    const fixture = TestBed.createComponent(host);
    await fixture.whenStable();
    expectMarkupToMatchFixture(govukFixture('inset-text', name), fixture.nativeElement);
  });
});
