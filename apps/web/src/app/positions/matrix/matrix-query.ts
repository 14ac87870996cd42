import type { ParamMap, Params } from '@angular/router';
import { ORGANISATION_TYPES, PHASES, type OrganisationType, type Phase, type PositionMatrixFilters } from '@send/contracts';

export const MATRIX_PAGE_SIZE = 50;
export const NAME_MAX = 200;

/** The matrix filters as the URL holds them ('' for "any"). */
export interface MatrixFilterValues {
  themeId: string;
  groupId: string;
  organisationType: OrganisationType | '';
  phase: Phase | '';
  q: string;
  includeEmpty: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

/** A hand-edited or stale URL drops the values the API would refuse rather than failing the whole page. */
export function readMatrixFilters(params: ParamMap): MatrixFilterValues {
  const id = (key: string) => (UUID.test(params.get(key) ?? '') ? (params.get(key) as string) : '');
  return {
    themeId: id('themeId'),
    groupId: id('groupId'),
    organisationType: oneOf(params.get('organisationType'), ORGANISATION_TYPES),
    phase: oneOf(params.get('phase'), PHASES),
    q: (params.get('q') ?? '').trim().slice(0, NAME_MAX),
    includeEmpty: params.get('includeEmpty') === 'true',
  };
}

export function readPage(params: ParamMap): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

export function toMatrixRequest(values: MatrixFilterValues, page: number): PositionMatrixFilters {
  return {
    themeId: values.themeId || undefined,
    groupId: values.groupId || undefined,
    organisationType: values.organisationType || undefined,
    phase: values.phase || undefined,
    q: values.q || undefined,
    includeEmpty: values.includeEmpty || undefined,
    page,
    pageSize: MATRIX_PAGE_SIZE,
  };
}

/** For urlFilters().update(): empty values are removed from the URL. */
export function toQueryParams(values: MatrixFilterValues): Params {
  return { ...values, includeEmpty: values.includeEmpty ? 'true' : null };
}

export function anyFilter(values: MatrixFilterValues): boolean {
  return !!(values.themeId || values.groupId || values.organisationType || values.phase || values.q || values.includeEmpty);
}
