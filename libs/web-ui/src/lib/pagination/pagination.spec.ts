import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { govukFixture } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukPagination } from './pagination';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ListPage {}

const routes = [{ path: 'meetings', component: ListPage }];

/** Where a link to `page` should go from the current URL, built with the router as RouterLink does. */
function hrefFor(page: number): string {
  const router = TestBed.inject(Router);
  return router.serializeUrl(router.createUrlTree([], { queryParams: { page: page === 1 ? null : page }, queryParamsHandling: 'merge' }));
}

/**
 * The fixtures link to made-up paths (/page/3, /previous, /next); this component links to the current route
 * with ?page=N. Only the hrefs are rewritten before comparing.
 */
function withQueryParamHrefs(html: string, current: number): string {
  return html
    .replace(/href="\/page\/(\d+)"/g, (_, page: string) => `href="${hrefFor(Number(page))}"`)
    .replace('href="/previous"', `href="${hrefFor(current - 1)}"`)
    .replace('href="/next"', `href="${hrefFor(current + 1)}"`);
}

describe('GovukPagination', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter(routes)] });
    await TestBed.inject(Router).navigateByUrl('/meetings?status=open&sort=-date');
  });

  // Not compared: the prev/next-only "block" fixtures (for sequences of content pages, not lists) and custom
  // link text, labels and landmark variants the dashboard does not use.
  it.each([
    ['default', { page: 2, total: 30, adjacentPages: 1 }],
    ['with many pages', { page: 10, total: 400, adjacentPages: 2 }],
    ['first page', { page: 1, total: 30, adjacentPages: 1 }],
    ['last page', { page: 3, total: 30, adjacentPages: 1 }],
  ])('matches the govuk-frontend "%s" fixture', async (name, inputs) => {
    const fixture = await render(GovukPagination, { ...inputs, pageSize: 10 });
    expectMarkupToMatchFixture(withQueryParamHrefs(govukFixture('pagination', name).html, inputs.page), fixture.nativeElement);
  });

  it('keeps the other query parameters in every link and drops ?page for page 1', async () => {
    const fixture = await render(GovukPagination, { page: 2, pageSize: 10, total: 30 });
    const hrefs = Array.from<HTMLAnchorElement>(fixture.nativeElement.querySelectorAll('a')).map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/meetings?status=open&sort=-date',
      '/meetings?status=open&sort=-date',
      '/meetings?status=open&sort=-date&page=2',
      '/meetings?status=open&sort=-date&page=3',
      '/meetings?status=open&sort=-date&page=3',
    ]);
  });

  it('builds links with the page’s own query parameters when given them', async () => {
    const fixture = await render(GovukPagination, { page: 1, pageSize: 10, total: 30, queryParamsFor: (page: number) => ({ p: page }) });
    expect(fixture.nativeElement.querySelector('[aria-label="Page 3"]').getAttribute('href')).toBe('/meetings?status=open&sort=-date&p=3');
  });

  it('says "more than" and gives no last page for a lower-bound total', async () => {
    const fixture = await render(GovukPagination, { page: 1, pageSize: 25, total: 10_000, totalIsLowerBound: true, showResults: true });
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('p')?.textContent).toBe('Showing 1 to 25 of more than 10,000 results');
    const items = Array.from(element.querySelectorAll('.govuk-pagination__item')).map((item) => item.textContent?.trim());
    expect(items).toEqual(['1', '2', '⋯']);
    expect(element.querySelector('.govuk-pagination__next')).not.toBeNull();
  });

  it('renders nothing for a single page', async () => {
    const fixture = await render(GovukPagination, { page: 1, pageSize: 25, total: 7 });
    expect(fixture.nativeElement.querySelector('nav')).toBeNull();
  });

  it('navigates on a click and reports the page to listeners', async () => {
    const fixture = await render(GovukPagination, { page: 1, pageSize: 10, total: 30 });
    const pages: number[] = [];
    fixture.componentInstance.pageChange.subscribe((page) => pages.push(page));

    (fixture.nativeElement.querySelector('[aria-label="Page 3"]') as HTMLAnchorElement).click();
    await fixture.whenStable();
    expect(pages).toEqual([3]);
    expect(TestBed.inject(Router).url).toBe('/meetings?status=open&sort=-date&page=3');

    const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    fixture.nativeElement.querySelector('[rel="next"]').dispatchEvent(newTab);
    expect(pages).toEqual([3]);
  });
});
