import type { ThemeResponse } from '@send/contracts';
import { toTracked, trackedColumns, type TrackedRow } from '../common/tracked';

export interface ThemeRow extends TrackedRow<string | null> {
  id: string;
  key: string;
  name: string;
  summary: string;
  position: number;
}

export const THEME_COLUMNS = `t.id, t.key, t.name, t.summary, t.position, ${trackedColumns('t')}`;

export function toThemeResponse(row: ThemeRow): ThemeResponse {
  return { id: row.id, key: row.key, name: row.name, summary: row.summary, position: row.position, ...toTracked(row) };
}
