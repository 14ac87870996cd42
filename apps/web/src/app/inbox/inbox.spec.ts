import { TestBed } from '@angular/core/testing';
import type { Type } from '@angular/core';
import type { InboundNoteResponse, Role } from '@send/contracts';
import { Router } from '@angular/router';
import { signedInOn } from '../core/feature.testing';
import { InboxNotePage } from './inbox-note-page';
import { InboxPage } from './inbox-page';
import { inboxRoutes } from './inbox.routes';

const note = (overrides: Partial<InboundNoteResponse> = {}): InboundNoteResponse => ({
  id: 'n1',
  senderUserId: 'u-me',
  senderName: 'Me',
  subject: 'Fwd: Letter from the forum',
  body: 'Dear Minister,\nour views.',
  organisationId: 'o1',
  organisationName: 'Riverside Forum',
  matchedDomain: 'riverside.org.uk',
  receivedAt: '2026-12-07T09:00:00Z',
  status: 'draft',
  meetingId: null,
  positionId: null,
  decidedAt: null,
  attachments: [{ id: 'a1', filename: 'letter.pdf', contentType: 'application/pdf', sizeBytes: 2048 }],
  ...overrides,
});
const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 25, total: items.length, totalIsLowerBound: false });

async function open(url: string, role: Role, component: Type<unknown>) {
  const { http, harness } = await signedInOn('inbox', inboxRoutes, role);
  await harness.navigateByUrl(url, component);
  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  return { http, el, settle };
}

describe('inbox pages', () => {
  it('lists the drafts with their matched organisation', async () => {
    const { http, el, settle } = await open('/inbox', 'recorder', InboxPage);
    const req = http.expectOne((r) => r.url === '/api/inbound-notes');
    expect(req.request.params.get('status')).toBe('draft');
    req.flush(page([note(), note({ id: 'n2', organisationId: null, organisationName: null, subject: '' })]));
    await settle();
    const rows = [...el().querySelectorAll('[data-testid=inbox] tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['Fwd: Letter from the forum', 'Me', 'Riverside Forum', '7 December 2026, 9am'],
      ['(no subject)', 'Me', 'Not matched', '7 December 2026, 9am'],
    ]);
    expect(el().querySelector('a[href="/inbox/refused"]')).toBeNull();
  });

  it('files a note against a meeting chosen from the organisation’s latest, and asks for a choice first', async () => {
    const { http, el, settle } = await open('/inbox/n1', 'recorder', InboxNotePage);
    http.expectOne('/api/inbound-notes/n1').flush(note());
    await settle();
    http.expectOne((r) => r.url === '/api/meetings' && r.params.get('organisationId') === 'o1').flush(page([{ id: 'm1', reference: 'MTG-0001', title: 'Forum roundtable', startsAt: '2026-11-30T10:00:00Z' }]));
    http.expectOne((r) => r.url === '/api/positions' && r.params.get('organisationId') === 'o1').flush(page([]));
    await settle();
    expect(el().querySelector('[data-testid=note-body]')?.textContent).toBe('Dear Minister,\nour views.');
    expect(el().querySelector('a[download]')?.getAttribute('href')).toBe('/api/inbound-notes/n1/attachments/a1');
    (el().querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle();
    expect([...el().querySelectorAll('.govuk-error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#target']);
    (el().querySelector('input[value="meeting:m1"]') as HTMLInputElement).click();
    (el().querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const post = http.expectOne({ method: 'POST', url: '/api/inbound-notes/n1/file' });
    expect(post.request.body).toEqual({ meetingId: 'm1' });
    post.flush(note({ status: 'filed', meetingId: 'm1', decidedAt: '2026-12-07T10:00:00Z' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/inbox');
  });
});
