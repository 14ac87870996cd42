import type { ParliamentaryItemResponse, ParliamentaryKind, ParliamentaryLinkKind, RecommendationAnswer, ResponseStatus, Role } from '@send/contracts';
import type { GovukTagColour } from '@send/web-ui';
import { tags, type TagLabel } from '../core/tags';

/** Officials and the private office keep the register; viewers read it. */
export const REGISTER_KEEPERS: Role[] = ['admin', 'recorder', 'reviewer'];

export const KIND_LABELS: Record<ParliamentaryKind, string> = {
  committee_report: 'Select Committee report',
  petition: 'Petition',
  white_paper: 'White Paper',
  consultation: 'Consultation',
};

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = { not_started: 'Not started', drafting: 'Drafting', in_clearance: 'In clearance', published: 'Published' };
const RESPONSE_COLOURS: Record<ResponseStatus, GovukTagColour> = { not_started: 'grey', drafting: 'yellow', in_clearance: 'purple', published: 'green' };

export const ANSWER_LABELS: Record<RecommendationAnswer, string> = {
  not_yet_answered: 'Not yet answered',
  accepted: 'Accepted',
  partly_accepted: 'Partly accepted',
  not_accepted: 'Not accepted',
  under_consideration: 'Under consideration',
};
const ANSWER_COLOURS: Record<RecommendationAnswer, GovukTagColour> = { not_yet_answered: 'grey', accepted: 'green', partly_accepted: 'turquoise', not_accepted: 'red', under_consideration: 'yellow' };

export const LINK_KIND_LABELS: Record<ParliamentaryLinkKind, string> = { proposal: 'Proposal', position: 'Position', meeting: 'Meeting', action: 'Action' };

export const RESPONSE_TAGS = tags(RESPONSE_STATUS_LABELS, RESPONSE_COLOURS);
export const ANSWER_TAGS = tags(ANSWER_LABELS, ANSWER_COLOURS);

/** Overdue, or for a petition the threshold it has passed: what the private office looks for first. */
export function flagsOf(item: Pick<ParliamentaryItemResponse, 'overdue' | 'thresholds'>): TagLabel[] {
  return [
    ...(item.overdue ? [{ text: 'Overdue', colour: 'red' as const }] : []),
    ...(item.thresholds?.consideredForDebate ? [{ text: 'Debate threshold', colour: 'orange' as const }] : item.thresholds?.responseRequired ? [{ text: 'Response threshold', colour: 'blue' as const }] : []),
  ];
}

/** A count typed with or without thousands commas: null when blank, NaN when not a whole number in figures. */
export function signaturesFrom(text: string | null): number | null {
  const figures = (text ?? '').trim().replace(/,/g, '');
  if (!figures) return null;
  return /^\d+$/.test(figures) ? Number(figures) : Number.NaN;
}
