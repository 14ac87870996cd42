import { BUNDLE_ITEM_KINDS, DISCLOSURE_DECISIONS, EXEMPTIONS, type BundleItemKind, type DisclosureDecision, type GatherResponse } from '@send/contracts';
import type { GovukChoice, GovukOption } from '@send/web-ui';

export const KIND_LABELS: Record<BundleItemKind, [string, string]> = {
  meeting: ['meeting', 'meetings'],
  position: ['position', 'positions'],
  action: ['action', 'actions'],
  contact: ['contact', 'contacts'],
  audit_event: ['audit event', 'audit events'],
};

export const DECISION_LABELS: Record<DisclosureDecision, string> = { undecided: 'Not yet decided', disclose: 'Disclose', withhold: 'Withhold', partly_withhold: 'Disclose in part' };

export const DECISION_OPTIONS: GovukOption[] = DISCLOSURE_DECISIONS.map((d) => ({ value: d, text: DECISION_LABELS[d] }));
export const EXEMPTION_OPTIONS: GovukOption[] = [{ value: '', text: 'None' }, ...Object.entries(EXEMPTIONS).map(([value, text]) => ({ value, text }))];
export const KIND_FILTER: GovukOption[] = [{ value: '', text: 'All records' }, ...BUNDLE_ITEM_KINDS.map((k) => ({ value: k, text: capital(KIND_LABELS[k][1]) }))];
export const SUBJECT_OPTIONS: GovukChoice[] = [
  { value: 'organisation', text: 'An organisation', hint: 'Its meetings, positions, actions, contacts and their history' },
  { value: 'phrase', text: 'Words or a phrase', hint: 'Meetings, positions and actions that mention them, and contacts so named' },
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Added 3 meetings, 1 position and 2 contacts (4 already in the bundle)." */
export function gatheredText(result: GatherResponse): string {
  const parts = BUNDLE_ITEM_KINDS.filter((k) => result.added[k]).map((k) => `${result.added[k]} ${KIND_LABELS[k][result.added[k] === 1 ? 0 : 1]}`);
  const added = parts.length ? `Added ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}` : 'Nothing new was found';
  return result.alreadyThere ? `${added} (${result.alreadyThere} already in the bundle).` : `${added}.`;
}
