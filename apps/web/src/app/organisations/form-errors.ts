import { computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import type { FieldError, ProblemDetails } from '@send/contracts';
import type { ErrorSummaryItem } from '@send/web-ui';

const ERROR_PREFIX = 'Error: ';

/**
 * A form's errors for the error summary and each field. Server errors name request fields (`tags[2]`), which are
 * mapped to the form's field ids; anything else is listed without a link. GOV.UK asks for "Error: " in front of the
 * page title while errors show, so that screen reader users hear it first. Call in an injection context.
 */
export function formErrors(fields: readonly string[]) {
  const title = inject(Title);
  const list = signal<FieldError[]>([]);
  effect(() => {
    const current = title.getTitle();
    const base = current.startsWith(ERROR_PREFIX) ? current.slice(ERROR_PREFIX.length) : current;
    title.setTitle(list().length ? ERROR_PREFIX + base : base);
  });
  return {
    list: list.asReadonly(),
    summary: computed<ErrorSummaryItem[]>(() => list().map((error) => ({ text: error.message, href: fields.includes(error.field) ? `#${error.field}` : undefined }))),
    for(field: string): string | null {
      return list().find((error) => error.field === field)?.message ?? null;
    },
    set(errors: FieldError[]): void {
      list.set(errors);
    },
    /** The problem's field errors against this form's fields, or its detail alone. */
    fromProblem(problem: ProblemDetails): void {
      const errors = problem.errors?.length ? problem.errors : [{ field: '', message: problem.detail }];
      list.set(errors.map((error) => ({ field: fieldOf(error.field, fields), message: sentence(error.message) })));
    },
  };
}

function fieldOf(path: string, fields: readonly string[]): string {
  const root = path.split(/[.[]/)[0] ?? '';
  return fields.includes(root) ? root : path;
}

function sentence(message: string): string {
  return message ? message[0].toUpperCase() + message.slice(1) : 'Something went wrong. Try again.';
}
