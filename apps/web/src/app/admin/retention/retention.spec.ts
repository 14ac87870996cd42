import type { DisposalResponse, DueRecordResponse, RetentionRuleResponse } from '@send/contracts';
import { choose, openAdminPage, problem, submit, summaryLinks, tableRows, typeInto } from '../shared/page-test';
import { periodText } from './retention-labels';

const rule = (over: Partial<RetentionRuleResponse>): RetentionRuleResponse => ({
  id: 'r-action',
  recordType: 'action',
  name: 'Actions and commitments arising from meetings',
  periodMonths: 84,
  clockStartsFrom: 'action_closed',
  action: 'delete',
  reason: 'Kept 7 years after closing.',
  version: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
  ...over,
});
const rules = { items: [rule({ id: 'r-meeting', recordType: 'meeting', name: 'Minutes of meetings', periodMonths: 240, clockStartsFrom: 'meeting_date', action: 'preserve', reason: 'TNA.' }), rule({})] };
const due = (over: Partial<DueRecordResponse>): DueRecordResponse => ({
  recordType: 'action',
  recordId: 'a1',
  reference: 'ACT-0001',
  label: 'Send the summary',
  clockStartedOn: '2010-05-01',
  dueOn: '2017-05-01',
  ruleId: 'r-action',
  action: 'delete',
  heldBy: null,
  ...over,
});
const page = <T>(items: T[]) => ({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });
const dueList = [
  due({}),
  due({ recordType: 'contact', recordId: 'c1', reference: 'Contact at Quiet Forum', label: 'Olive Oldfield', action: 'anonymise', ruleId: 'r-contact' }),
  due({ recordType: 'meeting', recordId: 'm1', reference: 'MTG-0002', label: 'Tribunal evidence', action: 'preserve', heldBy: 'Legal hold: Judicial review' }),
];

