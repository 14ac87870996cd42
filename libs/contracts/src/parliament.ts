import type { Classification, Tracked } from './common';

/** What Parliament and the public put to the department, and the department's own publications it must answer for. */
export const PARLIAMENTARY_KINDS = ['committee_report', 'petition', 'white_paper', 'consultation'] as const;
export type ParliamentaryKind = (typeof PARLIAMENTARY_KINDS)[number];

/** The department's own response, from first draft to publication. */
export const RESPONSE_STATUSES = ['not_started', 'drafting', 'in_clearance', 'published'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** How the government answered one recommendation. */
export const RECOMMENDATION_ANSWERS = ['not_yet_answered', 'accepted', 'partly_accepted', 'not_accepted', 'under_consideration'] as const;
export type RecommendationAnswer = (typeof RECOMMENDATION_ANSWERS)[number];

/** Petitions: the government responds at 10,000 signatures; at 100,000 the Petitions Committee considers a debate. */
export const PETITION_RESPONSE_THRESHOLD = 10_000;
export const PETITION_DEBATE_THRESHOLD = 100_000;

export const PARLIAMENTARY_SORTS = ['responseDue', 'publishedOn', 'reference', 'updatedAt'] as const;

/** The records a recommendation or petition can be tied to. */
export const PARLIAMENTARY_LINK_KINDS = ['proposal', 'position', 'meeting', 'action'] as const;
export type ParliamentaryLinkKind = (typeof PARLIAMENTARY_LINK_KINDS)[number];

export interface PetitionThresholds {
  /** 10,000 signatures or more: the government must respond. */
  responseRequired: boolean;
  /** 100,000 or more: considered for a debate in Parliament. */
  consideredForDebate: boolean;
}

export interface ParliamentaryItemResponse extends Tracked {
  id: string;
  /** PAR-0001…, assigned by the database. */
  reference: string;
  kind: ParliamentaryKind;
  title: string;
  /** Who it comes from: the committee, the Petitions Committee, the department. */
  source: string;
  /** YYYY-MM-DD: the report's publication, the petition's opening, the paper's publication, the consultation's opening. */
  publishedOn: string;
  /** YYYY-MM-DD: a consultation's or petition's closing date. */
  closesOn: string | null;
  url: string | null;
  summary: string | null;
  /** Petitions only. */
  petitionNumber: number | null;
  signatures: number | null;
  signaturesCountedOn: string | null;
  thresholds: PetitionThresholds | null;
  /**
   * YYYY-MM-DD, by rule: a committee report two months after publication, a consultation twelve weeks after it
   * closes, a petition as set once it passed 10,000 signatures. Null when nothing is due.
   */
  responseDue: string | null;
  responseStatus: ResponseStatus;
  responseText: string | null;
  respondedOn: string | null;
  /** Due before today (Europe/London) and our response not published. */
  overdue: boolean;
  recommendationCount: number;
  classification: Classification;
}

export interface ParliamentaryLinkResponse {
  id: string;
  /** Null when the link is to the report or petition as a whole. */
  recommendationId: string | null;
  kind: ParliamentaryLinkKind;
  targetId: string;
  /** The linked record as a reader knows it: "MTG-0012: Development group", "Written records of support". */
  label: string;
  /** A position's organisation and proposal: the pair whose history it belongs to. */
  pair: { organisationId: string; proposalId: string } | null;
  createdAt: string;
  createdBy: string;
}

export interface ParliamentaryRecommendationResponse extends Tracked {
  id: string;
  itemId: string;
  number: number;
  text: string;
  answer: RecommendationAnswer;
  answerText: string | null;
}

export interface ParliamentaryItemDetailResponse extends ParliamentaryItemResponse {
  recommendations: ParliamentaryRecommendationResponse[];
  links: ParliamentaryLinkResponse[];
}

export interface CreateParliamentaryItemRequest {
  kind: ParliamentaryKind;
  title: string;
  source: string;
  publishedOn: string;
  closesOn?: string | null;
  url?: string | null;
  summary?: string | null;
  petitionNumber?: number | null;
  signatures?: number | null;
  signaturesCountedOn?: string | null;
  /** Petitions only: the date the government's response is expected. */
  petitionResponseDue?: string | null;
  classification?: Classification;
}

/** If-Match required. Publishing our response needs its text and date. */
export interface UpdateParliamentaryItemRequest {
  title?: string;
  source?: string;
  publishedOn?: string;
  closesOn?: string | null;
  url?: string | null;
  summary?: string | null;
  petitionNumber?: number | null;
  signatures?: number | null;
  signaturesCountedOn?: string | null;
  petitionResponseDue?: string | null;
  responseStatus?: ResponseStatus;
  responseText?: string | null;
  respondedOn?: string | null;
  classification?: Classification;
}

export interface CreateRecommendationRequest {
  number: number;
  text: string;
}

/** If-Match (the recommendation's version) required. */
export interface UpdateRecommendationRequest {
  text?: string;
  answer?: RecommendationAnswer;
  answerText?: string | null;
}

/** Exactly one of the ids. */
export interface CreateParliamentaryLinkRequest {
  recommendationId?: string | null;
  proposalId?: string;
  positionId?: string;
  meetingId?: string;
  actionId?: string;
}

export interface ParliamentaryListFilters {
  kind?: ParliamentaryKind[];
  responseStatus?: ResponseStatus[];
  overdue?: boolean;
  /** Due in the next 28 days and not yet published. */
  dueSoon?: boolean;
  /** Linked (as a whole or through a recommendation) to this proposal. */
  proposalId?: string;
}
