import { ExportDownload } from '../../core/export-download';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MEETING_STATUSES, MEETING_TYPES, REGIONS, type MeetingSummary } from '@send/contracts';
import {
  GovukCheckboxes,
  GovukDateInput,
  GovukErrorSummary,
  GovukInput,
  GovukNotificationBanner,
  GovukPagination,
  GovukSelect,
  GovukTag,
  INVALID_DATE,
  formatLondonDateTime,
  formatResultCount,
  type ErrorSummaryItem,
} from '@send/web-ui';
import { catchError, map, of, type Observable } from 'rxjs';
import { FilterPanelPreference, FilterToggle } from '../../core/filter-toggle';
import { SessionStore } from '../../core/session';
import { urlFilters, toHttpParams, type QueryValue } from '../../core/url-state';
import { MeetingsApi } from '../meetings-api';
import { DEFAULT_SORT, PAGE_SIZE, SORTABLE, parseMeetingQuery, selectedFilters, sortLinkParams, sortParam, toListRequest, type SortField } from './list-filters';
import { MEETING_STATUS_TAGS, MEETING_TYPE_LABELS, REGION_LABELS } from './meeting-labels';
import { MeetingViewApi } from './meeting-view-api';
import { OrganisationPicker } from './organisation-picker';

const PAGE_TITLE = 'Meetings – SEND engagement tracker';

/** What a sortable header's link will do, [ascending, descending], read out after the column name. */
const SORT_HINTS: Record<SortField, readonly [string, string]> = {
  reference: ['sort lowest reference first', 'sort highest reference first'],
  startsAt: ['sort oldest first', 'sort newest first'],
  title: ['sort A to Z', 'sort Z to A'],
  status: ['sort draft first', 'sort agreed first'],
};

/** A lookup for a filter; if it cannot load, its filter offers "Any" only rather than breaking the page. */
function lookup<T>(source: Observable<T[]>) {
  return toSignal(source.pipe(catchError(() => of([] as T[]))), { initialValue: [] as T[] });
}

