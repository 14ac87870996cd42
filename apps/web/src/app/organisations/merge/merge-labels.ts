import type { DuplicateReason, MergeCounts } from '@send/contracts';

export const REASON_LABELS: Record<DuplicateReason, string> = { similar_name: 'Names alike', same_email_domain: 'Contacts’ email on one domain', same_website: 'Same website' };

/** What a merge moved, in words, leaving out what it had none of. */
export function movedText(moved: MergeCounts): string {
  const parts: [number, string, string][] = [
    [moved.contacts, 'contact', 'contacts'],
    [moved.attendances + moved.attendancesCombined, 'meeting attended', 'meetings attended'],
    [moved.positions, 'position', 'positions'],
    [moved.actionsOwned + moved.actionsRaised, 'action', 'actions'],
    [moved.memberships + moved.membershipsCombined, 'group membership', 'group memberships'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length ? said.join(', ') : 'Nothing to move';
}
