import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { openParliamentPage, parliamentaryItem, text } from '../testing';
import { ParliamentFormPage } from './parliament-form-page';

describe('ParliamentFormPage', () => {
  it('asks a petition for its number, sends only what its kind has, and opens what it added', async () => {
    const { http, el, settle, set, submit } = await openParliamentPage('/parliament/new', 'recorder', ParliamentFormPage);
    submit('parliament-form');
    await settle();
    expect([...el().querySelectorAll('.govuk-error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#kind', '#title', '#source', '#publishedOn-day']);
    el().querySelector<HTMLInputElement>('#kind-2')?.click();
    await settle();
    set('title', 'Independent inquiry into SEND');
    set('source', 'Petitions Committee');
    set('publishedOn-day', '1');
    set('publishedOn-month', '10');
    set('publishedOn-year', '2025');
    submit('parliament-form');
    await settle();
    expect(text(el().querySelector('.govuk-error-summary a'))).toBe('Enter the petition number, in figures');
    set('petitionNumber', '738484');
    set('signatures', '12,480');
    submit('parliament-form');
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/parliament' });
    expect(post.request.body).toEqual({
      kind: 'petition',
      title: 'Independent inquiry into SEND',
      source: 'Petitions Committee',
      publishedOn: '2025-10-01',
      closesOn: null,
      url: null,
      summary: null,
      petitionNumber: 738484,
      signatures: 12480,
      petitionResponseDue: null,
      classification: 'OFFICIAL',
    });
    post.flush(parliamentaryItem({ id: 'p9' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/parliament/p9');
  });

  it('shows the API’s refusal against the field it names', async () => {
    const { http, el, settle, set, submit } = await openParliamentPage('/parliament/new', 'recorder', ParliamentFormPage);
    el().querySelector<HTMLInputElement>('#kind')?.click();
    set('title', 'A report');
    set('source', 'Education Committee');
    set('publishedOn-day', '1');
    set('publishedOn-month', '1');
    set('publishedOn-year', '2030');
    submit('parliament-form');
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/parliament' })
      .flush({ type: 'about:blank', title: 'No', status: 422, detail: 'The item cannot be saved as it is.', errors: [{ field: 'publishedOn', message: 'publishedOn cannot be in the future' }] }, { status: 422, statusText: 'Unprocessable' });
    await settle();
    expect(text(el().querySelector('.govuk-error-summary a'))).toBe('The date published cannot be in the future');
    expect(el().querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#publishedOn-day');
  });
});
