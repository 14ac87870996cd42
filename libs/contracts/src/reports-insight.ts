import type { ActionKind, ActionStatus } from './actions';
import type { Classification, Region } from './common';
import type { OrganisationType } from './organisations';
import type { Stance } from './positions';
import type { ProposalStatus } from './proposals';

/** The marking a report carries: the highest classification of anything counted or shown in it. */
export type ReportMarking = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

// ---------------------------------------------------------------------------------------------------------------
// You said, we did
// ---------------------------------------------------------------------------------------------------------------

/**
 * Positions that raise a point the department should answer: there are no separate concerns/conditions columns, the
 * stance says it. Opposition is the strongest form of concern, so it counts too.
 */
export const POINT_STANCES = ['support_with_conditions', 'concerns', 'oppose'] as const satisfies readonly Stance[];

export const YOU_SAID_FORMATS = ['json', 'csv'] as const;
export type YouSaidFormat = (typeof YOU_SAID_FORMATS)[number];

export interface YouSaidWeDidFilters {
  themeId?: string;
  proposalId?: string;
  format?: YouSaidFormat;
}

/** One statement with concerns or conditions ("you said"). */
export interface YouSaidPoint {
  positionId: string;
  stance: Stance;
  summary: string;
  quote: string | null;
  /** YYYY-MM-DD. */
  statedOn: string;
  /** Null for a written statement, or when the reader may not see the meeting. */
  meeting: { id: string; reference: string; title: string } | null;
  classification: Classification;
}

/**
 * How an action answers the organisation: `raised_by` it was raised by that organisation; `meeting` it arose from a
 * meeting where the organisation made one of the points; `both`.
 */
export type WeDidLink = 'raised_by' | 'meeting' | 'both';

/** An action or ministerial commitment raised in answer ("we did"). */
export interface WeDidItem {
  id: string;
  reference: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  completionNote: string | null;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  closedAt: string | null;
  link: WeDidLink;
  /** The meeting it arose from, when that is how it is linked. */
  meetingReference: string | null;
  classification: Classification;
}

/** What one organisation said about one proposal, and what was done about it. */
export interface YouSaidEntry {
  organisation: { id: string; name: string; type: OrganisationType };
  /** Newest first. */
  points: YouSaidPoint[];
  /** Oldest first. */
  answers: WeDidItem[];
}

export interface YouSaidProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  /** By organisation name. */
  entries: YouSaidEntry[];
}

export interface YouSaidTheme {
  /** Null: proposals not linked to any principle. */
  theme: { id: string; name: string } | null;
  /** By title. A proposal under several principles appears under each. */
  proposals: YouSaidProposal[];
}

export interface YouSaidWeDidResponse {
  marking: ReportMarking;
  /** In the principles' own order, then "no principle". */
  themes: YouSaidTheme[];
  /** Organisation × proposal pairs with at least one point (each counted once however many principles). */
  entries: number;
  /** Of those, how many have at least one action or commitment in answer. */
  answered: number;
  /** True when there were more pairs than one report holds (narrow it with a principle or proposal). */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Engagement coverage
// ---------------------------------------------------------------------------------------------------------------

export interface CoverageFilters {
  /** YYYY-MM-DD, London dates, inclusive. Default: the start of the first reform phase. */
  from?: string;
  /** Default: today in London. */
  to?: string;
}

export interface CoverageCount {
  meetings: number;
  /** Distinct organisations that attended (apologies do not count). */
  organisations: number;
}

/** `themeId` null: meetings tagged with no principle. `region` null: meetings with no region (often online). */
export interface CoverageCell extends CoverageCount {
  themeId: string | null;
  region: Region | null;
}

export interface CoverageByType extends CoverageCount {
  type: OrganisationType;
  /** Organisation × meeting attendances. */
  attendances: number;
}

export interface CoverageByMinister extends CoverageCount {
  ministerId: string;
  name: string;
}

export interface CoverageMonth {
  /** YYYY-MM, London. */
  month: string;
  meetings: number;
  actionsOpened: number;
  actionsClosed: number;
}

export interface CoverageStances {
  proposalId: string;
  title: string;
  status: ProposalStatus;
  /** Organisations whose latest statement in the range has each stance. */
  stances: Record<Stance, number>;
  organisations: number;
}

export interface CoverageResponse {
  from: string;
  to: string;
  marking: ReportMarking;
  themes: { id: string; name: string }[];
  /** Principles × regions; only non-empty cells are listed. */
  cells: CoverageCell[];
  /** Per principle across regions, per region across principles, and overall (distinct, so not sums of cells). */
  themeTotals: (CoverageCount & { themeId: string | null })[];
  regionTotals: (CoverageCount & { region: Region | null })[];
  total: CoverageCount;
  byOrganisationType: CoverageByType[];
  byMinister: CoverageByMinister[];
  months: CoverageMonth[];
  stances: CoverageStances[];
}
