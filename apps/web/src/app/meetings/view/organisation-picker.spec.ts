import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { FormControl } from '@angular/forms';
import { OrganisationPicker } from './organisation-picker';

@Component({
  imports: [OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form (submit)="submitted = true; $event.preventDefault()"><app-organisation-picker [control]="control" [selected]="selected" /></form>`,
})
class Host {
  submitted = false;
  readonly control = new FormControl<string | null>('o9');
  readonly selected = { id: 'o9', name: 'Already chosen' };
}

describe('OrganisationPicker', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  it('keeps the organisation already chosen choosable before any search', async () => {
    const { el } = await render();
    const labels = Array.from(el.querySelectorAll('.govuk-radios__label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Any organisation', 'Already chosen']);
    expect(el.querySelector<HTMLInputElement>('#organisationId-2')?.checked).toBe(true);
  });

  it('searches on Enter without submitting the filter form, announces the count and offers the matches', async () => {
    const { fixture, el, http } = await render();
    const box = el.querySelector<HTMLInputElement>('#organisation-search');
    if (!box) throw new Error('no search box');
    box.value = 'council';
    box.dispatchEvent(new Event('input'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    box.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    const call = http.expectOne((r) => r.url === '/api/organisations');
    expect(call.request.params.get('q')).toBe('council');
    expect(call.request.params.get('includeArchived')).toBe('true');
    call.flush({ items: [{ id: 'o1', name: 'Council for Disabled Children', archivedAt: null }, { id: 'o2', name: 'Old Council', archivedAt: '2025-01-01T00:00:00Z' }], page: 1, pageSize: 10, total: 2, totalIsLowerBound: false });
    await fixture.whenStable();
    expect(el.querySelector('[role=status]')?.textContent).toBe('2 organisations found.');
    const labels = Array.from(el.querySelectorAll('.govuk-radios__label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Any organisation', 'Already chosen', 'Council for Disabled Children', 'Old Council (archived)']);
    el.querySelector<HTMLInputElement>('#organisationId-3')?.click();
    expect(fixture.componentInstance.control.value).toBe('o1');
    expect(fixture.componentInstance.submitted).toBe(false);
  });

  it('asks for a name rather than searching for nothing', async () => {
    const { fixture, el, http } = await render();
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Find organisations'))?.click();
    await fixture.whenStable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Enter part of an organisation’s name');
    http.expectNone((r) => r.url === '/api/organisations');
  });
});
