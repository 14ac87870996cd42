import type { BundleItemResponse, BundleSummary } from '@send/contracts';
import { informationRequest, openRequestPage, text } from '../testing';
import { RequestPage } from './request-page';

const summary = (total: number, marking: BundleSummary['marking'] = 'OFFICIAL'): BundleSummary => ({ total, byDecision: { undecided: total, disclose: 0, withhold: 0, partly_withhold: 0 }, marking });
const item = (overrides: Partial<BundleItemResponse> = {}): BundleItemResponse => ({
  id: 'i1',
  kind: 'meeting',
  recordId: 'm1',
  reference: 'MTG-0042',
  title: 'Roundtable on advocacy',
  date: '2026-03-01',
  classification: 'OFFICIAL_SENSITIVE',
  foundBy: 'Phrase: “advocacy”',
  decision: 'undecided',
  exemption: null,
  note: null,
  version: 1,
  ...overrides,
});
const page = (items: BundleItemResponse[]) => ({ items, page: 1, pageSize: 50, total: items.length, totalIsLowerBound: false });

describe('RequestBundle', () => {
  async function open() {
    const opened = await openRequestPage('/requests/r1', 'recorder', RequestPage);
    opened.http.expectOne('/api/information-requests/r1').flush(informationRequest());
    await opened.settle();
    return opened;
  }

  it('finds everything about a phrase, says what it added, and shows the records', async () => {
    const { http, el, settle } = await open();
    http.expectOne('/api/information-requests/r1/bundle').flush(summary(0));
    http.expectOne((r) => r.url === '/api/information-requests/r1/bundle/items').flush(page([]));
    await settle();
    expect(text(el().querySelector('[data-testid=bundle-empty]'))).toBe('Nothing has been added to the bundle yet.');
    el().querySelector<HTMLInputElement>('#subject-2')?.click();
    await settle();
    const phrase = el().querySelector<HTMLInputElement>('#phrase') as HTMLInputElement;
    phrase.value = 'advocacy';
    phrase.dispatchEvent(new Event('input'));
    [...el().querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Add to the bundle')?.click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/information-requests/r1/bundle/gather' });
    expect(post.request.body).toEqual({ phrase: 'advocacy' });
    post.flush({ added: { meeting: 3, position: 1, action: 0, contact: 0, audit_event: 0 }, alreadyThere: 2 });
    await settle();
    expect(text(el().querySelector('[data-testid=gathered]'))).toBe('Added 3 meetings and 1 position (2 already in the bundle).');
    http.expectOne('/api/information-requests/r1/bundle').flush(summary(4, 'OFFICIAL-SENSITIVE'));
    http.expectOne((r) => r.url === '/api/information-requests/r1/bundle/items').flush(page([item()]));
    await settle();
    expect(text(el().querySelector('[data-testid=bundle-counts]'))).toBe('4 records: 4 not yet decided, 0 to disclose, 0 in part, 0 withheld.');
    expect(el().querySelector('a[href="/api/information-requests/r1/bundle/file?format=zip"]')).not.toBeNull();
    expect(text(el().querySelector('[data-testid=bundle-items] tbody td'))).toBe('meeting MTG-0042 Roundtable on advocacy');
  });

  it('needs an exemption to withhold, then saves the decision with the version read', async () => {
    const { http, el, settle } = await open();
    http.expectOne('/api/information-requests/r1/bundle').flush(summary(1));
    http.expectOne((r) => r.url === '/api/information-requests/r1/bundle/items').flush(page([item({ version: 4 })]));
    await settle();
    const decision = el().querySelector<HTMLSelectElement>('#decision-i1') as HTMLSelectElement;
    decision.value = 'withhold';
    decision.dispatchEvent(new Event('change'));
    const save = () => [...el().querySelectorAll<HTMLButtonElement>('[data-testid=bundle-items] button')][0]?.click();
    save();
    await settle();
    expect(text(el().querySelector('#exemption-i1-error'))).toContain('Choose the exemption relied on to withhold Roundtable on advocacy');
    const exemption = el().querySelector<HTMLSelectElement>('#exemption-i1') as HTMLSelectElement;
    exemption.value = 's35';
    exemption.dispatchEvent(new Event('change'));
    save();
    await settle();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/information-requests/r1/bundle/items/i1' });
    expect(patch.request.headers.get('If-Match')).toBe('"4"');
    expect(patch.request.body).toEqual({ decision: 'withhold', exemption: 's35' });
    patch.flush(item({ decision: 'withhold', exemption: 's35', version: 5 }));
    await settle();
    expect(text(el().querySelector('[data-testid=decision-saved]'))).toBe('Roundtable on advocacy: Withhold');
  });
});
