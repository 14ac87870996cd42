import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS, CLASSIFICATION_LABELS, ORGANISATION_TYPE_LABELS, STANCE_LABELS, type YouSaidWeDidFilters } from '@send/contracts';
import { GovukBackLink, GovukDetails, GovukSelect, GovukTag, formatLondonDate, type GovukSelectOption } from '@send/web-ui';
import { catchError, map, of, type Observable } from 'rxjs';
import { problemOf } from '../../core/problem';
import { urlFilters } from '../../core/url-state';
import { YouSaidApi } from './you-said-api';
import { ReportFailed } from '../shared/report-failed';
import { ACTION_STATUS_COLOURS, LINK_LABELS, PROPOSAL_STATUS_TEXT, STANCE_COLOURS, UUID } from './you-said-labels';

/** Options for a filter; a lookup that fails leaves its filter with only "All" rather than failing the page. */
function options(source: Observable<GovukSelectOption[]>, any: string) {
  return toSignal(source.pipe(map((items) => [{ value: '', text: any }, ...items]), catchError(() => of([{ value: '', text: any }]))), {
    initialValue: [{ value: '', text: any }],
  });
}

/** /reports/you-said-we-did: what organisations raised about each proposal, and what was done in answer. */
@Component({
  selector: 'app-you-said-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukDetails, GovukSelect, GovukTag, ReportFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './you-said-page.html',
  styles: `
    .app-filters { border: 1px solid #b1b4b6; padding: 15px 15px 0; margin-bottom: 30px; }
    .app-filters__fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); column-gap: 20px; }
    .app-filters__actions { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 20px; }
    .app-said, .app-did { margin: 0; padding: 0; list-style: none; }
    .app-said > li, .app-did > li { margin-bottom: 15px; }
    .app-said > li:last-child, .app-did > li:last-child { margin-bottom: 0; }
    .app-you-said__table th:first-child { width: 20%; }
  `,
})
export class YouSaidPage {
  private readonly api = inject(YouSaidApi);
  private readonly url = urlFilters();

  protected readonly labels = { stance: STANCE_LABELS, stanceColour: STANCE_COLOURS, status: ACTION_STATUS_LABELS, statusColour: ACTION_STATUS_COLOURS, kind: ACTION_KIND_LABELS, link: LINK_LABELS, type: ORGANISATION_TYPE_LABELS, proposal: PROPOSAL_STATUS_TEXT, classification: CLASSIFICATION_LABELS };
  protected readonly date = formatLondonDate;

  /** A hand-edited URL drops values the API would refuse rather than failing the page. */
  protected readonly filters = computed<YouSaidWeDidFilters>(() => {
    const id = (key: string) => (UUID.test(this.url.get(key) ?? '') ? (this.url.get(key) as string) : undefined);
    return { themeId: id('themeId'), proposalId: id('proposalId') };
  });
  protected readonly csvUrl = computed(() => this.api.csvUrl(this.filters()));

  protected readonly themes = options(this.api.themes().pipe(map((r) => r.items.map((t) => ({ value: t.id, text: t.name })))), 'All principles');
  protected readonly proposals = options(this.api.proposals().pipe(map((r) => r.items.map((p) => ({ value: p.id, text: p.title })))), 'All proposals');

  protected readonly form = new FormGroup({ themeId: new FormControl<string | null>(''), proposalId: new FormControl<string | null>('') });

  protected readonly report = rxResource({ params: () => this.filters(), stream: ({ params }) => this.api.report(params) });
  protected readonly problem = computed(() => (this.report.error() ? problemOf(this.report.error()).detail : null));

  protected readonly summary = computed(() => {
    const r = this.report.hasValue() ? this.report.value() : null;
    if (!r) return '';
    const pairs = r.entries === 1 ? '1 organisation’s points on a proposal' : `${r.entries.toLocaleString('en-GB')} organisations’ points on proposals`;
    return `${pairs}; ${r.answered.toLocaleString('en-GB')} with something done in answer.`;
  });

  constructor() {
    // The form follows the URL, so Back shows the filters of the view it returns to.
    effect(() => {
      const f = this.filters();
      untracked(() => this.form.setValue({ themeId: f.themeId ?? '', proposalId: f.proposalId ?? '' }));
    });
  }

  protected apply(): void {
    const { themeId, proposalId } = this.form.getRawValue();
    void this.url.update({ themeId: themeId || null, proposalId: proposalId || null });
  }
}
