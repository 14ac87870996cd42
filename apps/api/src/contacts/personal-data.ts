import type { AuditEvent } from '../audit/audit.service';

/** What the audit history shows instead of a personal value. */
export const PERSONAL_DATA = '[personal data]';

/** The contact fields that can identify a person (a role can, in a small organisation). */
export const CONTACT_PERSONAL_FIELDS = ['name', 'role', 'email', 'phone', 'notes'] as const;

type Snapshot = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * The before/after (and details) to give `audit.record` with personal values taken out. audit_events is append-only,
 * so a name written there could never be erased when the contact is anonymised.
 *
 * A changed personal field is recorded as "[personal data]"; an empty side stays empty, so "added" and "cleared" still
 * show. When both sides are non-empty the two markers are equal and the audit diff would drop the change, so such
 * fields are named in `details.personalDataChanged` instead: the history says the name changed, never what to.
 */
export function redactPersonalData(before: object | null, after: object | null, fields: readonly string[]): Required<Pick<AuditEvent, 'before' | 'after'>> & Pick<AuditEvent, 'details'> {
  const from: Snapshot | null = before ? { ...before } : null;
  const to: Snapshot | null = after ? { ...after } : null;
  const changedUnseen: string[] = [];
  for (const field of fields) {
    const old = from?.[field] ?? null;
    const now = to?.[field] ?? null;
    const redactedOld = isEmpty(old) ? old : PERSONAL_DATA;
    const redactedNow = isEmpty(now) ? now : PERSONAL_DATA;
    if (from) from[field] = redactedOld;
    if (to) to[field] = redactedNow;
    if (old !== now && redactedOld === redactedNow) changedUnseen.push(field);
  }
  return { before: from, after: to, ...(changedUnseen.length ? { details: { personalDataChanged: changedUnseen } } : {}) };
}
