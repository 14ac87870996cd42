import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, ProblemDetails } from '@send/contracts';

/** The problem+json body of a failed call, or a generic one when the server could not be reached. */
export function problemOf(error: unknown): ProblemDetails {
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object' && 'status' in error.error) {
    return error.error as ProblemDetails;
  }
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  return { type: 'about:blank', title: 'Something went wrong', status, detail: status === 0 ? 'The service could not be reached. Check your connection and try again.' : 'Something went wrong. Try again.' };
}

/** Field errors for an error summary, falling back to the problem's detail against a given field. */
export function fieldErrorsOf(problem: ProblemDetails, fallbackField: string): FieldError[] {
  return problem.errors?.length ? problem.errors : [{ field: fallbackField, message: problem.detail }];
}
