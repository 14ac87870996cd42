import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukDateInput } from './date-input';
import { INVALID_DATE, realDateValidator, type DatePart } from './date-parts';

function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('date-input', name);
  const prefix = option<string | undefined>(fixture, 'namePrefix');
  const values = option<Record<string, number> | undefined>(fixture, 'values');
  const value = (part: DatePart) => values?.[prefix ? `${prefix}-${part}` : part];
  const errorParts = (['day', 'month', 'year'] as const).filter((part) => option<boolean | undefined>(fixture, `${part}.error`));
  const year = value('year');
  return {
    id: option<string>(fixture, 'id'),
    namePrefix: prefix ?? null,
    legend: option<string>(fixture, 'fieldset.legend.text'),
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    errorParts: errorParts.length ? errorParts : null,
    control: new FormControl<string | null>(year ? `${year}-${String(value('month')).padStart(2, '0')}-${String(value('day')).padStart(2, '0')}` : null),
  };
}

async function renderDateInput(control: FormControl<string | null>) {
  const fixture = await render(GovukDateInput, { ...inputsFor('default'), control });
  const [day, month, year] = Array.from<HTMLInputElement>(fixture.nativeElement.querySelectorAll('input'));
  const type = (box: HTMLInputElement, text: string) => {
    box.value = text;
    box.dispatchEvent(new Event('input'));
  };
  return { fixture, day, month, year, type };
}

describe('GovukDateInput', () => {
  // Not compared: the "(using items)" and "(using classes)" fixtures, which reach the same markup through macro
  // options this component replaces with errorParts, and custom labels, names, patterns and autocomplete.
  it.each([
    'default',
    'with values',
    'with values and name prefix',
    'with errors only',
    'with error message and hint',
    'with error on day input',
    'with error on month input',
    'with error on year input',
  ])('matches the govuk-frontend "%s" fixture', async (name) => {
    const fixture = await render(GovukDateInput, inputsFor(name));
    expectMarkupToMatchFixture(govukFixture('date-input', name), fixture.nativeElement);
  });

  it('holds YYYY-MM-DD once the boxes make a real date', async () => {
    const control = new FormControl<string | null>(null);
    const { day, month, year, type } = await renderDateInput(control);
    type(day, '24');
    expect(control.value).toBe(INVALID_DATE);
    type(month, ' 11 ');
    type(year, '2026');
    expect(control.value).toBe('2026-11-24');
    expect(control.dirty).toBe(true);
  });

  it.each([
    [['31', '2', '2026'], INVALID_DATE],
    [['29', '2', '2026'], INVALID_DATE],
    [['29', '2', '2028'], '2028-02-29'],
    [['1', '1', '26'], INVALID_DATE],
    [['1', '', '2026'], INVALID_DATE],
    [['x', '1', '2026'], INVALID_DATE],
    [['3', 'Nov', '2026'], '2026-11-03'],
    [['3', 'september', '2026'], '2026-09-03'],
    [['3', 'ma', '2026'], INVALID_DATE],
    [['', '', ''], null],
  ])('reads %p as %p', async ([d, m, y], expected) => {
    const control = new FormControl<string | null>('2020-01-01');
    const { day, month, year, type } = await renderDateInput(control);
    type(day, d);
    type(month, m);
    type(year, y);
    expect(control.value).toBe(expected);
  });

  it('keeps what was typed while the date is not real, so the user can correct it', async () => {
    const control = new FormControl<string | null>(null, realDateValidator);
    const { fixture, day, month, year, type } = await renderDateInput(control);
    type(day, '31');
    type(month, '4');
    type(year, '2026');
    await fixture.whenStable();
    expect(control.errors).toEqual({ invalidDate: true });
    expect([day.value, month.value, year.value]).toEqual(['31', '4', '2026']);
  });

  it('fills the boxes from a value set on the control and empties them on reset', async () => {
    const control = new FormControl<string | null>('2026-03-09');
    const { fixture, day, month, year } = await renderDateInput(control);
    expect([day.value, month.value, year.value]).toEqual(['9', '3', '2026']);

    control.reset();
    await fixture.whenStable();
    expect([day.value, month.value, year.value]).toEqual(['', '', '']);
  });

  it('marks the control touched when a box loses focus', async () => {
    const control = new FormControl<string | null>(null);
    const { month } = await renderDateInput(control);
    month.dispatchEvent(new Event('blur'));
    expect(control.touched).toBe(true);
  });
});
