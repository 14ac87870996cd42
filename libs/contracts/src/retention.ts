/** The kinds of record the retention schedule covers: one rule each. */
export const RETENTION_RECORD_TYPES = ['meeting', 'action', 'contact', 'information_request'] as const;
export type RetentionRecordType = (typeof RETENTION_RECORD_TYPES)[number];

/** What disposal does once a record's period has run: `preserve` = selected for permanent preservation at The National Archives. */
export const RETENTION_ACTIONS = ['delete', 'anonymise', 'preserve'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/**
 * What each kind of record can be disposed by. A meeting record is never deleted (others' positions and actions
 * point at it), a contact is anonymised so its organisation's attendance stays counted.
 */
export const RETENTION_ACTIONS_FOR: Record<RetentionRecordType, readonly RetentionAction[]> = {
  meeting: ['preserve'],
  action: ['delete', 'preserve'],
  contact: ['anonymise'],
  information_request: ['delete', 'preserve'],
};

/** The event each kind of record's clock starts from (fixed per kind). */
export const RETENTION_CLOCKS = ['meeting_date', 'action_closed', 'last_engagement', 'request_closed'] as const;
export type RetentionClock = (typeof RETENTION_CLOCKS)[number];

export interface RetentionRuleResponse {
  id: string;
  recordType: RetentionRecordType;
  name: string;
  periodMonths: number;
  clockStartsFrom: RetentionClock;
  action: RetentionAction;
  reason: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RetentionRuleListResponse {
  items: RetentionRuleResponse[];
}

export interface UpdateRetentionRuleRequest {
  periodMonths?: number;
  action?: RetentionAction;
  reason?: string;
}

/** A record whose retention period has run: on the disposal review list. */
export interface DueRecordResponse {
  recordType: RetentionRecordType;
  recordId: string;
  reference: string;
  /** The record's title or name, for the reviewer (never kept in the disposal record). */
  label: string;
  clockStartedOn: string;
  dueOn: string;
  ruleId: string;
  action: RetentionAction;
  /** Why it cannot be disposed of now (a legal hold, an open request's bundle), or null. */
  heldBy: string | null;
}

export interface DisposalItemRequest {
  recordType: RetentionRecordType;
  recordId: string;
}

export interface DisposeRequest {
  items: DisposalItemRequest[];
}

export const DISPOSAL_OUTCOMES = ['deleted', 'anonymised', 'selected_for_preservation'] as const;
export type DisposalOutcome = (typeof DISPOSAL_OUTCOMES)[number];

/** What went, under which rule, who did it and when: never the record's content. */
export interface DisposalResponse {
  id: string;
  batchId: string;
  recordType: RetentionRecordType;
  recordId: string;
  reference: string;
  outcome: DisposalOutcome;
  ruleId: string;
  ruleName: string;
  ruleVersion: number;
  periodMonths: number;
  dueOn: string;
  disposedAt: string;
  disposedBy: string;
  disposedByName: string | null;
}

export interface DisposeResponse {
  batchId: string;
  items: DisposalResponse[];
}

export const RETENTION_RECORD_TYPE_LABELS: Record<RetentionRecordType, string> = { meeting: 'Meeting', action: 'Action', contact: 'Contact', information_request: 'Information request' };
export const RETENTION_ACTION_LABELS: Record<RetentionAction, string> = { delete: 'Delete', anonymise: 'Anonymise', preserve: 'Review for permanent preservation' };
export const RETENTION_CLOCK_LABELS: Record<RetentionClock, string> = {
  meeting_date: 'the meeting date',
  action_closed: 'the action being closed',
  last_engagement: 'the contact’s last engagement',
  request_closed: 'the request being closed',
};
export const DISPOSAL_OUTCOME_LABELS: Record<DisposalOutcome, string> = { deleted: 'Deleted', anonymised: 'Anonymised', selected_for_preservation: 'Selected for preservation' };
