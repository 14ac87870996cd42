import type { FieldError } from '@send/contracts';
import type { ErrorSummaryItem } from '@send/web-ui';

/**
 * An error as a page shows it: inline beside the field whose id is `field`, and in the error summary as a link to
 * `anchor` (the element to focus: a date input's day box, say), which defaults to the field. An empty field means an
 * error about the page as a whole: summary only, no link.
 */
export interface PageError {
  readonly field: string;
  readonly message: string;
  readonly anchor?: string;
  /** A link to another page instead (check your answers links each problem to the step that fixes it). */
  readonly href?: string;
}

/** What a page makes of one server path: its field, and GOV.UK words to use instead of the API's if it has them. */
export type FieldTarget = { readonly field: string; readonly message?: string; readonly anchor?: string } | null;

export type PathSegment = string | number;

/** `attendees[1].contactIds` → ['attendees', 1, 'contactIds']. */
export function pathSegments(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
  }
  return segments;
}

/**
 * The server's problem+json errors placed on this page's fields (nested paths included). A path the page does not
 * know lands on `fallback`, so no error the server reports is ever dropped.
 */
export function toPageErrors(errors: readonly FieldError[], target: (segments: PathSegment[], path: string) => FieldTarget, fallback: FieldTarget): PageError[] {
  const placed: PageError[] = [];
  for (const error of errors) {
    const where = target(pathSegments(error.field), error.field) ?? fallback;
    const item: PageError = { field: where?.field ?? '', message: where?.message ?? sentence(error.message), anchor: where?.anchor };
    if (!placed.some((known) => known.field === item.field && known.message === item.message)) placed.push(item);
  }
  return placed;
}

/** API messages start in lower case ("title must be…"): GOV.UK messages are sentences. */
export function sentence(message: string): string {
  const text = message.trim();
  return text ? text[0].toUpperCase() + text.slice(1) : 'Something went wrong. Try again.';
}

/** The first message for a field, for its inline error. */
export function errorFor(errors: readonly PageError[], field: string): string | null {
  return errors.find((error) => error.field === field)?.message ?? null;
}

/** The error summary's items: each a link that moves focus to its field. */
export function summaryItems(errors: readonly PageError[]): ErrorSummaryItem[] {
  return errors.map((error) => {
    if (error.href) return { text: error.message, href: error.href };
    const anchor = error.anchor ?? error.field;
    return anchor ? { text: error.message, href: `#${anchor}` } : { text: error.message };
  });
}
