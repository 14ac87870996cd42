import type { OrganisationListFilters } from '@send/contracts';
import { isOrganisationType, isRegion } from '../labels';

export const PAGE_SIZE = 25;

export type SortKey = 'name' | 'type' | 'updatedAt';
const SORT_KEYS: readonly SortKey[] = ['name', 'type', 'updatedAt'];
/** The first click on a column sorts the way people usually want it: names A to Z, most recently updated first. */
const FIRST_DIRECTION: Record<SortKey, 'ascending' | 'descending'> = { name: 'ascending', type: 'ascending', updatedAt: 'descending' };

export interface SortState {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** The list's query from the URL: unknown values are ignored rather than sent on, so a mangled link still works. */
export function listQueryFrom(get: (key: string) => string | null): OrganisationListFilters {
  const type = get('type');
  const region = get('region');
  const page = Number(get('page'));
  const sort = sortFrom(get('sort'));
  return {
    q: get('q')?.trim() || undefined,
    type: isOrganisationType(type) ? type : undefined,
    region: isRegion(region) ? region : undefined,
    tag: get('tag')?.trim() || undefined,
    includeArchived: get('includeArchived') === 'true' || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
    sort: sort.key === 'name' && sort.direction === 'ascending' ? undefined : `${sort.direction === 'descending' ? '-' : ''}${sort.key}`,
  };
}

export function sortFrom(value: string | null | undefined): SortState {
  const descending = value?.startsWith('-') ?? false;
  const key = (descending ? value?.slice(1) : value) as SortKey;
  return SORT_KEYS.includes(key) ? { key, direction: descending ? 'descending' : 'ascending' } : { key: 'name', direction: 'ascending' };
}

/** The `sort` URL value a column header links to: the other direction if it is the current sort, else its first. */
export function nextSort(current: SortState, key: SortKey): string | null {
  const direction = current.key === key ? (current.direction === 'ascending' ? 'descending' : 'ascending') : FIRST_DIRECTION[key];
  const value = `${direction === 'descending' ? '-' : ''}${key}`;
  return value === 'name' ? null : value;
}

export function hasFilters(query: OrganisationListFilters): boolean {
  return !!(query.q || query.type || query.region || query.tag || query.includeArchived);
}
