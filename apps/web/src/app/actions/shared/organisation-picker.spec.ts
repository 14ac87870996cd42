import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { aPage } from '../testing/action-fixtures';
import { OrganisationPicker } from './organisation-picker';

describe('OrganisationPicker', () => {
  async function render(value: string | null = null) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(OrganisationPicker);
    const control = new FormControl<string | null>(value);
    fixture.componentRef.setInput('id', 'org');
    fixture.componentRef.setInput('label', 'Organisation');
    fixture.componentRef.setInput('control', control);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const find = async (text: string) => {
      const box = el.querySelector<HTMLInputElement>('#org');
      if (!box) throw new Error('no search box');
      box.value = text;
      box.dispatchEvent(new Event('input'));
      el.querySelector<HTMLButtonElement>('button')?.click();
      await settle();
    };
    return { fixture, control, el, settle, find, http: TestBed.inject(HttpTestingController) };
  }

  it('names an organisation chosen elsewhere, and removes it', async () => {
    const { control, el, settle, http } = await render('o-1');
    http.expectOne('/api/organisations/o-1').flush({ id: 'o-1', name: 'Parent Carer Forum' });
    await settle();
    expect(el.querySelector('[data-testid=chosen-organisation]')?.textContent).toContain('Parent Carer Forum');
    expect(el.getAttribute('id')).toBeNull();
    el.querySelector<HTMLButtonElement>('button')?.click();
    await settle();
    expect(control.value).toBeNull();
    expect(el.querySelector('[data-testid=chosen-organisation]')).toBeNull();
    expect(document.activeElement).toBe(el.querySelector('#org'));
  });

  it('says when nothing matches, or there are too many to list, without searching for nothing', async () => {
    const { el, find, settle, http } = await render();
    const status = () => el.querySelector('[role=status]')?.textContent?.trim();
    await find('  ');
    http.expectNone((r) => r.url === '/api/organisations');
    expect(status()).toContain('Enter part of an organisation’s name');
    await find('zzz');
    expect(status()).toBe('Finding organisations…');
    http.expectOne((r) => r.url === '/api/organisations').flush(aPage([]));
    await settle();
    expect(status()).toContain('No organisations match “zzz”');
    await find('forum');
    http.expectOne((r) => r.url === '/api/organisations').flush(aPage(Array.from({ length: 10 }, (_, i) => ({ id: `o-${i}`, name: `Forum ${i}` })), { total: 42 }));
    await settle();
    expect(status()).toContain('More than 10 organisations match');
    expect(el.querySelectorAll('input[type=radio]').length).toBe(10);
  });
});
