import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukDateInput } from '../forms/date-input/date-input';
import { GovukInput } from '../forms/input/input';
import { GovukRadios } from '../forms/radios/radios';
import { GovukErrorSummary, type ErrorSummaryItem } from './error-summary';

// A page after a failed submit: the summary above the fields it links to.
@Component({
  imports: [GovukErrorSummary, GovukInput, GovukRadios, GovukDateInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-error-summary [errors]="errors()" />
    <govuk-input id="organisation" label="Organisation" [control]="organisation" />
    <govuk-radios id="attended" legend="Did the minister attend?" [options]="yesNo" [control]="attended" />
    <govuk-date-input id="meeting-date" legend="Date of the meeting" [control]="date" />
  `,
})
class FormPage {
  readonly summary = viewChild.required(GovukErrorSummary);
  readonly errors = signal<ErrorSummaryItem[]>([]);
  readonly organisation = new FormControl<string | null>(null);
  readonly attended = new FormControl<string | null>(null);
  readonly date = new FormControl<string | null>(null);
  readonly yesNo = [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ];
}

const failedSubmit: ErrorSummaryItem[] = [
  { text: 'Enter the organisation', href: '#organisation' },
  { text: 'Select yes if the minister attended', href: '#attended' },
  { text: 'Date of the meeting must be a real date', href: '#meeting-date-day' },
];

describe('GovukErrorSummary', () => {
  beforeEach(() => {
    // jsdom does not lay pages out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = jest.fn();
  });

  // govuk-frontend's script adds tabindex="-1" when it focuses the summary; the fixtures are the markup before
  // any script runs, so that one attribute is left out of the comparison. "autofocus" fixtures only add a
  // data attribute for that script, which this component replaces.
  it.each(['default', 'without links', 'mixed with and without links', 'with description only', 'with everything'])(
    'matches the govuk-frontend "%s" fixture',
    async (name) => {
      const reference = govukFixture('error-summary', name);
      const fixture = await render(GovukErrorSummary, {
        titleText: option<string>(reference, 'titleText'),
        description: option<string | undefined>(reference, 'descriptionText') ?? null,
        errors: option<ErrorSummaryItem[] | undefined>(reference, 'errorList') ?? [],
      });
      expectMarkupToMatchFixture(reference, fixture.nativeElement, { ignore: [{ selector: '.govuk-error-summary', attribute: 'tabindex' }] });
    },
  );

  it('renders nothing while there are no errors', async () => {
    const fixture = await render(GovukErrorSummary);
    expect(fixture.nativeElement.querySelector('.govuk-error-summary')).toBeNull();
  });

  it('takes focus when errors first appear after a failed submit', async () => {
    const page = TestBed.createComponent(FormPage);
    await page.whenStable();
    page.componentInstance.errors.set(failedSubmit);
    await page.whenStable();

    const summary: HTMLElement = page.nativeElement.querySelector('.govuk-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');

    summary.dispatchEvent(new Event('blur'));
    await page.whenStable();
    expect(summary.hasAttribute('tabindex')).toBe(false);
  });

  it('does not take focus back while it is showing and the errors change', async () => {
    const page = TestBed.createComponent(FormPage);
    page.componentInstance.errors.set(failedSubmit);
    await page.whenStable();
    const organisation: HTMLInputElement = page.nativeElement.querySelector('#organisation');
    organisation.focus();

    page.componentInstance.errors.set(failedSubmit.slice(1));
    await page.whenStable();
    expect(document.activeElement).toBe(organisation);

    page.componentInstance.summary().focus();
    await page.whenStable();
    expect(document.activeElement).toBe(page.nativeElement.querySelector('.govuk-error-summary'));
  });

  it('takes focus again when it reappears after being cleared', async () => {
    const page = TestBed.createComponent(FormPage);
    page.componentInstance.errors.set(failedSubmit);
    await page.whenStable();
    page.componentInstance.errors.set([]);
    await page.whenStable();
    (page.nativeElement.querySelector('#organisation') as HTMLInputElement).focus();

    page.componentInstance.errors.set(failedSubmit);
    await page.whenStable();
    expect(document.activeElement).toBe(page.nativeElement.querySelector('.govuk-error-summary'));
  });

  it.each([
    ['Enter the organisation', '#organisation', 'Organisation'],
    // A radio's question is the legend, not the option's label.
    ['Select yes if the minister attended', '#attended', 'Did the minister attend?'],
    ['Date of the meeting must be a real date', '#meeting-date-day', 'Day'],
  ])('"%s" focuses %s and brings "%s" into view, without navigating', async (text, target, question) => {
    const page = TestBed.createComponent(FormPage);
    page.componentInstance.errors.set(failedSubmit);
    await page.whenStable();
    const element: HTMLElement = page.nativeElement;
    const link = Array.from(element.querySelectorAll('a')).find((candidate) => candidate.textContent === text) as HTMLAnchorElement;

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(element.querySelector(target));
    const scrolled = (Element.prototype.scrollIntoView as jest.Mock).mock.contexts[0] as Element;
    expect(scrolled.textContent?.trim()).toBe(question);
  });
});
