import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukTextarea } from './textarea';

function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('textarea', name);
  return {
    id: option<string | undefined>(fixture, 'id') ?? option<string>(fixture, 'name'),
    name: option<string>(fixture, 'name'),
    label: option<string>(fixture, 'label.text'),
    isPageHeading: option<boolean | undefined>(fixture, 'label.isPageHeading') ?? false,
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    rows: option<number | undefined>(fixture, 'rows') ?? 5,
    autocomplete: option<string | undefined>(fixture, 'autocomplete') ?? null,
    control: new FormControl<string | null>(option<string | undefined>(fixture, 'value') ?? null),
  };
}

describe('GovukTextarea', () => {
  it.each([
    'default',
    'with hint',
    'with error message',
    'with default value',
    'with custom rows',
    'with label as page heading',
    'with hint and error message',
    'with autocomplete attribute',
  ])('matches the govuk-frontend "%s" fixture', async (name) => {
    const fixture = await render(GovukTextarea, inputsFor(name));
    expectMarkupToMatchFixture(govukFixture('textarea', name), fixture.nativeElement);
  });

  it('writes what is typed, line breaks included, to the control', async () => {
    const control = new FormControl<string | null>(null);
    const fixture = await render(GovukTextarea, { ...inputsFor('default'), control });
    const box: HTMLTextAreaElement = fixture.nativeElement.querySelector('textarea');
    box.value = 'Agreed to share the draft.\nFollow up in March.';
    box.dispatchEvent(new Event('input'));
    expect(control.value).toBe('Agreed to share the draft.\nFollow up in March.');
  });
});
