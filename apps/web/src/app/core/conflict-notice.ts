import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatLondonDate } from '@send/web-ui';

export interface ConflictField {
  label: string;
  /** What the user was saving. */
  mine: string;
  /** What the record says now. */
  theirs: string;
}

/**
 * Fields whose saved value changed while the user was editing, shown when a save is refused as stale (412), so they
 * can compare before saving again. Their own edits stay in the form.
 */
export function conflictingFields<T extends object>(mine: Partial<T>, theirs: T, labels: Partial<Record<keyof T, string>>, show: (value: unknown) => string = showValue): ConflictField[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((key) => key in mine && show(mine[key]) !== show(theirs[key]))
    .map((key) => ({ label: labels[key] as string, mine: show(mine[key]), theirs: show(theirs[key]) }));
}

/** A value in words for the notice: empty as "Not set", lists joined, calendar dates as people write them. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Not set';
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatLondonDate(text) : text;
}

@Component({
  selector: 'app-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-notification-banner" role="alert" aria-labelledby="conflict-title" data-testid="conflict-notice" tabindex="-1">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="conflict-title">Important</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{ who() }} changed this record while you were editing it. Your changes have not been saved yet.</p>
        @if (fields().length) {
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">What changed</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Field</th>
                <th scope="col" class="govuk-table__header">Your version</th>
                <th scope="col" class="govuk-table__header">Saved version</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (field of fields(); track field.label) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ field.label }}</th>
                  <td class="govuk-table__cell">{{ field.mine }}</td>
                  <td class="govuk-table__cell">{{ field.theirs }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        <p class="govuk-body">Check the form below, which still has your changes, then save again to replace the saved version.</p>
      </div>
    </div>
  `,
})
export class ConflictNotice {
  readonly fields = input.required<ConflictField[]>();
  readonly who = input('Someone else');
}
