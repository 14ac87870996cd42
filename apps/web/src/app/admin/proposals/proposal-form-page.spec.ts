import type { ProposalResponse, ThemeListResponse } from '@send/contracts';
import { choose, openAdminPage, problem, submit, summaryLinks, tableRows, typeInto } from '../shared/page-test';

const themes = {
  items: [
    { id: 't1', name: 'Early intervention' },
    { id: 't2', name: 'Inclusive mainstream' },
  ],
} as ThemeListResponse;

const proposal: ProposalResponse = {
  id: 'p1',
  title: 'Local inclusion plans',
  summary: '',
  themeIds: ['t2'],
  themes: [{ id: 't2', name: 'Inclusive mainstream' }],
  status: 'under_discussion',
  version: 1,
  createdAt: '',
  updatedAt: '',
  createdBy: 'u1',
  updatedBy: 'u1',
};

describe('ProposalFormPage', () => {
  it('adds a proposal with its themes and status', async () => {
    const { el, http, settle, router } = await openAdminPage('/admin/proposals/new');
    http.expectOne('/api/themes').flush(themes);
    await settle();
    expect(el().querySelector('h1')?.textContent).toBe('Add a proposal');
    typeInto(el(), 'title', 'Local inclusion plans');
    choose(el(), 'themeIds');
    choose(el(), 'status-3');
    submit(el());
    const post = http.expectOne({ method: 'POST', url: '/api/proposals' });
    expect(post.request.body).toEqual({ title: 'Local inclusion plans', summary: '', themeIds: ['t1'], status: 'in_consultation' });
    post.flush(proposal);
    await settle();
    expect(router.url).toBe('/admin/proposals');
  });

  it('needs a title, and shows a duplicate title on the field', async () => {
    const { el, http, settle } = await openAdminPage('/admin/proposals/p1');
    http.expectOne('/api/themes').flush(themes);
    http.expectOne('/api/proposals/p1').flush(proposal);
    await settle();
    expect(el().querySelector<HTMLInputElement>('#themeIds-2')?.checked).toBe(true);
    typeInto(el(), 'title', '');
    submit(el());
    await settle();
    expect(summaryLinks(el())).toEqual([['#title', 'Enter the title of the proposal']]);

    typeInto(el(), 'title', 'Statutory guidance');
    submit(el());
    const taken = problem(409, 'A proposal with this title already exists.', [{ field: 'title', message: 'A proposal with this title already exists.' }]);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/proposals/p1' });
    expect(patch.request.headers.get('If-Match')).toBe('"1"');
    patch.flush(taken.body, taken.init);
    await settle();
    expect(summaryLinks(el())).toEqual([['#title', 'A proposal with this title already exists.']]);
  });

  it('names themes and statuses in a conflict, not their ids', async () => {
    const { el, http, settle } = await openAdminPage('/admin/proposals/p1');
    http.expectOne('/api/themes').flush(themes);
    http.expectOne('/api/proposals/p1').flush(proposal);
    await settle();
    choose(el(), 'themeIds');
    submit(el());
    const stale = problem(412, 'Changed.');
    http.expectOne({ method: 'PATCH' }).flush(stale.body, stale.init);
    await settle();
    http.expectOne('/api/proposals/p1').flush({ ...proposal, status: 'dropped', version: 2 });
    await settle();
    expect(tableRows(el(), '[data-testid=conflict-notice]')).toEqual([
      ['Themes', 'Early intervention, Inclusive mainstream', 'Inclusive mainstream'],
      ['Status', 'Under discussion', 'Dropped'],
    ]);
  });
});