describe('retention pages', () => {
  it('words a period in years and months', () => {
    expect([periodText(240), periodText(18), periodText(1), periodText(12)]).toEqual(['20 years', '1 year and 6 months', '1 month', '1 year']);
  });

  it('shows the schedule: how long, from when, what then and why', async () => {
    const { http, el, settle } = await openAdminPage('/admin/retention');
    http.expectOne('/api/retention-rules').flush(rules);
    await settle();
    expect(tableRows(el(), '[data-testid=retention-rules]')).toEqual([
      ['MeetingMinutes of meetings', '20 years from the meeting date', 'Review for permanent preservation', 'TNA.', 'Change the rule for Minutes of meetings'],
      ['ActionActions and commitments arising from meetings', '7 years from the action being closed', 'Delete', 'Kept 7 years after closing.', 'Change the rule for Actions and commitments arising from meetings'],
    ]);
    expect(el().querySelector('a[href="/admin/retention/rules/r-action"]')).not.toBeNull();
  });

  it('changes a rule against the version read, checking the period first', async () => {
    const { http, el, settle, router } = await openAdminPage('/admin/retention/rules/r-action');
    http.expectOne('/api/retention-rules').flush(rules);
    await settle();
    expect(el().querySelector<HTMLInputElement>('#periodYears')?.value).toBe('7');
    typeInto(el(), 'periodYears', 'seven');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#periodYears', 'Enter the years and months as whole numbers, like 6 and 0']]);
    http.expectNone({ method: 'PATCH' });
    typeInto(el(), 'periodYears', '8');
    typeInto(el(), 'periodMonths', '6');
    choose(el(), 'action-2');
    submit(el());
    const patch = http.expectOne({ method: 'PATCH', url: '/api/retention-rules/r-action' });
    expect(patch.request.headers.get('If-Match')).toBe('"2"');
    expect(patch.request.body).toEqual({ periodMonths: 102, action: 'preserve', reason: 'Kept 7 years after closing.' });
    patch.flush(rule({ periodMonths: 102, action: 'preserve', version: 3 }));
    await settle();
    expect(router.url).toBe('/admin/retention');
  });

  it('shows the API’s refusal against the field it names', async () => {
    const { http, el, settle } = await openAdminPage('/admin/retention/rules/r-action');
    http.expectOne('/api/retention-rules').flush(rules);
    await settle();
    submit(el());
    const refused = problem(422, 'A action cannot…', [{ field: 'action', message: 'action must be one of delete, preserve for a action' }]);
    http.expectOne({ method: 'PATCH' }).flush(refused.body, refused.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#action', 'Action must be one of delete, preserve for a action']]);
  });

  it('shows what another admin changed meanwhile and saves next against their version', async () => {
    const { http, el, settle } = await openAdminPage('/admin/retention/rules/r-action');
    http.expectOne('/api/retention-rules').flush(rules);
    await settle();
    typeInto(el(), 'periodYears', '9');
    submit(el());
    const stale = problem(412, 'Changed.');
    http.expectOne({ method: 'PATCH' }).flush(stale.body, stale.init);
    await settle();
    http.expectOne('/api/retention-rules').flush({ items: [rules.items[0], rule({ periodMonths: 120, version: 3 })] });
    await settle();
    expect(tableRows(el(), '[data-testid=conflict-notice]')).toEqual([['Period, in months', '108', '120']]);
    expect(el().querySelector<HTMLInputElement>('#periodYears')?.value).toBe('9');
    submit(el());
    expect(http.expectOne({ method: 'PATCH' }).request.headers.get('If-Match')).toBe('"3"');
  });

  it('lists what is due with a box for each record that is not held, and asks for a choice', async () => {
    const { http, el, settle } = await openAdminPage('/admin/retention/due');
    http.expectOne((r) => r.url === '/api/retention/due').flush(page(dueList));
    await settle();
    const rows = tableRows(el(), '[data-testid=due-records]');
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Action ACT-0001Send the summary', '1 May 2017', 'Delete'],
      ['Contact at Quiet Forum Olive Oldfield', '1 May 2017', 'Anonymise'],
      ['Meeting MTG-0002Tribunal evidenceHeldLegal hold: Judicial review', '1 May 2017', 'Review for permanent preservation'],
    ]);
    expect(el().querySelectorAll('[data-testid=due-records] input[type=checkbox]').length).toBe(2);
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#choose', 'Choose at least one record to dispose of']]);
  });

  it('confirms what will happen to the chosen records, then disposes of them', async () => {
    const { http, el, settle, router, harness } = await openAdminPage('/admin/retention/due');
    http.expectOne((r) => r.url === '/api/retention/due').flush(page(dueList));
    await settle();
    choose(el(), 'choose');
    choose(el(), 'choose-1');
    submit(el());
    await settle();
    expect(router.url).toBe('/admin/retention/due/confirm');
    await harness.fixture.whenStable();
    expect(el().querySelector('[data-testid=confirm-delete]')?.textContent).toContain('Action ACT-0001: Send the summary');
    expect(el().querySelector('[data-testid=confirm-anonymise]')?.textContent).toContain('Olive Oldfield');
    expect(el().textContent).toContain('will be deleted for good');
    const button = el().querySelector('form button');
    expect(button?.textContent?.trim()).toBe('Dispose of 2 records');
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/retention/disposals' });
    expect(post.request.body).toEqual({ items: [{ recordType: 'action', recordId: 'a1' }, { recordType: 'contact', recordId: 'c1' }] });
    const held = problem(409, 'ACT-0001 cannot be disposed of: Legal hold: New case. Nothing was disposed of.', [{ field: 'items[0].recordId', message: 'ACT-0001 is held' }]);
    post.flush(held.body, held.init);
    await settle();
    expect(summaryLinks(el())).toEqual([[null, 'ACT-0001 cannot be disposed of: Legal hold: New case. Nothing was disposed of.']]);
    submit(el());
    http.expectOne({ method: 'POST', url: '/api/retention/disposals' }).flush({ batchId: 'b1', items: [{}, {}] });
    await settle();
    expect(router.url).toBe('/admin/retention/disposals');
  });

  it('says when nothing is chosen on the confirmation page', async () => {
    const { el } = await openAdminPage('/admin/retention/due/confirm');
    expect(el().querySelector('[data-testid=nothing-chosen]')?.textContent).toContain('No records are chosen');
  });

  it('lists past disposals: what went, by which rule, who and when', async () => {
    const { http, el, settle } = await openAdminPage('/admin/retention/disposals');
    const d: DisposalResponse = {
      id: 'd1', batchId: 'b1', recordType: 'action', recordId: 'a1', reference: 'ACT-0001', outcome: 'deleted', ruleId: 'r-action', ruleName: 'Actions', ruleVersion: 2,
      periodMonths: 84, dueOn: '2017-05-01', disposedAt: '2026-11-01T10:00:00Z', disposedBy: 'u1', disposedByName: 'Ann Admin',
    };
    http.expectOne((r) => r.url === '/api/retention/disposals').flush({ ...page([d]), pageSize: 50 });
    await settle();
    expect(tableRows(el(), '[data-testid=past-disposals]')).toEqual([['ActionACT-0001', 'Deleted', 'Actions: kept 7 years, due 1 May 2017', '1 November 2026, 10am by Ann Admin']]);
  });
});
