import type { Classification, Tracked } from './common';

/** Freedom of Information, Environmental Information Regulations, subject access (UK GDPR). */
export const INFORMATION_REQUEST_TYPES = ['foi', 'eir', 'sar'] as const;
export type InformationRequestType = (typeof INFORMATION_REQUEST_TYPES)[number];

export const INFORMATION_REQUEST_STATUSES = ['received', 'searching', 'drafting', 'cleared', 'responded', 'withdrawn'] as const;
export type InformationRequestStatus = (typeof INFORMATION_REQUEST_STATUSES)[number];

/** A request in these is finished: its deadline no longer runs and it is never overdue. */
export const CLOSED_INFORMATION_REQUEST_STATUSES = ['responded', 'withdrawn'] as const satisfies readonly InformationRequestStatus[];

export const INFORMATION_REQUEST_SORTS = ['deadline', 'receivedOn', 'reference', 'updatedAt'] as const;

export interface ClockPauseResponse {
  /** YYYY-MM-DD: the day clarification was asked for. */
  from: string;
  /** YYYY-MM-DD: the day it came; null while still waiting (the clock is stopped). */
  to: string | null;
  reason: string;
}

export interface InformationRequestResponse extends Tracked {
  id: string;
  /** REQ-0001…, assigned by the database. */
  reference: string;
  type: InformationRequestType;
  /** YYYY-MM-DD. */
  receivedOn: string;
  /** Personal data: null for a viewer. */
  requesterName: string | null;
  requesterEmail: string | null;
  summary: string;
  ownerUserId: string | null;
  ownerName: string | null;
  status: InformationRequestStatus;
  /** Subject access only: the further months taken (0–2), with why. */
  extensionMonths: number;
  extensionReason: string | null;
  pauses: ClockPauseResponse[];
  /** Null while the clock is stopped for clarification. */
  deadline: string | null;
  /** Awaiting clarification now. */
  paused: boolean;
  /** Past its deadline (Europe/London) and not responded to or withdrawn. */
  overdue: boolean;
  /** YYYY-MM-DD, once responded. */
  respondedOn: string | null;
  classification: Classification;
}

export interface CreateInformationRequestRequest {
  type: InformationRequestType;
  receivedOn: string;
  requesterName: string;
  requesterEmail?: string | null;
  summary: string;
  ownerUserId?: string | null;
  classification?: Classification;
}

/** If-Match required. `respondedOn` is required to move to responded; a closed request changes no more. */
export interface UpdateInformationRequestRequest {
  receivedOn?: string;
  requesterName?: string;
  requesterEmail?: string | null;
  summary?: string;
  ownerUserId?: string | null;
  status?: InformationRequestStatus;
  respondedOn?: string | null;
  extensionMonths?: number;
  extensionReason?: string | null;
  classification?: Classification;
}

/** `POST …/:id/pause`: stop the clock while the requester is asked to clarify. If-Match required. */
export interface PauseInformationRequestRequest {
  reason: string;
  from: string;
}

/** `POST …/:id/resume`: the clarification came; the clock runs again. If-Match required. */
export interface ResumeInformationRequestRequest {
  to: string;
}

export interface InformationRequestListFilters {
  type?: InformationRequestType[];
  status?: InformationRequestStatus[];
  ownerUserId?: string;
  /** `me`: the caller's own. */
  owner?: 'me';
  overdue?: boolean;
  /** Due from today to the coming Sunday (Europe/London), not closed. */
  dueThisWeek?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
  /** deadline (default), receivedOn, reference, updatedAt; `-` for descending. */
  sort?: string;
}

/** The records a request's bundle can hold. */
export const BUNDLE_ITEM_KINDS = ['meeting', 'position', 'action', 'contact', 'audit_event'] as const;
export type BundleItemKind = (typeof BUNDLE_ITEM_KINDS)[number];

export const DISCLOSURE_DECISIONS = ['undecided', 'disclose', 'withhold', 'partly_withhold'] as const;
export type DisclosureDecision = (typeof DISCLOSURE_DECISIONS)[number];

/** The exemptions and exceptions most often applied to engagement records (FOIA sections, EIR regulations, UK GDPR). */
export const EXEMPTIONS = {
  's21': 'FOIA s.21: reasonably accessible by other means',
  's22': 'FOIA s.22: intended for future publication',
  's35': 'FOIA s.35: formulation of government policy',
  's36': 'FOIA s.36: prejudice to the effective conduct of public affairs',
  's40': 'FOIA s.40: personal information',
  's41': 'FOIA s.41: information provided in confidence',
  's43': 'FOIA s.43: commercial interests',
  'r12-4-d': 'EIR reg.12(4)(d): material in the course of completion',
  'r12-4-e': 'EIR reg.12(4)(e): internal communications',
  'r13': 'EIR reg.13: personal data',
  'gdpr-third-party': 'UK GDPR / DPA 2018 Sch.2 para.16: another person’s data',
} as const;
export type Exemption = keyof typeof EXEMPTIONS;

/** `POST …/:id/gather`: find everything about one of these and add it to the bundle. */
export interface GatherRequest {
  organisationId?: string;
  contactId?: string;
  /** Words, as in search: meetings, positions and actions that mention them, contacts so named. */
  phrase?: string;
}

export interface GatherResponse {
  /** Records added by this search, by kind. */
  added: Record<BundleItemKind, number>;
  /** Found but already in the bundle. */
  alreadyThere: number;
}

export interface BundleItemResponse {
  id: string;
  kind: BundleItemKind;
  recordId: string;
  /** MTG-0042, ACT-0007, or null. */
  reference: string | null;
  title: string;
  /** YYYY-MM-DD: when the record's event happened. */
  date: string | null;
  classification: 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  /** What search added it. */
  foundBy: string;
  decision: DisclosureDecision;
  exemption: Exemption | null;
  note: string | null;
  version: number;
}

/** If-Match required. Withholding (wholly or partly) needs the exemption relied on. */
export interface UpdateBundleItemRequest {
  decision?: DisclosureDecision;
  exemption?: Exemption | null;
  note?: string | null;
}

export interface BundleItemListFilters {
  kind?: BundleItemKind;
  decision?: DisclosureDecision;
  page?: number;
  pageSize?: number;
}

export interface BundleSummary {
  total: number;
  byDecision: Record<DisclosureDecision, number>;
  /** The highest classification the bundle holds: what its files are marked. */
  marking: 'OFFICIAL' | 'OFFICIAL-SENSITIVE';
}

/** Records a legal hold can freeze: nothing under one is erased, merged away, disposed of or exported for erasure. */
export const LEGAL_HOLD_ENTITIES = ['organisation', 'contact', 'meeting', 'information_request'] as const;
export type LegalHoldEntity = (typeof LEGAL_HOLD_ENTITIES)[number];

export interface LegalHoldResponse {
  id: string;
  entity: LegalHoldEntity;
  entityId: string;
  /** The held record's name or reference. */
  label: string;
  reason: string;
  placedAt: string;
  placedBy: string;
  placedByName: string | null;
  releasedAt: string | null;
  releaseReason: string | null;
}

export interface PlaceLegalHoldRequest {
  entity: LegalHoldEntity;
  entityId: string;
  reason: string;
}

export interface ReleaseLegalHoldRequest {
  reason: string;
}
