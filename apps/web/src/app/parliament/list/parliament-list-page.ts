import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PARLIAMENTARY_KINDS } from '@send/contracts';
import { GovukInput, GovukPagination, GovukSelect, GovukTag, formatLondonDate, formatResultCount } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { SessionStore } from '../../core/session';
import { sameQuery, urlFilters } from '../../core/url-state';
import { KIND_LABELS, REGISTER_KEEPERS, RESPONSE_TAGS, flagsOf } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';
import { PARLIAMENT_VIEWS, readParliamentList, toParliamentFilters } from './parliament-views';

/** /parliament: committee reports, petitions and the department's own papers, the response soonest due first. */
@Component({
  selector: 'app-parliament-list-page',
  imports: [ReactiveFormsModule, RouterLink, GovukInput, GovukPagination, GovukSelect, GovukTag, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './parliament-list-page.html',
})
export class ParliamentListPage {
  private readonly api = inject(ParliamentApi);
  private readonly url = urlFilters();
  private readonly session = inject(SessionStore);
  protected readonly canAdd = computed(() => this.session.hasRole(...REGISTER_KEEPERS));

  protected readonly state = computed(() => readParliamentList((key) => this.url.get(key)));
  private readonly filters = computed(() => toParliamentFilters(this.state()), { equal: sameQuery });
  protected readonly items = rxResource({ params: () => this.filters(), stream: ({ params }) => this.api.list(params) });

  protected readonly views = computed(() => PARLIAMENT_VIEWS.map((v) => ({ ...v, current: v.key === this.state().view, query: { view: v.key === 'awaiting' ? null : v.key, page: null } })));
  protected readonly kindOptions = [{ value: '', text: 'All kinds' }, ...PARLIAMENTARY_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))];
  protected readonly form = new FormGroup({ kind: new FormControl<string | null>(''), q: new FormControl<string | null>('') });

  protected readonly rows = computed(() =>
    this.items.hasValue()
      ? this.items.value().items.map((p) => ({
          id: p.id,
          reference: p.reference,
          kind: KIND_LABELS[p.kind],
          title: p.title,
          source: p.source,
          detail: p.signatures !== null ? `${p.signatures.toLocaleString('en-GB')} signatures` : p.recommendationCount ? `${p.recommendationCount} recommendations recorded` : null,
          due: p.responseDue ? formatLondonDate(p.responseDue) : 'None owed',
          flags: flagsOf(p),
          response: RESPONSE_TAGS[p.responseStatus],
        }))
      : null,
  );
  protected readonly countText = computed(() => {
    if (!this.items.hasValue()) return '';
    const { total, totalIsLowerBound } = this.items.value();
    return `${formatResultCount(total, totalIsLowerBound)} ${total === 1 && !totalIsLowerBound ? 'item' : 'items'}`;
  });

  constructor() {
    const { kind, q } = this.state();
    this.form.setValue({ kind, q });
  }

  protected apply(): void {
    const { kind, q } = this.form.getRawValue();
    void this.url.update({ kind: kind || null, q: q?.trim() || null });
  }
}
