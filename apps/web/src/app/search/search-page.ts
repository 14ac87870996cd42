import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { SEARCH_RESULTS_MAX, SEARCH_TYPES, type FieldError, type SearchHit, type SearchResponse, type SearchType } from '@send/contracts';
import { GovukErrorSummary, GovukInput, GovukPagination, GovukTag, formatLondonDate, formatLondonDateTime } from '@send/web-ui';
import { problemOf } from '../core/problem';
import { urlFilters } from '../core/url-state';
import { SearchApi } from './search-api';
import { LAST_PAGE, TYPE_LABELS, TYPE_PLURALS, formatCount, readSearch, toSearchRequest, validateQuery } from './search-query';
import { SearchSnippet } from './search-snippet';

const DATE_WORDS: Record<SearchType, string> = { organisation: 'Updated', meeting: 'Held', position: 'Stated', action: 'Raised' };

/** /search?q=&type=&page=: one box over organisations, meetings, positions and actions, with a tab per type. */
@Component({
  selector: 'app-search-page',
  imports: [ReactiveFormsModule, RouterLink, GovukErrorSummary, GovukInput, GovukPagination, GovukTag, SearchSnippet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styles: `
    .app-search-form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0 10px; }
    .app-search-form__field { flex: 1 1 20rem; }
    .app-search-result { border-bottom: 1px solid #b1b4b6; padding-bottom: 15px; margin-bottom: 20px; }
  `,
})
export class SearchPage {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly url = urlFilters();
  private readonly summary = viewChild(GovukErrorSummary);

  protected readonly form = new FormGroup({ q: new FormControl<string | null>('') });
  protected readonly state = computed(() => readSearch(this.url.params()));
  /** A submit with nothing to search for is refused here, without changing the URL (the last results stay linked). */
  private readonly submitErrors = signal<FieldError[]>([]);
  protected readonly search = rxResource({ params: () => toSearchRequest(this.state()), stream: ({ params }) => this.api.search(params) });

  protected readonly errors = computed<FieldError[]>(() => {
    if (this.submitErrors().length) return this.submitErrors();
    const q = this.state().q;
    if (q !== null && validateQuery(q).length) return validateQuery(q);
    const error = this.search.error();
    const problem = error ? problemOf(error) : null;
    // Only a problem with the words (a search too broad to finish) belongs against the box; others are shown below.
    return problem?.errors?.some((e) => e.field === 'q') ? [{ field: 'q', message: problem.detail }] : [];
  });
  protected readonly summaryItems = computed(() => this.errors().map((e) => ({ text: e.message, href: '#q' })));
  protected readonly failure = computed(() => {
    const error = this.search.error();
    return error && !this.errors().length ? problemOf(error).detail : null;
  });

  protected readonly response = computed<SearchResponse | null>(() => (this.search.hasValue() && !this.errors().length ? this.search.value() : null));
  protected readonly tabs = computed(() => {
    const r = this.response();
    // With nothing found anywhere, tabs of noughts would only be noise.
    if (!r || !SEARCH_TYPES.some((t) => r.counts[t])) return [];
    const all = { type: null, text: 'All', count: formatCount(SEARCH_TYPES.reduce((n, t) => n + r.counts[t], 0), SEARCH_TYPES.some((t) => r.countIsLowerBound[t])) };
    return [all, ...SEARCH_TYPES.map((t) => ({ type: t, text: TYPE_PLURALS[t], count: formatCount(r.counts[t], r.countIsLowerBound[t]) }))].map((tab) => ({
      ...tab,
      current: tab.type === this.state().type,
      query: { type: tab.type, page: null },
    }));
  });
  protected readonly hits = computed(() => (this.response()?.items ?? []).map((hit) => this.view(hit)));
  protected readonly statusText = computed(() => {
    const { q, type } = this.state();
    if (this.search.isLoading()) return 'Searching…';
    const r = this.response();
    if (!r || q === null) return '';
    const scope = type ? ` in ${TYPE_PLURALS[type].toLowerCase()}` : '';
    if (!r.total) return `No results for “${q}”${scope}`;
    return `${formatCount(r.total, r.totalIsLowerBound)} ${r.total === 1 && !r.totalIsLowerBound ? 'result' : 'results'} for “${q}”${scope}`;
  });
  /** Pages stop where the API stops serving results, so there is never a link to a page it would refuse. */
  protected readonly pages = computed(() => {
    const r = this.response();
    if (!r) return null;
    const total = Math.min(r.total, SEARCH_RESULTS_MAX);
    const capped = (r.totalIsLowerBound || r.total > SEARCH_RESULTS_MAX) && r.page >= Math.min(LAST_PAGE, Math.ceil(total / r.pageSize));
    const note = `Only the first ${total.toLocaleString('en-GB')} results can be shown. For common words they come from the most recent records: add words to narrow the search.`;
    return { total, note: capped ? note : null };
  });

  constructor() {
    effect(() => {
      const q = this.state().q ?? '';
      untracked(() => this.form.controls.q.setValue(q));
    });
  }

  protected submit(): void {
    const q = (this.form.controls.q.value ?? '').trim();
    const problems = validateQuery(q);
    const showing = this.errors().length > 0;
    this.submitErrors.set(problems);
    if (problems.length) {
      if (showing) this.summary()?.focus();
      return;
    }
    void this.url.update({ q });
  }

  private view(hit: SearchHit) {
    const when = hit.type === 'meeting' ? formatLondonDateTime(hit.date) : formatLondonDate(hit.date);
    const link: UrlTree | null = hit.link.startsWith('/') && !hit.link.startsWith('//') ? this.router.parseUrl(hit.link) : null;
    return {
      key: `${hit.type}:${hit.id}`,
      type: TYPE_LABELS[hit.type],
      title: hit.title,
      link,
      snippet: hit.snippet,
      date: hit.date ? `${DATE_WORDS[hit.type]} ${when}` : '',
      sensitive: hit.classification === 'OFFICIAL_SENSITIVE',
    };
  }
}
