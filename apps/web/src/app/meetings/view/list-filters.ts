import type { ParamMap, Params } from '@angular/router';
import { MEETING_STATUSES, MEETING_TYPES, PHASES, REGIONS, type MeetingListFilters, type MeetingStatus, type MeetingType, type Phase, type Region } from '@send/contracts';
import { formatLondonDate, isRealIsoDate } from '@send/web-ui';
import { MEETING_STATUS_TAGS, MEETING_TYPE_LABELS, REGION_LABELS, phaseFallbackLabel } from './meeting-labels';

export const PAGE_SIZE = 25;
export const DEFAULT_SORT = '-startsAt';

/** Columns the API sorts by, and which way a first click sorts them (dates newest first). */
export const SORTABLE = { reference: 'asc', startsAt: 'desc', title: 'asc', status: 'asc' } as const;
export type SortField = keyof typeof SORTABLE;

/** The list's state as the URL holds it: filters, sort and page. */
export interface MeetingQuery {
  readonly filters: MeetingFilters;
  readonly sort: { readonly field: SortField; readonly descending: boolean };
  readonly page: number;
}

export interface MeetingFilters {
  readonly q: string;
  readonly status: readonly MeetingStatus[];
  readonly type: readonly MeetingType[];
  readonly groupId: string;
  readonly ministerId: string;
  readonly organisationId: string;
  readonly themeId: string;
  readonly region: Region | '';
  readonly phase: Phase | '';
  readonly from: string;
  readonly to: string;
  /** Ministerial Code: no official present and no note yet. */
  readonly needsOfficialNote: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/**
 * The URL as the list understands it. Anything a hand-edited or old link gets wrong (an unknown status, a broken
 * id or date) is dropped rather than sent, so a bad link still shows meetings instead of an error.
 */
export function parseMeetingQuery(params: ParamMap): MeetingQuery {
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return UUID.test(value) ? value : '';
  };
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return isRealIsoDate(value) ? value : '';
  };
  const known = <T extends string>(values: readonly T[], key: string) => params.getAll(key).filter((v): v is T => (values as readonly string[]).includes(v));
  const sortParam = params.get('sort') ?? DEFAULT_SORT;
  const descending = sortParam.startsWith('-');
  const field = sortParam.replace(/^-/, '');
  const page = Number(params.get('page'));
  return {
    filters: {
      q: (params.get('q') ?? '').trim().slice(0, 200),
      status: known(MEETING_STATUSES, 'status'),
      type: known(MEETING_TYPES, 'type'),
      groupId: id('groupId'),
      ministerId: id('ministerId'),
      organisationId: id('organisationId'),
      themeId: id('themeId'),
      region: oneOf(REGIONS, params.get('region')),
      phase: oneOf(PHASES, params.get('phase')),
      from: date('from'),
      to: date('to'),
      needsOfficialNote: params.getAll('needsOfficialNote').includes('true'),
    },
    sort: field in SORTABLE ? { field: field as SortField, descending } : { field: 'startsAt', descending: true },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function sortParam(sort: MeetingQuery['sort']): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

/** What the API is asked for; empty filters are left out by toHttpParams. */
export function toListRequest(query: MeetingQuery): MeetingListFilters & { page: number; pageSize: number; sort: string } {
  const f = query.filters;
  return {
    q: f.q,
    status: [...f.status],
    type: [...f.type],
    groupId: f.groupId,
    ministerId: f.ministerId,
    organisationId: f.organisationId,
    themeId: f.themeId,
    region: f.region || undefined,
    phase: f.phase || undefined,
    from: f.from,
    to: f.to,
    needsOfficialNote: f.needsOfficialNote || undefined,
    page: query.page,
    pageSize: PAGE_SIZE,
    sort: sortParam(query.sort),
  };
}

/** The URL change a sortable column's link makes: the same column flips direction, another starts its natural way. */
export function sortLinkParams(current: MeetingQuery['sort'], field: SortField): Params {
  const descending = current.field === field ? !current.descending : SORTABLE[field] === 'desc';
  const value = sortParam({ field, descending });
  return { sort: value === DEFAULT_SORT ? null : value, page: null };
}

/** Names for ids in the URL, as far as the lookups have loaded. */
export interface FilterNames {
  readonly groups: ReadonlyMap<string, string>;
  readonly ministers: ReadonlyMap<string, string>;
  readonly themes: ReadonlyMap<string, string>;
  readonly phases: ReadonlyMap<string, string>;
  readonly organisation: { readonly id: string; readonly name: string } | null;
}

export interface SelectedFilterCategory {
  readonly heading: string;
  readonly items: readonly { readonly text: string; readonly queryParams: Params }[];
}

/** MOJ "Selected filters": one removable tag per value, each a link to the same list without it. */
export function selectedFilters(filters: MeetingFilters, names: FilterNames): SelectedFilterCategory[] {
  const categories: SelectedFilterCategory[] = [];
  const single = (heading: string, key: keyof MeetingFilters, text: string) => {
    if (filters[key]) categories.push({ heading, items: [{ text, queryParams: { [key]: null, page: null } }] });
  };
  const many = <T extends string>(heading: string, key: 'status' | 'type', values: readonly T[], label: (value: T) => string) => {
    if (!values.length) return;
    const items = values.map((value) => ({ text: label(value), queryParams: { [key]: values.filter((v) => v !== value), page: null } }));
    categories.push({ heading, items });
  };
  single('Keywords', 'q', `“${filters.q}”`);
  many('Status', 'status', filters.status, (s) => MEETING_STATUS_TAGS[s].text);
  many('Type', 'type', filters.type, (t) => MEETING_TYPE_LABELS[t]);
  single('Group', 'groupId', names.groups.get(filters.groupId) ?? 'Selected group');
  single('Minister', 'ministerId', names.ministers.get(filters.ministerId) ?? 'Selected minister');
  const organisation = names.organisation?.id === filters.organisationId ? names.organisation.name : 'Selected organisation';
  single('Organisation', 'organisationId', organisation);
  single('Theme', 'themeId', names.themes.get(filters.themeId) ?? 'Selected theme');
  single('Region', 'region', filters.region ? REGION_LABELS[filters.region] : '');
  single('Phase', 'phase', filters.phase ? (names.phases.get(filters.phase) ?? phaseFallbackLabel(filters.phase)) : '');
  single('From', 'from', filters.from ? formatLondonDate(filters.from) : '');
  single('To', 'to', filters.to ? formatLondonDate(filters.to) : '');
  single('Ministerial Code', 'needsOfficialNote', 'No official present, no note yet');
  return categories;
}
