import type { ActionKind, ActionPriority, ActionStatus } from './actions';
import type { Classification } from './common';
import type { MeetingStatus, MeetingType } from './meetings';
import type { Stance } from './positions';

export const BRIEFING_FORMATS = ['ods', 'xlsx'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

/** An organisation's current position on one proposal, and where it was said. */
export interface BriefingPosition {
  positionId: string;
  proposalId: string;
  proposalTitle: string;
  stance: Stance;
  summary: string;
  /** YYYY-MM-DD. */
  statedOn: string;
  meetingId: string | null;
  /** Null when there is no source meeting or the reader may not see it. */
  meetingReference: string | null;
  classification: Classification;
}

export interface BriefingAction {
  id: string;
  reference: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  priority: ActionPriority;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  overdue: boolean;
  /** `owed_to`: raised by the organisation; `owed_by`: owned by it. */
  direction: 'owed_to' | 'owed_by';
  classification: Classification;
}

export interface BriefingInteraction {
  meetingId: string;
  reference: string;
  title: string;
  type: MeetingType;
  startsAt: string;
  status: MeetingStatus;
  classification: Classification;
}

export interface BriefingOrganisation {
  id: string;
  name: string;
  /** Current positions, by proposal title. */
  positions: BriefingPosition[];
  /** Open actions raised by it or owned by it, by due date. */
  openActions: BriefingAction[];
  /** The last three meetings it attended before this one, newest first. */
  lastInteractions: BriefingInteraction[];
  /** Ministerial commitments made to it (raised by it or owned by it), any status, newest first. */
  commitments: BriefingAction[];
}

export interface BriefingPackResponse {
  meeting: {
    id: string;
    reference: string;
    title: string;
    type: MeetingType;
    startsAt: string;
    endsAt: string | null;
    location: string;
    purpose: string;
    ministers: string[];
    classification: Classification;
  };
  /** Highest classification of everything in the pack, as it must be marked. */
  classification: Classification;
  /** Attending organisations (not those sending apologies), in the meeting's order. */
  organisations: BriefingOrganisation[];
}
