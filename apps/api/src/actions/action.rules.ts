import { CLOSED_ACTION_STATUSES, REVIEWER_ACTION_FIELDS, type ActionResponse, type ActionStatus, type Classification } from '@send/contracts';
import type { AuthUser } from '../auth/auth-user';
import { Unprocessable } from '../common/errors';
import { Forbidden } from '../common/errors-auth';
import type { CreateActionBody, UpdateActionBody } from './action.requests';

/** A 403 that names the fields the caller's role may not change, so a form can say which. */
export class FieldsForbidden extends Forbidden {
  constructor(fields: string[], role: string) {
    super(`A ${role} may change only ${REVIEWER_ACTION_FIELDS.join(', ')} on an action.`);
    this.extensions['errors'] = fields.map((field) => ({ field, message: `a ${role} may not change ${field}` }));
  }
}

/** Reviewers (private office) close and re-date actions; only editors rewrite them. */
export function assertReviewerFields(body: UpdateActionBody, user: AuthUser): void {
  if (user.role !== 'reviewer') return;
  const allowed = new Set<string>(REVIEWER_ACTION_FIELDS);
  const refused = Object.entries(body)
    .filter(([field, value]) => value !== undefined && !allowed.has(field))
    .map(([field]) => field);
  if (refused.length) throw new FieldsForbidden(refused, user.role);
}

/** At most one owner. On update, both ids non-null in one request is the only way to ask for two. */
export function assertOneOwner(body: Pick<CreateActionBody, 'ownerUserId' | 'ownerOrganisationId'>): void {
  if (body.ownerUserId && body.ownerOrganisationId) {
    const message = 'an action has one owner: a user or an organisation, not both';
    throw new Unprocessable('An action cannot be owned by both a user and an organisation.', [
      { field: 'ownerUserId', message },
      { field: 'ownerOrganisationId', message },
    ]);
  }
}

/** Done means done with a note saying how: the note may be sent now or already stored. */
export function assertCompletionNote(status: ActionStatus, completionNote: string | null | undefined): void {
  if (status === 'done' && !completionNote) {
    throw new Unprocessable('An action can be marked done only with a completion note.', [
      { field: 'completionNote', message: 'completionNote is required when status is done' },
    ]);
  }
}

export function isClosed(status: ActionStatus): boolean {
  return (CLOSED_ACTION_STATUSES as readonly ActionStatus[]).includes(status);
}

/**
 * closed_at follows status changes: stamped when an action moves to done or cancelled, cleared when reopened, left
 * alone otherwise. `undefined` means "no change".
 */
export function closedAtFor(before: ActionStatus, after: ActionStatus | undefined): Date | null | undefined {
  if (after === undefined || after === before) return undefined;
  return isClosed(after) ? new Date() : null;
}

/** The audit event of a change that crosses classifications takes the stricter, so viewers never read the old text. */
export function stricter(a: Classification, b: Classification): Classification {
  return a === 'OFFICIAL_SENSITIVE' || b === 'OFFICIAL_SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL';
}

/** Setting one owner replaces the other unless the request also says what the other should be. */
export function ownerColumns(body: UpdateActionBody, before: ActionResponse): Record<string, null> {
  const set: Record<string, null> = {};
  if (body.ownerUserId && body.ownerOrganisationId === undefined && before.ownerOrganisationId) set['owner_organisation_id'] = null;
  if (body.ownerOrganisationId && body.ownerUserId === undefined && before.ownerUserId) set['owner_user_id'] = null;
  return set;
}
