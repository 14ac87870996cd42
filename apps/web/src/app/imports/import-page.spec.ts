import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ImportCheckResponse, Role } from '@send/contracts';
import { SessionStore } from '../core/session';
import { organisationsRoutes } from '../organisations/organisations.routes';
import { ImportPage } from './import-page';
import { importsRoutes } from './imports.routes';
import { answerSessionProbe } from '../core/session.testing';

const CSV = 'Organisation name,Organisation type\r\nNorthshire PCF,charity\r\n';
const PREVIEW: ImportCheckResponse = {
  rows: 3,
  errors: [],
  newOrganisations: [{ line: 2, name: 'Northshire PCF' }],
  existingOrganisations: [{ line: 4, name: 'Council for Disabled Children' }],
  newContacts: 2,
  duplicateContacts: [{ line: 4, name: 'Sam Patel', organisationName: 'Council for Disabled Children', reason: 'already a contact there (same email)' }],
};

async function signedInAs(role: Role): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'import', children: importsRoutes }, { path: 'organisations', children: organisationsRoutes }, { path: '**', children: [] }]),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const loaded = TestBed.inject(SessionStore).ensureLoaded();
  answerSessionProbe(http, { user: { id: 'u-me', email: 'me@education.gov.uk', name: 'Me', role }, roles: [role], mustChangePassword: false });
  await loaded;
  return { http, harness: await RouterTestingHarness.create() };
}

async function settle(harness: RouterTestingHarness): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
  }
}

/** The words in an element, one space between text nodes (templates drop the whitespace between elements). */
function text(element: Element | null | undefined): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
  return words.filter(Boolean).join(' ');
}

async function openPage(): Promise<{ http: HttpTestingController; harness: RouterTestingHarness; el: HTMLElement }> {
  const { http, harness } = await signedInAs('recorder');
  TestBed.inject(Title).setTitle('Import organisations and contacts – SEND engagement tracker');
  await harness.navigateByUrl('/import', ImportPage);
  harness.detectChanges();
  return { http, harness, el: harness.routeNativeElement as HTMLElement };
}

async function checkFile(harness: RouterTestingHarness, el: HTMLElement, file?: File): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('#file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: file ? [file] : [], configurable: true });
  input.dispatchEvent(new Event('change'));
  el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(harness);
}

function expectCsvPost(http: HttpTestingController, path: string): TestRequest {
  const request = http.expectOne({ method: 'POST', url: `/api/imports/organisations-and-contacts/${path}` });
  expect(request.request.headers.get('Content-Type')).toBe('text/csv');
  return request;
}

/** The test environment's jsdom has no Blob.text(), which every supported browser has. */
function csvFile(content: string, name = 'contacts.csv'): File {
  return Object.assign(new File([content], name, { type: 'text/csv' }), { text: () => Promise.resolve(content) });
}

const summaryLinks = (el: HTMLElement) => [...el.querySelectorAll('.govuk-error-summary__list a')].map((a) => [a.getAttribute('href'), text(a)]);

