import type { Tracked } from './common';
import type { ThemeRef } from './themes';

/** In lifecycle order; `sort=status` follows this order. */
export const PROPOSAL_STATUSES = ['under_discussion', 'in_white_paper', 'in_consultation', 'dropped'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ProposalResponse extends Tracked {
  id: string;
  title: string;
  summary: string;
  /** In theme order (position), without duplicates. */
  themeIds: string[];
  themes: ThemeRef[];
  status: ProposalStatus;
}

export interface CreateProposalRequest {
  title: string;
  summary?: string;
  themeIds?: string[];
  /** Default under_discussion. */
  status?: ProposalStatus;
}

export type UpdateProposalRequest = Partial<CreateProposalRequest>;

export interface ProposalListFilters {
  q?: string;
  themeId?: string;
  status?: ProposalStatus;
  page?: number;
  pageSize?: number;
  /** title (default), status, createdAt; `-` in front for descending. */
  sort?: string;
}
