import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { govukFixture, option } from '../../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../../testing/markup';
import { render } from '../../../testing/render';
import { GovukInput } from './input';

/** The fixture's macro options as this component's inputs. */
function inputsFor(name: string): Record<string, unknown> {
  const fixture = govukFixture('input', name);
  const classes = option<string | undefined>(fixture, 'classes');
  const width = /govuk-input--width-(\d+)/.exec(classes ?? '')?.[1];
  return {
    id: option<string | undefined>(fixture, 'id') ?? option<string>(fixture, 'name'),
    name: option<string>(fixture, 'name'),
    label: option<string>(fixture, 'label.text'),
    isPageHeading: option<boolean | undefined>(fixture, 'label.isPageHeading') ?? false,
    hint: option<string | undefined>(fixture, 'hint.text') ?? null,
    errorMessage: option<string | undefined>(fixture, 'errorMessage.text') ?? null,
    type: option<string | undefined>(fixture, 'type') ?? 'text',
    width: width ? Number(width) : null,
    inputmode: option<string | undefined>(fixture, 'inputmode') ?? null,
    autocomplete: option<string | undefined>(fixture, 'autocomplete') ?? null,
    spellcheck: option<boolean | undefined>(fixture, 'spellcheck') ?? null,
    control: new FormControl<string | null>(option<string | undefined>(fixture, 'value') ?? null),
  };
}

// How pages will write it: a plain id attribute, which Angular would also leave on the host element.
@Component({
  imports: [GovukInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<govuk-input id="organisation" name="organisation" label="Organisation" [control]="control" />`,
})
class Page {
  readonly control = new FormControl<string | null>(null);
}

describe('GovukInput', () => {
  it.each([
    'default',
    'with hint text',
    'with error message',
    'with error and hint',
    'with width-2 class',
    'with width-3 class',
    'with width-4 class',
    'with width-5 class',
    'with width-10 class',
    'with width-20 class',
    'with width-30 class',
    'with label as page heading',
    'custom type',
    'value',
    'inputmode',
    'with autocomplete attribute',
    'with spellcheck enabled',
    'with spellcheck disabled',
  ])('matches the govuk-frontend "%s" fixture', async (name) => {
    const fixture = await render(GovukInput, inputsFor(name));
    expectMarkupToMatchFixture(govukFixture('input', name), fixture.nativeElement);
  });

  it('renders a fluid width with the govuk-!-width override class', async () => {
    const fixture = await render(GovukInput, { ...inputsFor('default'), width: 'two-thirds' });
    expect(fixture.nativeElement.querySelector('input').className).toContain('govuk-!-width-two-thirds');
  });

  it('keeps the control and the box in step both ways', async () => {
    const control = new FormControl<string | null>('Autism Alliance');
    const fixture = await render(GovukInput, { ...inputsFor('default'), control });
    const box: HTMLInputElement = fixture.nativeElement.querySelector('input');
    expect(box.value).toBe('Autism Alliance');

    box.value = 'National Autistic Society';
    box.dispatchEvent(new Event('input'));
    expect(control.value).toBe('National Autistic Society');

    control.setValue('Contact a Family');
    await fixture.whenStable();
    expect(box.value).toBe('Contact a Family');
  });

  it('drops the error modifiers when the error clears', async () => {
    const fixture = await render(GovukInput, inputsFor('with error and hint'));
    fixture.componentRef.setInput('errorMessage', null);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.govuk-form-group--error, .govuk-input--error, .govuk-error-message')).toBeNull();
    expect(element.querySelector('input')?.getAttribute('aria-describedby')).toBe('with-error-hint-hint');
  });

  it('leaves the id and name to the input, so its label and error summary links find the input', async () => {
    const page = TestBed.createComponent(Page);
    await page.whenStable();
    const host: HTMLElement = page.nativeElement.querySelector('govuk-input');
    expect(host.hasAttribute('id') || host.hasAttribute('name')).toBe(false);
    expect(document.getElementById('organisation')).toBe(host.querySelector('input'));
  });
});
