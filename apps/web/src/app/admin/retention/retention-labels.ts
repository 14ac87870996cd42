import type { RetentionRecordType } from '@send/contracts';

/** 240 → "20 years", 18 → "1 year and 6 months". */
export function periodText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} year${years === 1 ? '' : 's'}` : '', rest ? `${rest} month${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.join(' and ');
}

/** Where a record on the review list can be opened (a contact has no page of its own). */
export const RECORD_LINKS: Record<RetentionRecordType, string | null> = { meeting: '/meetings/', action: '/actions/', contact: null, information_request: '/requests/' };

/** What each outcome does, in the words the confirmation page uses. */
export const OUTCOME_EXPLANATIONS = {
  delete: 'will be deleted for good, with their updates and bundles. This cannot be undone.',
  anonymise: 'will be anonymised: the name, role, email, phone and notes are removed for good; the organisation’s attendance stays counted.',
  preserve: 'will be marked as selected for permanent preservation at The National Archives. Nothing is deleted; they leave this list.',
} as const;
