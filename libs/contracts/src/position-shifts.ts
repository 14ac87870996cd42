import type { Page } from './pagination';
import type { Phase } from './common';
import type { OrganisationType } from './organisations';
import type { PositionMatrixCell, Stance } from './positions';

/** The stance scale a move is measured along, most favourable first; `unclear` is off it. */
export const STANCE_SCALE = ['support', 'support_with_conditions', 'neutral', 'concerns', 'oppose'] as const satisfies readonly Stance[];

/** `GET /positions/phases?organisationId=[&proposalId=]`: one organisation's stance on each proposal, phase by phase. */
export interface StanceByPhaseFilters {
  organisationId: string;
  proposalId?: string;
}

export interface StanceByPhaseRow {
  proposal: { id: string; title: string };
  /** One per phase, in the order of `phases`: the latest statement the reader may see made in it, or null. */
  cells: (PositionMatrixCell | null)[];
}

export interface StanceByPhaseResponse {
  organisation: { id: string; name: string };
  /** Every phase in order, with its managed name. */
  phases: { key: Phase; name: string }[];
  /** Proposals the organisation has said something (visible) about, by title. */
  rows: StanceByPhaseRow[];
}

/** `GET /positions/moves`: stances that changed between the start and the end of a period. */
export interface PositionMoveFilters {
  /** YYYY-MM-DD, the first day of the period. Default: 90 days before `to`. */
  from?: string;
  /** YYYY-MM-DD, the last day of the period. Default: today in London. */
  to?: string;
  themeId?: string;
  proposalId?: string;
  organisationType?: OrganisationType;
  page?: number;
  /** At most 100; default 20. */
  pageSize?: number;
}

export interface PositionMove {
  organisation: { id: string; name: string; type: OrganisationType };
  proposal: { id: string; title: string };
  /** The pair's current statement the day before the period began. */
  before: PositionMatrixCell;
  /** Its current statement on the last day of the period. */
  after: PositionMatrixCell;
  /** Steps along `STANCE_SCALE`, positive towards support; null when either end is `unclear`. */
  steps: number | null;
}

/** Biggest moves first (by steps either way; unclear moves last), then the most recent. */
export interface PositionMovesResponse extends Page<PositionMove> {
  from: string;
  to: string;
}