describe('ImportPage', () => {
  it('offers the template and refuses a missing or non-CSV file without calling the server', async () => {
    const { http, harness, el } = await openPage();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(text(el.querySelector('h1'))).toBe('Import organisations and contacts');
    expect(el.querySelector('a[download]')?.getAttribute('href')).toBe('/api/imports/organisations-and-contacts/template');

    await checkFile(harness, el);
    expect(summaryLinks(el)).toEqual([['#file', 'Select a CSV file']]);
    expect(text(el.querySelector('#file-error'))).toBe('Error: Select a CSV file');
    expect(el.querySelector('#file')?.getAttribute('aria-describedby')).toBe('file-hint file-error');
    expect(TestBed.inject(Title).getTitle()).toBe('Error: Import organisations and contacts – SEND engagement tracker');

    await checkFile(harness, el, csvFile('PK', 'contacts.xlsx'));
    expect(summaryLinks(el)[0][1]).toContain('must be a CSV');
    http.expectNone(() => true);
  });

  it('sends the file as CSV text and lists its errors by line and column', async () => {
    const { http, harness, el } = await openPage();
    await checkFile(harness, el, csvFile(CSV));
    const check = expectCsvPost(http, 'dry-run');
    expect(check.request.body).toBe(CSV);
    check.flush({
      ...PREVIEW,
      errors: [
        { field: 'line 1', line: 1, column: null, message: 'The file has headings but no rows to import' },
        { field: 'line 1, Tags', line: 1, column: 'Tags', message: 'The "Tags" heading is missing' },
        { field: 'line 3, Contact email', line: 3, column: 'Contact email', message: 'Contact email must be an email address' },
        { field: 'line 5', line: 5, column: null, message: 'Cell 12 has a value but no heading' },
      ],
    });
    await settle(harness);
    expect(summaryLinks(el)).toEqual([['#file', 'The file has 4 errors. Correct them in your spreadsheet, save it as CSV and check the file again.']]);
    expect([...el.querySelectorAll('[data-testid=errors] tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text))).toEqual([
      ['1', 'Whole file', 'The file has headings but no rows to import'],
      ['1', 'Tags', 'The "Tags" heading is missing'],
      ['3', 'Contact email', 'Contact email must be an email address'],
      ['5', 'Whole row', 'Cell 12 has a value but no heading'],
    ]);
    expect(el.querySelector('[data-testid=preview]')).toBeNull();
  });

  it('previews a clean file, imports exactly what was checked and confirms what was done', async () => {
    const { http, harness, el } = await openPage();
    await checkFile(harness, el, csvFile(CSV));
    expectCsvPost(http, 'dry-run').flush(PREVIEW);
    await settle(harness);
    expect(text(el.querySelector('[data-testid=preview]'))).toBe('Check what will be imported');
    expect(document.activeElement).toBe(el.querySelector('[data-testid=preview]'));
    expect([...el.querySelectorAll('.govuk-summary-list__row')].map((row) => text(row))).toEqual([
      'Rows in the file 3',
      'Organisations to add 1',
      'Organisations already on the tracker 1',
      'Contacts to add 2',
      'Duplicate contacts skipped 1',
    ]);
    expect(text(el.querySelector('[data-testid=duplicates] tbody'))).toBe('4 Sam Patel Council for Disabled Children already a contact there (same email)');

    [...el.querySelectorAll('button')].find((b) => text(b) === 'Import')?.click();
    await settle(harness);
    const commit = expectCsvPost(http, 'commit');
    expect(commit.request.body).toBe(CSV);
    commit.flush(PREVIEW);
    await settle(harness);
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(text(el.querySelector('.govuk-panel__title'))).toBe('Import complete');
    expect(text(el.querySelector('.govuk-panel__body'))).toBe('1 organisation added, 1 existing organisation used, 2 contacts added and 1 duplicate contact skipped.');
    expect(document.activeElement).toBe(el.querySelector('.govuk-panel__title'));
    expect(text(el.querySelector('.govuk-summary-list'))).toContain('Contacts added 2');
  });

  it('shows row errors from a refused import, and a refused file (413) on the file field', async () => {
    const { http, harness, el } = await openPage();
    await checkFile(harness, el, csvFile(CSV));
    expectCsvPost(http, 'dry-run').flush(PREVIEW);
    await settle(harness);
    [...el.querySelectorAll('button')].find((b) => text(b) === 'Import')?.click();
    await settle(harness);
    expectCsvPost(http, 'commit').flush(
      { type: 'x', title: 'Unprocessable', status: 422, detail: 'Line 2 could not be imported, so nothing was.', errors: [{ field: 'line 2', line: 2, column: null, message: 'The database refused this row' }] },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle(harness);
    expect(text(el.querySelector('[data-testid=errors] tbody'))).toBe('2 Whole row The database refused this row');
    expect(el.querySelector('.govuk-panel')).toBeNull();

    await checkFile(harness, el, csvFile(CSV));
    expectCsvPost(http, 'dry-run').flush({ type: 'about:blank', title: 'Payload too large', status: 413, detail: 'request entity too large' }, { status: 413, statusText: 'Payload Too Large' });
    await settle(harness);
    expect(summaryLinks(el)).toEqual([['#file', 'request entity too large']]);
    expect(el.querySelector('[data-testid=errors]')).toBeNull();
  });
});

describe('the organisations list', () => {
  it.each([
    ['recorder', true],
    ['admin', true],
    ['viewer', false],
    ['reviewer', false],
  ] as const)('links to the import for editors only (%s)', async (role, shown) => {
    const { http, harness } = await signedInAs(role);
    await harness.navigateByUrl('/organisations');
    harness.detectChanges();
    http.expectOne((request) => request.url === '/api/organisations').flush({ items: [], page: 1, pageSize: 25, total: 0, totalIsLowerBound: false });
    await settle(harness);
    const link = (harness.routeNativeElement as HTMLElement).querySelector('[data-testid=import-link]');
    expect(link?.getAttribute('href') ?? null).toBe(shown ? '/import' : null);
  });
});
