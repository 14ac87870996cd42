import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError } from '@send/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { problemOf } from '../../../core/problem';

/** How a save ended, as a step needs to know it. */
export type SaveOutcome<T> =
  | { readonly kind: 'saved'; readonly value: T }
  /** Refused with reasons (400, 422, 409…): field errors, or the problem's detail with field ''. */
  | { readonly kind: 'invalid'; readonly errors: FieldError[] }
  /** 412: someone else saved first. */
  | { readonly kind: 'stale' }
  /** 401: the session ended; the interceptor is taking the user to sign in (their typing is kept in the draft). */
  | { readonly kind: 'signed-out' };

/** Runs one request and sorts its failure into the outcomes above. */
export async function outcomeOf<T>(request: Observable<T>): Promise<SaveOutcome<T>> {
  try {
    return { kind: 'saved', value: await firstValueFrom(request) };
  } catch (error) {
    return failureOf(error);
  }
}

export function failureOf(error: unknown): Exclude<SaveOutcome<never>, { kind: 'saved' }> {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (status === 401) return { kind: 'signed-out' };
  if (status === 412) return { kind: 'stale' };
  const problem = problemOf(error);
  return { kind: 'invalid', errors: problem.errors?.length ? problem.errors : [{ field: '', message: problem.detail }] };
}
