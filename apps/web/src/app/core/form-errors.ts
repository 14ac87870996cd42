import { computed, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { FieldError, ProblemDetails } from '@send/contracts';
import { formatLondonDate, type ErrorSummaryItem } from '@send/web-ui';
import { fieldErrorsOf, problemOf } from './problem';

const ERROR_PREFIX = 'Error: ';

/**
 * A form's errors, from its own checks or the API's problem+json, for the error summary and each field. `targets`
 * maps a field the API may name to the id of the element to focus (a date's day box, a group's first option);
 * errors for fields the form does not have are listed without a link. `labels` put words in place of the field key
 * that API messages start with ("startsOn must be…" → "The start date must be…"). Call in an injection context:
 * while there are errors the page title starts "Error: ", as GOV.UK asks.
 */
export class FormErrors {
  private readonly title = inject(Title);
  private readonly list = signal<readonly FieldError[]>([]);

  constructor(
    private readonly targets: Readonly<Record<string, string>>,
    private readonly labels: Readonly<Record<string, string>> = {},
  ) {}

  readonly summary = computed<ErrorSummaryItem[]>(() =>
    this.list().map((error) => {
      const target = this.targets[error.field];
      return target ? { text: error.message, href: `#${target}` } : { text: error.message };
    }),
  );

  errorFor(field: string): string | null {
    return this.list().find((error) => error.field === field)?.message ?? null;
  }

  set(errors: readonly FieldError[]): void {
    this.list.set(errors.map((error) => ({ field: error.field, message: this.readable(error) })));
    const title = this.title.getTitle();
    const prefixed = title.startsWith(ERROR_PREFIX);
    if (errors.length && !prefixed) this.title.setTitle(ERROR_PREFIX + title);
    if (!errors.length && prefixed) this.title.setTitle(title.slice(ERROR_PREFIX.length));
  }

  clear(): void {
    this.set([]);
  }

  private readable({ field, message }: FieldError): string {
    const label = this.labels[field];
    return sentence(label && message.startsWith(`${field} `) ? label + message.slice(field.length) : message);
  }

  /** A failed save: field errors where the API named fields, otherwise its detail against `fallbackField`. */
  fromError(error: unknown, fallbackField: string): ProblemDetails {
    const problem = problemOf(error);
    this.set(fieldErrorsOf(problem, fallbackField));
    return problem;
  }
}

/** API messages start with the field's name ("password must be…") and write dates as YYYY-MM-DD. */
function sentence(message: string): string {
  const dated = message.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatLondonDate(date));
  return dated.charAt(0).toUpperCase() + dated.slice(1);
}
