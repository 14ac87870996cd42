import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { INFORMATION_REQUEST_TYPES } from '@send/contracts';
import { GovukInput, GovukPagination, GovukSelect, GovukTag, formatLondonDate, formatResultCount } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { SessionStore } from '../../core/session';
import { sameQuery, urlFilters } from '../../core/url-state';
import { REQUEST_HANDLERS, REQUEST_TYPE_LABELS, REQUEST_TYPE_SHORT, deadlineTag, statusTag } from '../request-labels';
import { RequestsApi } from '../requests-api';
import { REQUEST_VIEWS, readRequestList, toRequestFilters } from './request-views';

/** /requests: the register of FOI, EIR and subject access requests, soonest deadline first. */
@Component({
  selector: 'app-request-list-page',
  imports: [ReactiveFormsModule, RouterLink, GovukInput, GovukPagination, GovukSelect, GovukTag, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-list-page.html',
})
export class RequestListPage {
  private readonly api = inject(RequestsApi);
  private readonly url = urlFilters();
  private readonly session = inject(SessionStore);
  protected readonly canLog = computed(() => this.session.hasRole(...REQUEST_HANDLERS));

  protected readonly state = computed(() => readRequestList((key) => this.url.get(key)));
  private readonly filters = computed(() => toRequestFilters(this.state()), { equal: sameQuery });
  protected readonly requests = rxResource({ params: () => this.filters(), stream: ({ params }) => this.api.list(params) });

  protected readonly views = computed(() => REQUEST_VIEWS.map((v) => ({ ...v, current: v.key === this.state().view, query: { view: v.key === 'open' ? null : v.key, page: null } })));
  protected readonly typeOptions = [{ value: '', text: 'All types' }, ...INFORMATION_REQUEST_TYPES.map((t) => ({ value: t, text: REQUEST_TYPE_LABELS[t] }))];
  protected readonly form = new FormGroup({ type: new FormControl<string | null>(''), q: new FormControl<string | null>('') });

  protected readonly rows = computed(() =>
    this.requests.hasValue()
      ? this.requests.value().items.map((r) => ({
          id: r.id,
          reference: r.reference,
          type: REQUEST_TYPE_SHORT[r.type],
          typeName: REQUEST_TYPE_LABELS[r.type],
          summary: r.summary.length > 140 ? `${r.summary.slice(0, 139)}…` : r.summary,
          owner: r.ownerName ?? 'No owner',
          status: statusTag(r.status),
          deadline: r.deadline ? formatLondonDate(r.deadline) : 'None while stopped',
          flag: deadlineTag(r),
        }))
      : null,
  );
  protected readonly countText = computed(() => {
    if (!this.requests.hasValue()) return '';
    const { total, totalIsLowerBound } = this.requests.value();
    return `${formatResultCount(total, totalIsLowerBound)} ${total === 1 && !totalIsLowerBound ? 'request' : 'requests'}`;
  });

  constructor() {
    const { type, q } = this.state();
    this.form.setValue({ type, q });
  }

  protected apply(): void {
    const { type, q } = this.form.getRawValue();
    void this.url.update({ type: type || null, q: q?.trim() || null });
  }
}
