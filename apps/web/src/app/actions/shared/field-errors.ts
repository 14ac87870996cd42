import type { FieldError } from '@send/contracts';
import type { ErrorSummaryItem } from '@send/web-ui';

/** Where an error summary link for each field should land: date inputs by their day box. */
export function summaryItems(errors: readonly FieldError[], anchors: Record<string, string> = {}): ErrorSummaryItem[] {
  return errors.map((error) => ({ text: error.message, href: `#${anchors[error.field] ?? error.field}` }));
}

export function messageFor(errors: readonly FieldError[], field: string): string | null {
  return errors.find((error) => error.field === field)?.message ?? null;
}

/**
 * The API names fields as the request does ("completionNote is required…"); people read the label instead
 * ("Completion note is required…"). Unknown fields keep the message with a capital first letter.
 */
export function readableErrors(errors: readonly FieldError[], labels: Record<string, string>): FieldError[] {
  return errors.map(({ field, message }) => {
    const label = labels[field];
    const text = label && message.startsWith(field) ? `${label}${message.slice(field.length)}` : message;
    return { field, message: text.charAt(0).toUpperCase() + text.slice(1) };
  });
}
