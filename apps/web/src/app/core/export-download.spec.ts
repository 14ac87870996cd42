import { HttpHeaders, HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ExportDownload, fileNameOf, formatBytes } from './export-download';

describe('ExportDownload', () => {
  let http: HttpTestingController;
  const saved: string[] = [];

  function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ExportDownload);
    fixture.componentRef.setInput('path', '/api/actions/export');
    fixture.componentRef.setInput('params', new HttpParams().append('status', 'open').append('status', 'blocked'));
    fixture.componentRef.setInput('what', 'these actions');
    fixture.componentRef.setInput('noun', 'action');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
    const status = () => el.querySelector('[data-testid=export-status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return { fixture, button, status };
  }

  beforeEach(() => {
    saved.length = 0;
    Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('downloads the current filter in the chosen format, showing progress and then the marking', async () => {
    const { fixture, button, status } = render();
    button('OpenDocument').click();
    const req = http.expectOne((r) => r.url === '/api/actions/export');
    expect(req.request.params.getAll('status')).toEqual(['open', 'blocked']);
    expect(req.request.params.get('format')).toBe('ods');
    expect(req.request.responseType).toBe('blob');
    req.event({ type: 3, loaded: 3 * 1024 * 1024 } as never);
    fixture.detectChanges();
    expect(status()).toContain('3.0 MB received so far');
    req.flush(new Blob(['zip']), {
      headers: new HttpHeaders({ 'Content-Disposition': `attachment; filename="actions.ods"; filename*=UTF-8''actions-2026-11-24-official-sensitive.ods`, 'X-Classification': 'OFFICIAL-SENSITIVE' }),
    });
    fixture.detectChanges();
    expect(saved).toEqual(['actions-2026-11-24-official-sensitive.ods']);
    expect(status()).toContain('It is marked OFFICIAL-SENSITIVE');
  });

  it('shows the problem the API gave, read from the blob body', async () => {
    const { fixture, button, status } = render();
    button('CSV').click();
    http.expectOne((r) => r.url === '/api/actions/export').flush(new Blob([JSON.stringify({ status: 400, title: 'Bad request', detail: 'The request has invalid fields.', errors: [{ field: 'dueFrom', message: 'dueFrom must be a date' }] })]), {
      status: 400,
      statusText: 'Bad Request',
    });
    // The body is read from the Blob asynchronously.
    for (let tries = 0; tries < 50 && !status().includes('dueFrom'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      fixture.detectChanges();
    }
    expect(status()).toContain('dueFrom must be a date');
    expect(saved).toEqual([]);
  });

  it('can be cancelled while the file is being prepared', () => {
    const { fixture, button, status } = render();
    button('Excel').click();
    const req = http.expectOne((r) => r.url === '/api/actions/export');
    fixture.detectChanges();
    button('Cancel download').click();
    fixture.detectChanges();
    expect(req.cancelled).toBe(true);
    expect(status()).toBe('');
  });

  it('reads file names and sizes as people read them', () => {
    expect(fileNameOf(`attachment; filename="a_b.csv"; filename*=UTF-8''caf%C3%A9.csv`, 'x')).toBe('café.csv');
    expect(fileNameOf('attachment; filename="plain.csv"', 'x')).toBe('plain.csv');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
