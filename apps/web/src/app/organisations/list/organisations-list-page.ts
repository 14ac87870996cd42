import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { OrganisationResponse } from '@send/contracts';
import { GovukCheckboxes, GovukInput, GovukPagination, GovukSelect, GovukTag, formatLondonDate, formatResultCount } from '@send/web-ui';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import { ExportDownload } from '../../core/export-download';
import { toHttpParams, urlFilters, type QueryValue } from '../../core/url-state';
import { ORGANISATION_TYPE_LABELS, REGION_LABELS, REGION_OPTIONS, TYPE_OPTIONS, labelOf } from '../labels';
import { OrganisationsApi } from '../organisations-api';
import { LastListUrl } from './last-list-url';
import { PAGE_SIZE, hasFilters, listQueryFrom, nextSort, sortFrom, type SortKey } from './organisation-list-query';

const SORT_NAMES: Record<SortKey, string> = { name: 'name', type: 'type', updatedAt: 'last updated' };

interface Row {
  readonly id: string;
  readonly name: string;
  readonly archived: boolean;
  readonly type: string;
  readonly regions: string;
  readonly tags: string;
  readonly updated: string;
}

@Component({
  selector: 'app-organisations-list-page',
  imports: [RouterLink, ReactiveFormsModule, ExportDownload, GovukInput, GovukSelect, GovukCheckboxes, GovukPagination, GovukTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisations-list-page.html',
})
export class OrganisationsListPage {
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly filters = urlFilters();

  protected readonly canEdit = computed(() => this.session.hasRole('admin', 'recorder'));
  protected readonly query = computed(() => {
    this.filters.params();
    return listQueryFrom((key) => this.filters.get(key));
  });
  protected readonly filtered = computed(() => hasFilters(this.query()));
  protected readonly sort = computed(() => sortFrom(this.query().sort));
  protected readonly pageSize = PAGE_SIZE;
  protected readonly exportParams = computed(() => toHttpParams(this.query() as unknown as Record<string, QueryValue>));

  protected readonly typeOptions = [{ value: '', text: 'All types' }, ...TYPE_OPTIONS];
  protected readonly regionOptions = [{ value: '', text: 'All regions' }, ...REGION_OPTIONS];
  protected readonly archivedOptions = [{ value: 'true', text: 'Include archived organisations' }];
  protected readonly form = new FormGroup({
    q: new FormControl<string | null>(''),
    type: new FormControl<string | null>(''),
    region: new FormControl<string | null>(''),
    tag: new FormControl<string | null>(''),
    includeArchived: new FormControl<string[] | null>([]),
  });

  protected readonly result = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.list(params) });
  protected readonly page = computed(() => (this.result.hasValue() ? this.result.value() : null));
  protected readonly rows = computed(() => this.page()?.items.map(toRow) ?? []);
  protected readonly countText = computed(() => {
    const page = this.page();
    if (!page) return '';
    const noun = page.total === 1 && !page.totalIsLowerBound ? 'organisation' : 'organisations';
    return `${formatResultCount(page.total, page.totalIsLowerBound)} ${noun}`;
  });
  protected readonly status = computed(() => (this.result.isLoading() ? 'Loading organisations' : this.errorText() ? 'The organisations could not be loaded' : `${this.countText()} found`));
  protected readonly caption = computed(() => {
    const { key, direction } = this.sort();
    return `Organisations, sorted by ${SORT_NAMES[key]}, ${direction}`;
  });
  /** Clearing the filters keeps the chosen sort. */
  protected readonly clearParams = computed(() => (this.query().sort ? { sort: this.query().sort } : {}));
  protected readonly errorText = computed(() => {
    const error = this.result.error();
    return error ? problemOf(error).detail : null;
  });

  constructor() {
    const router = inject(Router);
    const lastList = inject(LastListUrl);
    effect(() => {
      this.filters.params();
      lastList.url.set(router.url);
    });
    // The form shows what the URL says, including after Back and Forward.
    effect(() => {
      const query = this.query();
      this.form.setValue({
        q: query.q ?? '',
        type: query.type ?? '',
        region: query.region ?? '',
        tag: query.tag ?? '',
        includeArchived: query.includeArchived ? ['true'] : [],
      });
    });
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    void this.filters.update({
      q: value.q?.trim() || null,
      type: value.type || null,
      region: value.region || null,
      tag: value.tag?.trim() || null,
      includeArchived: value.includeArchived?.includes('true') ? 'true' : null,
    });
  }

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort.key === key ? sort.direction : 'none';
  }

  /** A visible cue to the sorted column; screen readers get aria-sort instead. */
  protected arrow(key: SortKey): string {
    const sort = this.sort();
    return sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
  }

  protected sortParams(key: SortKey): { sort: string | null; page: null } {
    return { sort: nextSort(this.sort(), key), page: null };
  }

  protected reload(): void {
    this.result.reload();
  }
}

function toRow(organisation: OrganisationResponse): Row {
  return {
    id: organisation.id,
    name: organisation.name,
    archived: organisation.archivedAt !== null,
    type: labelOf(ORGANISATION_TYPE_LABELS, organisation.type),
    regions: organisation.regions.map((region) => labelOf(REGION_LABELS, region)).join(', '),
    tags: organisation.tags.join(', '),
    updated: formatLondonDate(organisation.updatedAt),
  };
}
