import type { ConflictField } from '../../../core/conflict-notice';
import { outcomeOf } from './save-outcome';
import { toPageErrors, type FieldTarget, type PageError, type PathSegment } from './server-errors';
import type { Observable } from 'rxjs';

/** One record of a list step (a position, an action) and how to save it. */
export interface EntrySave<R> {
  /** The POST or PATCH to send; null when there is nothing to save (unchanged, or left blank). */
  readonly request: Observable<R> | null;
  readonly saved: (value: R) => void;
  /** Where this entry's server errors belong. */
  readonly target: (segments: PathSegment[]) => FieldTarget;
  readonly fallback: FieldTarget;
  /** After a 412: reads the saved record, takes its version and says what differs. */
  readonly stale: () => Promise<ConflictField[]>;
}

export interface EntriesResult {
  readonly errors: PageError[];
  readonly conflicts: ConflictField[];
  /** The session ended part way: the interceptor is taking the user to sign in; the form (and its draft) keep the rest. */
  readonly signedOut: boolean;
}

/**
 * Saves entries one at a time, in page order, so one refused entry does not stop the others and each saved one takes
 * its id and version at once (saving again only sends what is left).
 */
export async function saveEntries<R>(entries: readonly EntrySave<R>[]): Promise<EntriesResult> {
  const errors: PageError[] = [];
  const conflicts: ConflictField[] = [];
  for (const entry of entries) {
    if (!entry.request) continue;
    const outcome = await outcomeOf(entry.request);
    if (outcome.kind === 'saved') entry.saved(outcome.value);
    else if (outcome.kind === 'invalid') errors.push(...toPageErrors(outcome.errors, entry.target, entry.fallback));
    else if (outcome.kind === 'stale') conflicts.push(...(await entry.stale().catch(() => [])));
    else return { errors, conflicts, signedOut: true };
  }
  return { errors, conflicts, signedOut: false };
}
