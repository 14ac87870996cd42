import type { Classification } from './common';
import type { MeetingStatus } from './meetings';

/** A calendar quarter, `2026-Q3` (July to September); the return is published quarter by quarter. */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/** The four columns of the published ministers' meetings return, in order. */
export const TRANSPARENCY_HEADING_KEYS = ['minister', 'date', 'organisations', 'purpose'] as const;
export type TransparencyHeadingKey = (typeof TRANSPARENCY_HEADING_KEYS)[number];
export type TransparencyHeadings = Record<TransparencyHeadingKey, string>;

/** The GOV.UK template's headings; admins can change them when the template changes. */
export const DEFAULT_TRANSPARENCY_HEADINGS: TransparencyHeadings = {
  minister: 'Minister',
  date: 'Date',
  organisations: 'Name of organisation or individual',
  purpose: 'Purpose of meeting',
};

export const TRANSPARENCY_HEADING_MAX = 100;

export interface TransparencyHeadingsResponse {
  headings: TransparencyHeadings;
  /** Send back as If-Match when changing the headings. */
  version: number;
  updatedAt: string;
  /** Null while the headings are the ones the service was installed with. */
  updatedBy: string | null;
}

export type UpdateTransparencyHeadingsRequest = TransparencyHeadings;

/**
 * Why a ministerial meeting in the quarter would be wrong in, or missing from, the return:
 * - `not_agreed`: not yet agreed by the private office, so left out;
 * - `no_purpose`: the purpose cell would be empty;
 * - `no_organisations`: no organisation is recorded as attending;
 * - `no_official_note`: marked "no official present" but nothing recorded of what was discussed (an empty summary).
 */
export const TRANSPARENCY_PROBLEMS = ['not_agreed', 'no_purpose', 'no_organisations', 'no_official_note'] as const;
export type TransparencyProblem = (typeof TRANSPARENCY_PROBLEMS)[number];

export interface TransparencyCheckMeeting {
  id: string;
  reference: string;
  title: string;
  startsAt: string;
  status: MeetingStatus;
  classification: Classification;
  ministers: string[];
  problems: TransparencyProblem[];
}

export interface TransparencyCheckResponse {
  quarter: string;
  /** First and last London dates of the quarter, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Rows the return downloaded by this reader would contain now. */
  rows: number;
  /** Ministerial meetings in the quarter with at least one problem, by date. */
  meetings: TransparencyCheckMeeting[];
}
