import type { Classification, Phase, Tracked } from './common';
import type { OrganisationType } from './organisations';

/** Ordered from most to least favourable; `sort=stance` follows this order. */
export const STANCES = ['support', 'support_with_conditions', 'neutral', 'concerns', 'oppose', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

/** What one organisation said about one proposal on one date. Positions are a history: a new statement is a new row. */
export interface PositionResponse extends Tracked {
  id: string;
  organisationId: string;
  organisationName: string;
  proposalId: string;
  proposalTitle: string;
  stance: Stance;
  summary: string;
  /** Verbatim words, where recorded. */
  quote: string | null;
  /** The meeting it was said at; null for a written statement. */
  meetingId: string | null;
  /** Null also when the meeting is hidden from the reader (a viewer and an OFFICIAL_SENSITIVE meeting). */
  meetingReference: string | null;
  /** YYYY-MM-DD. */
  statedOn: string;
  phase: Phase;
  classification: Classification;
}

export interface CreatePositionRequest {
  organisationId: string;
  proposalId: string;
  stance: Stance;
  summary: string;
  quote?: string | null;
  meetingId?: string | null;
  /** YYYY-MM-DD, not after today in London. */
  statedOn: string;
  /** Default: the phase in force on `statedOn`. */
  phase?: Phase;
  /** Default: the meeting's classification, else OFFICIAL. */
  classification?: Classification;
}

/** A correction of the recorded statement (If-Match required). Sending `statedOn` alone re-derives a derived phase. */
export type UpdatePositionRequest = Partial<CreatePositionRequest>;

/**
 * Filters for `GET /positions` (every statement) and `GET /positions/current` (the latest statement per organisation ×
 * proposal). For `current`, `phase`, `from` and `to` choose which statements count (the latest within them); the
 * others filter the current statements themselves.
 */
export interface PositionListFilters {
  organisationId?: string;
  proposalId?: string;
  meetingId?: string;
  themeId?: string;
  stance?: Stance[];
  phase?: Phase;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
  pageSize?: number;
  /** statedOn (default, newest first), stance, createdAt, organisationName, proposalTitle; `-` for descending. */
  sort?: string;
}

export interface PositionMatrixFilters {
  themeId?: string;
  groupId?: string;
  organisationType?: OrganisationType;
  /** The latest statement made within this phase, to compare phases. */
  phase?: Phase;
  /** Restrict the columns to these proposals. */
  proposalId?: string[];
  /** Organisation name. */
  q?: string;
  /** Also list organisations with nothing recorded on the columns shown. */
  includeEmpty?: boolean;
  page?: number;
  /** At most 100; default 50. */
  pageSize?: number;
}

export interface PositionMatrixCell {
  proposalId: string;
  stance: Stance;
  statedOn: string;
  positionId: string;
}

export interface PositionMatrixRow {
  organisation: { id: string; name: string; type: OrganisationType };
  /** One per column, in the order of `proposals`; null when nothing is recorded. */
  cells: (PositionMatrixCell | null)[];
}

export interface PositionMatrixResponse {
  proposals: { id: string; title: string }[];
  rows: PositionMatrixRow[];
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
}
