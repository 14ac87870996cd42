import type { ProposalResponse, ProposalStatus, ThemeRef } from '@send/contracts';
import { toTracked, trackedColumns, type TrackedRow } from '../common/tracked';
import { themeRefsSql } from '../themes/theme-refs';

export interface ProposalRow extends TrackedRow {
  id: string;
  title: string;
  summary: string;
  theme_ids: string[];
  themes: ThemeRef[];
  status: ProposalStatus;
}

export const PROPOSAL_COLUMNS = `p.id, p.title, p.summary, p.theme_ids, ${themeRefsSql('p.theme_ids')} AS themes, p.status, ${trackedColumns('p')}`;

export function toProposalResponse(row: ProposalRow): ProposalResponse {
  return { id: row.id, title: row.title, summary: row.summary, themeIds: row.theme_ids, themes: row.themes, status: row.status, ...toTracked(row) };
}
