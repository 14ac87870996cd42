import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PositionMatrixResponse } from '@send/contracts';
import { MatrixTable } from './matrix-table';

const matrix: PositionMatrixResponse = {
  proposals: [
    { id: 'pr-a', title: 'Inclusion bases' },
    { id: 'pr-b', title: 'Tribunal reform' },
  ],
  rows: [
    {
      organisation: { id: 'org-1', name: 'Autism Alliance', type: 'charity' },
      cells: [{ proposalId: 'pr-a', stance: 'support_with_conditions', statedOn: '2026-03-10', positionId: 'p1' }, null],
    },
    {
      organisation: { id: 'org-2', name: 'Parent Carers North', type: 'parent_carer_forum' },
      cells: [
        { proposalId: 'pr-a', stance: 'oppose', statedOn: '2025-10-02', positionId: 'p2' },
        { proposalId: 'pr-b', stance: 'unclear', statedOn: '2026-01-31', positionId: 'p3' },
      ],
    },
  ],
  page: 1,
  pageSize: 50,
  total: 2,
  totalIsLowerBound: false,
};

describe('MatrixTable', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(MatrixTable);
    fixture.componentRef.setInput('matrix', matrix);
    fixture.componentRef.setInput('caption', 'Current position, by organisation and proposal');
    fixture.componentRef.setInput('titleId', 'matrix-title');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('is a captioned table in a focusable, labelled scroll region', async () => {
    const el = await render();
    const region = el.querySelector('[role=region]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-labelledby')).toBe('matrix-title');
    expect(text(region?.querySelector('table caption'))).toBe('Current position, by organisation and proposal');
    expect([...el.querySelectorAll('thead th[scope=col]')].map(text)).toEqual(['Organisation', 'Inclusion bases', 'Tribunal reform']);
  });

  it('heads each row with the organisation, linked to its page', async () => {
    const el = await render();
    const heads = [...el.querySelectorAll('tbody th[scope=row] a')];
    expect(heads.map(text)).toEqual(['Autism Alliance', 'Parent Carers North']);
    expect(heads[0].getAttribute('href')).toBe('/organisations/org-1');
  });

  it('shows each stance in words as a coloured tag, with the date it was stated', async () => {
    const el = await render();
    const cells = [...el.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
    expect(cells).toEqual([
      ['Supports with conditions, stated 10 March 2026', 'No position'],
      ['Opposes, stated 2 October 2025', 'Unclear, stated 31 January 2026'],
    ]);
    const tags = [...el.querySelectorAll('td .govuk-tag')].map((tag) => [text(tag), tag.className]);
    expect(tags).toEqual([
      ['Supports with conditions', 'govuk-tag govuk-tag--teal'],
      ['Opposes', 'govuk-tag govuk-tag--red'],
      ['Unclear', 'govuk-tag govuk-tag--purple'],
    ]);
  });

  it('says "No position" in an empty cell as real text, and links every cell to its pair’s history', async () => {
    const el = await render();
    const empty = el.querySelector('tbody tr td:nth-of-type(2) a');
    expect(text(empty)).toBe('No position');
    expect(empty?.closest('[aria-hidden]')).toBeNull();
    expect(empty?.getAttribute('href')).toBe('/positions/history?organisationId=org-1&proposalId=pr-b');
    expect(el.querySelector('tbody tr td a')?.getAttribute('href')).toBe('/positions/history?organisationId=org-1&proposalId=pr-a');
  });
});
