import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { RETENTION_ACTIONS_FOR, RETENTION_ACTION_LABELS, RETENTION_CLOCK_LABELS, type FieldError, type RetentionAction, type RetentionRuleResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, type GovukChoice } from '@send/web-ui';
import { firstValueFrom, switchMap, tap } from 'rxjs';
import { ConflictNotice, showValue } from '../../core/conflict-notice';
import { FormErrors } from '../../core/form-errors';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { RetentionApi } from './retention-api';
import { periodText } from './retention-labels';

const REASON_MAX = 1000;
const MONTHS_MAX = 1200;
const HINTS: Partial<Record<RetentionAction, string>> = {
  preserve: 'Kept, and offered to The National Archives: never deleted by disposal.',
  delete: 'Removed for good once an admin confirms it.',
};

/** /admin/retention/rules/:id: change how long one kind of record is kept, and what happens then. */
@Component({
  selector: 'app-retention-rule-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/retention" text="Back to the retention schedule" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        @if (conflict.fields(); as fields) {
          <app-conflict-notice [fields]="fields" />
        }
        <span class="govuk-caption-l">Retention schedule</span>
        <h1 class="govuk-heading-l" tabindex="-1">Change a retention rule</h1>
        <app-load-status [state]="rule()" what="this retention rule" />
        @if (rule(); as rule) {
          @if (rule.state === 'ready') {
            <p class="govuk-body-l" data-testid="rule-name">{{ rule.value.name }}</p>
            <form [formGroup]="form" (ngSubmit)="save()" novalidate>
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors.errorFor('periodMonths')">
                <fieldset class="govuk-fieldset" aria-describedby="period-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">How long to keep it</legend>
                  <div id="period-hint" class="govuk-hint">Counted from {{ clock() }}. For example, 6 years and 0 months.</div>
                  <govuk-input id="periodYears" label="Years" [control]="form.controls.years" [width]="3" inputmode="numeric" [errorMessage]="errors.errorFor('periodMonths')" />
                  <govuk-input id="periodMonths" label="And months" [control]="form.controls.months" [width]="2" inputmode="numeric" />
                </fieldset>
              </div>
              @if (actions().length > 1) {
                <govuk-radios id="action" legend="What happens when it has run" legendSize="m" [control]="form.controls.action" [options]="actions()" [errorMessage]="errors.errorFor('action')" />
              } @else {
                <h2 class="govuk-heading-m">What happens when it has run</h2>
                <p class="govuk-body" data-testid="only-action">{{ actions()[0]?.text }}: the only way this kind of record is disposed of.</p>
              }
              <govuk-textarea id="reason" label="Why" labelSize="m" hint="The law, guidance or need the period comes from. Shown on the schedule." [rows]="4" [control]="form.controls.reason" [errorMessage]="errors.errorFor('reason')" />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Save rule</button>
                <a class="govuk-link" routerLink="/admin/retention">Cancel</a>
              </div>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class RetentionRulePage {
  private readonly api = inject(RetentionApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);

  readonly id = input.required<string>();
  protected readonly errors = new FormErrors({ periodMonths: 'periodYears', action: 'action', reason: 'reason' }, { periodMonths: 'The period', reason: 'The reason' });
  protected readonly busy = signal(false);
  protected readonly conflict = new ConflictState();
  private version = 0;
  protected readonly form = new FormGroup({
    years: new FormControl<string | null>(''),
    months: new FormControl<string | null>(''),
    action: new FormControl<string | null>(null),
    reason: new FormControl<string | null>(''),
  });
  protected readonly rule = toSignal(
    toObservable(this.id).pipe(switchMap((id) => loadable(this.api.rule(id)).pipe(tap((state) => state.state === 'ready' && this.edit(state.value))))),
    { initialValue: LOADING },
  );
  protected readonly actions = computed<GovukChoice[]>(() => {
    const state = this.rule();
    if (state.state !== 'ready') return [];
    return RETENTION_ACTIONS_FOR[state.value.recordType].map((a) => ({ value: a, text: RETENTION_ACTION_LABELS[a], ...(HINTS[a] ? { hint: HINTS[a] } : {}) }));
  });
  protected readonly clock = computed(() => {
    const state = this.rule();
    return state.state === 'ready' ? RETENTION_CLOCK_LABELS[state.value.clockStartsFrom] : '';
  });

  protected async save(): Promise<void> {
    const { years, months, action, reason } = this.form.getRawValue();
    const problems: FieldError[] = [];
    const y = wholeNumber(years);
    const m = wholeNumber(months);
    const periodMonths = (y ?? 0) * 12 + (m ?? 0);
    if (y === undefined || m === undefined) problems.push({ field: 'periodMonths', message: 'Enter the years and months as whole numbers, like 6 and 0' });
    else if (periodMonths < 1) problems.push({ field: 'periodMonths', message: 'Enter how long to keep it: at least 1 month' });
    else if (periodMonths > MONTHS_MAX) problems.push({ field: 'periodMonths', message: 'The period must be 100 years or less' });
    const why = (reason ?? '').trim();
    if (!why) problems.push({ field: 'reason', message: 'Enter why records are kept for this long' });
    else if (why.length > REASON_MAX) problems.push({ field: 'reason', message: `The reason must be ${REASON_MAX} characters or fewer` });
    if (problems.length) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const body = { periodMonths, action: action as RetentionAction, reason: why };
      const saved = await firstValueFrom(this.api.updateRule(this.id(), this.version, body));
      this.flash.set({ text: `${saved.name}: kept for ${periodText(saved.periodMonths)}` });
      await this.router.navigate(['/admin/retention']);
    } catch (error) {
      if (isStale(error)) {
        // Another admin saved this rule since it was read: show what they changed; these edits stay in the form.
        this.errors.clear();
        await this.conflict.resolve<RetentionRuleResponse>(this.api.rule(this.id()), { periodMonths, action: action as RetentionAction, reason: why }, LABELS, showValue).then(
          (theirs) => (this.version = theirs.version),
          (failed: unknown) => this.errors.fromError(failed, 'reason'),
        );
      } else {
        this.errors.fromError(error, 'reason');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private edit(rule: RetentionRuleResponse): void {
    this.version = rule.version;
    this.form.setValue({ years: String(Math.floor(rule.periodMonths / 12)), months: String(rule.periodMonths % 12), action: rule.action, reason: rule.reason });
  }
}

/** '' → 0, '6' → 6, anything else → undefined. */
function wholeNumber(value: string | null): number | undefined {
  const text = (value ?? '').trim();
  if (!text) return 0;
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

const LABELS: Partial<Record<keyof RetentionRuleResponse, string>> = { periodMonths: 'Period, in months', action: 'What happens then', reason: 'Why' };
