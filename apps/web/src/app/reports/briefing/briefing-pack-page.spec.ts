import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { BriefingPackResponse } from '@send/contracts';
import { BriefingPackPage } from './briefing-pack-page';

const ID = '11111111-2222-4333-8444-555555555555';

const PACK: BriefingPackResponse = {
  meeting: {
    id: ID, reference: 'MTG-0042', title: 'Inclusion roundtable', type: 'roundtable', startsAt: '2026-10-15T09:00:00Z', endsAt: null,
    location: 'Sanctuary Buildings', purpose: 'To hear views on inclusion bases', ministers: ['Minister for School Standards'], classification: 'OFFICIAL',
  },
  classification: 'OFFICIAL_SENSITIVE',
  organisations: [
    {
      id: 'o1', name: 'IPSEA',
      positions: [{ positionId: 'p1', proposalId: 'pr1', proposalTitle: 'Tribunal route retained', stance: 'concerns', summary: 'Worried about appeal rights', statedOn: '2026-05-01', meetingId: 'm3', meetingReference: 'MTG-0003', classification: 'OFFICIAL' }],
      openActions: [{ id: 'a1', reference: 'ACT-0001', title: 'Reply on tribunal rights', kind: 'action', status: 'open', priority: 'high', dueOn: '2020-01-01', overdue: true, direction: 'owed_to', classification: 'OFFICIAL_SENSITIVE' }],
      lastInteractions: [{ meetingId: 'm3', reference: 'MTG-0003', title: 'Legal safeguards', type: 'bilateral', startsAt: '2026-05-01T09:00:00Z', status: 'agreed', classification: 'OFFICIAL' }],
      commitments: [{ id: 'c1', reference: 'ACT-0009', title: 'Minister to write to every forum', kind: 'ministerial_commitment', status: 'done', priority: 'medium', dueOn: null, overdue: false, direction: 'owed_to', classification: 'OFFICIAL' }],
    },
    { id: 'o2', name: 'Council for Disabled Children', positions: [], openActions: [], lastInteractions: [], commitments: [] },
  ],
};

async function render(answer: BriefingPackResponse | 404) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'reports/briefing-pack/:meetingId', component: BriefingPackPage }, { path: '**', children: [] }], withComponentInputBinding()),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(`/reports/briefing-pack/${ID}`);
  const http = TestBed.inject(HttpTestingController);
  const req = http.expectOne(`/api/reports/briefing-pack/${ID}`);
  if (answer === 404) req.flush({ type: 'about:blank', title: 'Not found', status: 404, detail: 'No meeting' }, { status: 404, statusText: 'Not Found' });
  else req.flush(answer);
  harness.detectChanges();
  await TestBed.inject(ApplicationRef).whenStable();
  harness.detectChanges();
  return harness.routeNativeElement as HTMLElement;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('BriefingPackPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('marks the pack by its content and briefs organisation by organisation', async () => {
    const el = await render(PACK);
    expect(el.firstElementChild?.tagName.toLowerCase()).toBe('app-classification-marking');
    expect(text(el.querySelector('[data-testid=classification-marking]'))).toContain('OFFICIAL-SENSITIVE');
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(text(el.querySelector('h1'))).toBe('Briefing pack for MTG-0042: Inclusion roundtable');
    expect(TestBed.inject(Title).getTitle()).toBe('Briefing pack for MTG-0042 – SEND engagement tracker');
    expect(text(el.querySelector('[data-testid=briefing-meeting]'))).toContain('15 October 2026');

    const sections = el.querySelectorAll('[data-testid=briefing-organisation]');
    expect([...sections].map((s) => text(s.querySelector('h2')))).toEqual(['IPSEA', 'Council for Disabled Children']);
    const ipsea = sections[0];
    expect([...(ipsea.querySelectorAll('[data-testid=positions] tbody td') ?? [])].map((td) => text(td))).toEqual([
      'Tribunal route retainedWorried about appeal rights',
      'Has concerns',
      '1 May 2026',
      'MTG-0003',
    ]);
    expect(ipsea.querySelector('[data-testid=positions] a')?.getAttribute('href')).toBe('/meetings/m3');
    expect(text(ipsea.querySelector('[data-testid=open-actions]'))).toBe('ACT-0001 Reply on tribunal rights — owed to them, open, due 1 January 2020 Overdue');
    expect(text(ipsea.querySelector('[data-testid=interactions]'))).toBe('1 May 2026: MTG-0003 Legal safeguards (bilateral meeting)');
    expect(text(ipsea.querySelector('[data-testid=commitments]'))).toBe('ACT-0009 Minister to write to every forum — done');
    expect(text(sections[1])).toContain('No positions recorded.');
    expect(text(sections[1])).toContain('No ministerial commitments recorded.');

    expect(el.querySelector('[data-testid=download-ods]')?.getAttribute('href')).toBe(`/api/reports/briefing-pack/${ID}/file?format=ods`);
    expect(el.querySelector('[data-testid=download-xlsx]')?.getAttribute('href')).toBe(`/api/reports/briefing-pack/${ID}/file?format=xlsx`);
    // Buttons and links back stay off paper.
    expect(el.querySelector('.app-no-print [data-testid=download-ods]')).not.toBeNull();
  });

  it('prints through the browser', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const el = await render(PACK);
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Print this pack')?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says the meeting is not found when it is missing or hidden from the reader', async () => {
    const el = await render(404);
    expect(text(el.querySelector('h1'))).toBe('Meeting not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Meeting not found – SEND engagement tracker');
    expect(el.querySelector('[data-testid=briefing-organisation]')).toBeNull();
    expect(el.querySelector('[data-testid=classification-marking]')).toBeNull();
  });
});
