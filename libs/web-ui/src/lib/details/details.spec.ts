import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { GovukDetails } from './details';

// The fixtures' text option, written as projected content.
@Component({
  imports: [GovukDetails],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<govuk-details [summaryText]="summaryText()" [open]="open()" [id]="id()">{{ text() }}</govuk-details>`,
})
class TextHost {
  readonly summaryText = input.required<string>();
  readonly text = input.required<string>();
  readonly open = input(false);
  readonly id = input<string | null>(null);
}

// The "with html" fixture's html option, written as projected content.
@Component({
  imports: [GovukDetails],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-details summaryText="Where to find your National Insurance Number">
      Your National Insurance number can be found on
      <ul>
        <li>your National Insurance card</li>
        <li>your payslip</li>
        <li>P60</li>
        <li>benefits information</li>
        <li>tax return</li>
      </ul>
    </govuk-details>
  `,
})
class HtmlHost {}

describe('GovukDetails', () => {
  it.each(['default', 'expanded', 'id'])('matches the govuk-frontend "%s" fixture', async (name) => {
    const reference = govukFixture('details', name);
    const fixture = TestBed.createComponent(TextHost);
    fixture.componentRef.setInput('summaryText', option<string>(reference, 'summaryText'));
    fixture.componentRef.setInput('text', option<string>(reference, 'text'));
    fixture.componentRef.setInput('open', option<boolean | undefined>(reference, 'open') ?? false);
    fixture.componentRef.setInput('id', option<string | undefined>(reference, 'id') ?? null);
    await fixture.whenStable();
    expectMarkupToMatchFixture(reference, fixture.nativeElement);
  });

  it('matches the govuk-frontend "with html" fixture', async () => {
    const fixture = TestBed.createComponent(HtmlHost);
    await fixture.whenStable();
    expectMarkupToMatchFixture(govukFixture('details', 'with html'), fixture.nativeElement);
  });
});
