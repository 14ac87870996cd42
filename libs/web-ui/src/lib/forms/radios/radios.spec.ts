import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture, normaliseMarkup, parseHtml } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukRadios } from './radios';

interface FixtureItem {
  value: string;
  text: string;
  checked?: boolean;
  hint?: { text: string };
}

function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('radios', name);
  const items = option<FixtureItem[]>(fixture, 'items');
  const classes = option<string | undefined>(fixture, 'classes') ?? '';
  return {
    id: option<string | undefined>(fixture, 'idPrefix') ?? option<string>(fixture, 'name'),
    name: option<string>(fixture, 'name'),
    legend: option<string>(fixture, 'fieldset.legend.text'),
    isPageHeading: option<boolean | undefined>(fixture, 'fieldset.legend.isPageHeading') ?? false,
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    inline: classes.includes('govuk-radios--inline'),
    small: classes.includes('govuk-radios--small'),
    options: items.map((item) => ({ value: item.value, text: item.text, hint: item.hint?.text })),
    control: new FormControl<string | null>(option<string | undefined>(fixture, 'value') ?? items.find((item) => item.checked)?.value ?? null),
  };
}

describe('GovukRadios', () => {
  // Not compared: fixtures without a fieldset (always rendered here), with item HTML, dividers or conditional
  // reveals (not supported), and "small" / "small with hint" / "small with error", which put govuk-radios--small
  // on the form group through formGroup.classes; "small inline" covers the documented placement on .govuk-radios.
  it.each([
    'default',
    'with hint',
    'inline',
    'with fieldset and error message',
    'with hints on parent and items',
    'with hint and error message',
    'small inline',
  ])('matches the govuk-frontend "%s" fixture', async (name) => {
    const fixture = await render(GovukRadios, inputsFor(name));
    expectMarkupToMatchFixture(govukFixture('radios', name), fixture.nativeElement);
  });

  it('matches the legend and hint of "with legend as page heading" (its items are HTML, not supported)', async () => {
    const fixture = await render(GovukRadios, { ...inputsFor('with legend as page heading'), options: [{ value: 'part-2', text: 'Part 2' }] });
    const reference = parseHtml(govukFixture('radios', 'with legend as page heading').html)[0] as Element;
    const element: HTMLElement = fixture.nativeElement;
    for (const selector of ['fieldset > legend', 'fieldset > .govuk-hint']) {
      expect(normaliseMarkup([element.querySelector(selector) as Element])).toBe(normaliseMarkup([reference.querySelector(selector) as Element]));
    }
  });

  it('writes the chosen value to the control and marks it dirty and touched', async () => {
    const control = new FormControl<string | null>(null);
    const fixture = await render(GovukRadios, { ...inputsFor('default'), control });
    const [yes, no] = Array.from<HTMLInputElement>(fixture.nativeElement.querySelectorAll('input'));

    no.click();
    no.dispatchEvent(new Event('blur'));
    expect(control.value).toBe('no');
    expect(control.dirty && control.touched).toBe(true);

    control.setValue('yes');
    await fixture.whenStable();
    expect([yes.checked, no.checked]).toEqual([true, false]);

    control.disable();
    await fixture.whenStable();
    expect(yes.disabled && no.disabled).toBe(true);
  });
});
