import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukSelect } from './select';

interface FixtureItem {
  value: number;
  text: string;
  selected?: boolean;
  disabled?: boolean;
}

function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('select', name);
  const items = option<FixtureItem[]>(fixture, 'items');
  const chosen = option<number | undefined>(fixture, 'value') ?? items.find((item) => item.selected)?.value;
  return {
    id: option<string | undefined>(fixture, 'id') ?? option<string>(fixture, 'name'),
    name: option<string>(fixture, 'name'),
    label: option<string>(fixture, 'label.text'),
    isPageHeading: option<boolean | undefined>(fixture, 'label.isPageHeading') ?? false,
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    options: items.map((item) => ({ value: String(item.value), text: item.text, disabled: item.disabled })),
    // With nothing marked selected a browser shows the first option, and the fixture relies on that; Angular
    // selects nothing for a null control, so those fixtures are rendered with the first value chosen.
    control: new FormControl<string | null>(String(chosen ?? items[0].value)),
  };
}

describe('GovukSelect', () => {
  it.each(['default', 'with hint text and error message', 'with label as page heading', 'with selected value', 'error'])(
    'matches the govuk-frontend "%s" fixture',
    async (name) => {
      const fixture = await render(GovukSelect, inputsFor(name));
      expectMarkupToMatchFixture(govukFixture('select', name), fixture.nativeElement);
    },
  );

  it('writes the chosen option to the control and follows the control', async () => {
    const control = new FormControl<string | null>(null);
    const fixture = await render(GovukSelect, { ...inputsFor('default'), control });
    const select: HTMLSelectElement = fixture.nativeElement.querySelector('select');
    expect(select.selectedIndex).toBe(-1);

    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect(control.value).toBe('2');

    control.setValue('1');
    await fixture.whenStable();
    expect(select.value).toBe('1');
  });
});
