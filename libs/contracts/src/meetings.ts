import type { ActionKind, ActionStatus } from './actions';
import type { Classification, Phase, Region, Tracked } from './common';
import type { Stance } from './positions';

export const MEETING_TYPES = ['development_group', 'regional_event', 'online_event', 'listening_session', 'bilateral', 'roundtable', 'written_submission'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** draft → submitted → agreed; changed only through the transition endpoints. */
export const MEETING_STATUSES = ['draft', 'submitted', 'agreed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_ATTENDANCES = ['attended', 'apologies'] as const;
export type MeetingAttendance = (typeof MEETING_ATTENDANCES)[number];

export const MEETING_TRANSITIONS = ['submit', 'agree', 'return', 'reopen'] as const;
export type MeetingTransition = (typeof MEETING_TRANSITIONS)[number];

export interface MeetingNamedRef {
  id: string;
  name: string;
}

export interface MeetingAgendaItemRequest {
  title: string;
  notes?: string;
}

export interface MeetingAgendaItem {
  title: string;
  notes: string;
}

export interface MeetingAttendeeRequest {
  organisationId: string;
  /** People from that organisation; each must belong to it. */
  contactIds?: string[];
  attendance: MeetingAttendance;
}

export interface MeetingAttendee {
  organisationId: string;
  organisationName: string;
  attendance: MeetingAttendance;
  contactIds: string[];
  contacts: MeetingNamedRef[];
}

export interface CreateMeetingRequest {
  title: string;
  type: MeetingType;
  /** ISO 8601 instants with an offset, e.g. 2026-03-10T10:00:00Z. */
  startsAt: string;
  endsAt?: string | null;
  region?: Region | null;
  online?: boolean;
  location?: string;
  groupId?: string | null;
  /** Active ministers only (a retired one already on the meeting may stay). */
  ministerIds?: string[];
  /** Users (officials) at the meeting. */
  officialIds?: string[];
  /** Replaced wholesale on update; one entry per organisation. */
  attendees?: MeetingAttendeeRequest[];
  themeIds?: string[];
  agenda?: MeetingAgendaItemRequest[];
  summary?: string;
  /** Short public purpose for the transparency return. */
  purpose?: string;
  noOfficialPresent?: boolean;
  classification?: Classification;
  /** Defaults to the reform phase on the London date of `startsAt`. */
  phase?: Phase;
}

export type UpdateMeetingRequest = Partial<CreateMeetingRequest>;

/** Body of return and reopen. */
export interface MeetingReasonRequest {
  reason: string;
}

/** A position stated at the meeting (compact). */
export interface MeetingPosition {
  id: string;
  organisationId: string;
  organisationName: string;
  proposalId: string;
  proposalTitle: string;
  stance: Stance;
  summary: string;
  quote: string | null;
  statedOn: string;
}

/** An action arising from the meeting (compact). */
export interface MeetingAction {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  kind: ActionKind;
  dueOn: string | null;
}

/** The meeting itself: what the audit history snapshots. */
export interface MeetingRecord extends Tracked {
  id: string;
  /** MTG-0042, assigned by the database. */
  reference: string;
  title: string;
  type: MeetingType;
  startsAt: string;
  endsAt: string | null;
  region: Region | null;
  online: boolean;
  location: string;
  groupId: string | null;
  groupName: string | null;
  ministers: MeetingNamedRef[];
  officials: MeetingNamedRef[];
  attendees: MeetingAttendee[];
  themeIds: string[];
  agenda: MeetingAgendaItem[];
  summary: string;
  purpose: string;
  noOfficialPresent: boolean;
  classification: Classification;
  status: MeetingStatus;
  /** Why it was last returned or reopened; cleared on submit and agree. */
  statusReason: string | null;
  phase: Phase;
}

export interface MeetingResponse extends MeetingRecord {
  positions: MeetingPosition[];
  actions: MeetingAction[];
}

/** One row of the meetings table on the dashboard. */
export interface MeetingSummary {
  id: string;
  reference: string;
  title: string;
  type: MeetingType;
  startsAt: string;
  endsAt: string | null;
  region: Region | null;
  online: boolean;
  status: MeetingStatus;
  classification: Classification;
  phase: Phase;
  groupId: string | null;
  groupName: string | null;
  /** Organisations that attended, and that sent apologies. */
  attendedCount: number;
  apologiesCount: number;
  ministerNames: string[];
  updatedAt: string;
}

export interface MeetingListFilters {
  q?: string;
  status?: MeetingStatus[];
  type?: MeetingType[];
  groupId?: string;
  /** Attended or sent apologies. */
  organisationId?: string;
  themeId?: string;
  ministerId?: string;
  officialId?: string;
  region?: Region;
  phase?: Phase;
  classification?: Classification;
  /** Calendar dates (YYYY-MM-DD, inclusive) on the London date of `startsAt`. */
  from?: string;
  to?: string;
  /** Ministerial Code: a minister's meeting with no official present and no note of it recorded yet. */
  needsOfficialNote?: boolean;
  page?: number;
  pageSize?: number;
  /** startsAt (default -startsAt), title, reference, status. */
  sort?: string;
}

/** The managed list of reform phases, in order. */
export interface PhaseResponse {
  key: Phase;
  name: string;
  /** YYYY-MM-DD; strictly increasing in phase order. */
  startsOn: string;
  /** Send as If-Match to change the phase. */
  version: number;
  updatedAt: string;
  /** Null for the dates the service started with. */
  updatedBy: string | null;
}

export interface PhaseListResponse {
  items: PhaseResponse[];
}

export interface UpdatePhaseRequest {
  name?: string;
  startsOn?: string;
}