@Component({
  selector: 'app-meetings-list-page',
  imports: [ReactiveFormsModule, RouterLink, ExportDownload, GovukCheckboxes, GovukDateInput, GovukErrorSummary, GovukInput, GovukNotificationBanner, GovukPagination, GovukSelect, GovukTag, OrganisationPicker, FilterToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meetings-list-page.html',
  styleUrl: './meetings-list-page.css',
})
export class MeetingsListPage {
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly viewApi = inject(MeetingViewApi);
  private readonly title = inject(Title);
  private readonly url = urlFilters();
  protected readonly session = inject(SessionStore);
  protected readonly filterPanel = inject(FilterPanelPreference);

  protected readonly query = computed(() => parseMeetingQuery(this.url.params()));
  protected readonly results = rxResource({ params: () => this.query(), stream: ({ params }) => this.meetingsApi.list(toListRequest(params)) });
  protected readonly pageSize = PAGE_SIZE;
  protected readonly exportParams = computed(() => toHttpParams(toListRequest(this.query()) as unknown as Record<string, QueryValue>));

  private readonly groups = lookup(this.viewApi.groups().pipe(map((p) => p.items)));
  private readonly ministers = lookup(this.viewApi.ministers().pipe(map((r) => r.items)));
  private readonly themes = lookup(this.viewApi.themes().pipe(map((r) => r.items)));
  private readonly phases = lookup(this.meetingsApi.phases().pipe(map((r) => r.items)));
  /** The name of the organisation the URL filters by (idle when there is none). */
  private readonly organisation = rxResource({
    params: () => this.query().filters.organisationId || undefined,
    stream: ({ params }) => this.viewApi.organisation(params).pipe(map((o) => ({ id: o.id, name: o.name }))),
  });
  protected readonly selectedOrganisation = computed(() => (this.organisation.hasValue() ? this.organisation.value() : null));

  protected readonly statusOptions = MEETING_STATUSES.map((value) => ({ value, text: MEETING_STATUS_TAGS[value].text }));
  protected readonly typeOptions = MEETING_TYPES.map((value) => ({ value, text: MEETING_TYPE_LABELS[value] }));
  protected readonly codeOptions = [{ value: 'true', text: 'No official present, no note yet', hint: 'A minister’s meeting the Ministerial Code needs a note of' }];
  protected readonly regionOptions = [{ value: '', text: 'Any region' }, ...REGIONS.map((value) => ({ value, text: REGION_LABELS[value] }))];
  protected readonly groupOptions = computed(() => [{ value: '', text: 'Any group' }, ...this.groups().map((g) => ({ value: g.id, text: g.name }))]);
  protected readonly ministerOptions = computed(() => [
    { value: '', text: 'Any minister' },
    ...this.ministers().map((m) => ({ value: m.id, text: m.active ? m.name : `${m.name} (former minister)` })),
  ]);
  protected readonly themeOptions = computed(() => [{ value: '', text: 'Any theme' }, ...this.themes().map((t) => ({ value: t.id, text: t.name }))]);
  protected readonly phaseOptions = computed(() => [{ value: '', text: 'Any phase' }, ...this.phases().map((p) => ({ value: p.key, text: p.name }))]);

  protected readonly selected = computed(() =>
    selectedFilters(this.query().filters, {
      groups: new Map(this.groups().map((g) => [g.id, g.name])),
      ministers: new Map(this.ministers().map((m) => [m.id, m.name])),
      themes: new Map(this.themes().map((t) => [t.id, t.name])),
      phases: new Map(this.phases().map((p) => [p.key, p.name])),
      organisation: this.selectedOrganisation(),
    }),
  );
  /** "Clear filters" keeps the chosen sort. */
  protected readonly clearParams = computed(() => {
    const sort = sortParam(this.query().sort);
    return sort === DEFAULT_SORT ? {} : { sort };
  });

  protected readonly sortHeaders = computed(() => {
    const sort = this.query().sort;
    const header = (field: SortField) => {
      const active = sort.field === field;
      const nextDescending = active ? !sort.descending : SORTABLE[field] === 'desc';
      return {
        ariaSort: active ? (sort.descending ? 'descending' : 'ascending') : 'none',
        queryParams: sortLinkParams(sort, field),
        hint: SORT_HINTS[field][nextDescending ? 1 : 0],
        arrow: active ? (sort.descending ? '▼' : '▲') : '',
      };
    };
    return { reference: header('reference'), startsAt: header('startsAt'), title: header('title'), status: header('status') };
  });

  /** Read out when results change, so a screen reader user hears the outcome of applying filters. */
  protected readonly resultsStatus = computed(() => {
    if (this.results.error()) return '';
    if (!this.results.hasValue()) return 'Loading meetings…';
    const { total, totalIsLowerBound } = this.results.value();
    if (total === 0 && !totalIsLowerBound) return 'No meetings found';
    return `${formatResultCount(total, totalIsLowerBound)} ${total === 1 && !totalIsLowerBound ? 'meeting' : 'meetings'} found`;
  });

  protected readonly form = new FormGroup({
    q: new FormControl<string | null>(''),
    status: new FormControl<string[] | null>([]),
    type: new FormControl<string[] | null>([]),
    groupId: new FormControl<string | null>(''),
    ministerId: new FormControl<string | null>(''),
    organisationId: new FormControl<string | null>(''),
    themeId: new FormControl<string | null>(''),
    region: new FormControl<string | null>(''),
    phase: new FormControl<string | null>(''),
    from: new FormControl<string | null>(null),
    to: new FormControl<string | null>(null),
    needsOfficialNote: new FormControl<string[] | null>([]),
  });
  protected readonly errors = signal<ErrorSummaryItem[]>([]);

  constructor() {
    // The form shows what the URL says, including after Back or removing a filter tag.
    effect(() => {
      const f = this.query().filters;
      untracked(() => {
        this.form.reset({ ...f, status: [...f.status], type: [...f.type], from: f.from || null, to: f.to || null, needsOfficialNote: f.needsOfficialNote ? ['true'] : [] });
        this.errors.set([]);
      });
    });
    effect(() => this.title.setTitle(this.errors().length ? `Error: ${PAGE_TITLE}` : PAGE_TITLE));
  }

  protected errorFor(field: string): string | null {
    return this.errors().find((e) => e.href?.startsWith(`#${field}`))?.text ?? null;
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    const problems: ErrorSummaryItem[] = [];
    if (value.from === INVALID_DATE) problems.push({ text: 'The from date must be a real date, like 27 3 2026', href: '#from-day' });
    if (value.to === INVALID_DATE) problems.push({ text: 'The to date must be a real date, like 27 3 2026', href: '#to-day' });
    else if (value.from && value.to && value.from !== INVALID_DATE && value.to < value.from) {
      problems.push({ text: 'The to date must be the same as or after the from date', href: '#to-day' });
    }
    this.errors.set(problems);
    if (problems.length) return;
    void this.url.update({ ...value, q: value.q?.trim() ?? '' });
  }

  protected retry(): void {
    this.results.reload();
  }

  protected dateOf(meeting: MeetingSummary): string {
    return formatLondonDateTime(meeting.startsAt);
  }

  protected readonly statusTags = MEETING_STATUS_TAGS;
  protected readonly typeLabels = MEETING_TYPE_LABELS;
}
