import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukCheckboxes } from './checkboxes';

interface FixtureItem {
  value: string;
  text: string;
  checked?: boolean;
  hint?: { text: string };
}

function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('checkboxes', name);
  const items = option<FixtureItem[]>(fixture, 'items');
  return {
    id: option<string | undefined>(fixture, 'idPrefix') ?? option<string>(fixture, 'name'),
    name: option<string>(fixture, 'name'),
    legend: option<string>(fixture, 'fieldset.legend.text'),
    isPageHeading: option<boolean | undefined>(fixture, 'fieldset.legend.isPageHeading') ?? false,
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    small: (option<string | undefined>(fixture, 'classes') ?? '').includes('govuk-checkboxes--small'),
    options: items.map((item) => ({ value: item.value, text: item.text, hint: item.hint?.text })),
    control: new FormControl<string[] | null>(option<string[] | undefined>(fixture, 'values') ?? items.filter((item) => item.checked).map((item) => item.value)),
  };
}

describe('GovukCheckboxes', () => {
  // Not compared: fixtures without a fieldset, with per-item names or ids, dividers, "None" or conditional
  // reveals, none of which the dashboard uses.
  it.each(['default', 'with hint', 'with legend as a page heading', 'with error message', 'with error message and hint', 'small', 'small with hint', 'small with error'])(
    'matches the govuk-frontend "%s" fixture',
    async (name) => {
      const fixture = await render(GovukCheckboxes, inputsFor(name));
      expectMarkupToMatchFixture(govukFixture('checkboxes', name), fixture.nativeElement);
    },
  );

  it('keeps the checked values in the options’ order as boxes are ticked and unticked', async () => {
    const control = new FormControl<string[] | null>([]);
    const fixture = await render(GovukCheckboxes, { ...inputsFor('default'), control });
    const [british, irish, other] = Array.from<HTMLInputElement>(fixture.nativeElement.querySelectorAll('input'));

    other.click();
    british.click();
    expect(control.value).toEqual(['british', 'other']);
    irish.click();
    other.click();
    expect(control.value).toEqual(['british', 'irish']);
    expect(control.dirty).toBe(true);
  });

  it('ticks the boxes for a value set on the control, and keeps values that have no box', async () => {
    const control = new FormControl<string[] | null>(null);
    const fixture = await render(GovukCheckboxes, { ...inputsFor('default'), control });
    const boxes = Array.from<HTMLInputElement>(fixture.nativeElement.querySelectorAll('input'));
    expect(boxes.map((box) => box.checked)).toEqual([false, false, false]);

    control.setValue(['irish', 'retired-category']);
    await fixture.whenStable();
    expect(boxes.map((box) => box.checked)).toEqual([false, true, false]);

    boxes[0].click();
    expect(control.value).toEqual(['british', 'irish', 'retired-category']);
  });

  it('disables every box with the control', async () => {
    const control = new FormControl<string[] | null>({ value: [], disabled: true });
    const fixture = await render(GovukCheckboxes, { ...inputsFor('default'), control });
    const boxes = Array.from<HTMLInputElement>(fixture.nativeElement.querySelectorAll('input'));
    expect(boxes.every((box) => box.disabled)).toBe(true);
  });
});
