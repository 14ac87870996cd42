import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { INFORMATION_REQUEST_STATUSES, type FieldError, type InformationRequestResponse, type InformationRequestStatus } from '@send/contracts';
import { GovukDateInput, GovukErrorSummary, GovukRadios, GovukTextarea, INVALID_DATE, type GovukChoice } from '@send/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { REQUEST_STATUS_LABELS } from '../request-labels';
import { RequestsApi } from '../requests-api';

const STATUS_HINTS: Partial<Record<InformationRequestStatus, string>> = {
  searching: 'Finding the information held',
  drafting: 'Writing the response',
  cleared: 'The response is agreed and ready to send',
  responded: 'Sent: the request is closed',
  withdrawn: 'The requester withdrew it: the request is closed',
};

/** Moving a request on: its status, the clock for clarification, and a subject access extension. Each sends the version read. */
@Component({
  selector: 'app-request-progress',
  imports: [ReactiveFormsModule, GovukDateInput, GovukErrorSummary, GovukRadios, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-progress.html',
})
export class RequestProgress {
  private readonly api = inject(RequestsApi);
  readonly request = input.required<InformationRequestResponse>();
  readonly saved = output<{ request: InformationRequestResponse; message: string }>();
  /** Someone else changed it: the page reads it again. */
  readonly stale = output();

  protected readonly errors = new FormErrors(
    { status: 'status', respondedOn: 'respondedOn-day', from: 'from-day', reason: 'reason', to: 'to-day', extensionMonths: 'extensionMonths', extensionReason: 'extensionReason' },
    { respondedOn: 'The date responded', from: 'The date asked', to: 'The date it came', extensionReason: 'The reason' },
  );
  protected readonly busy = signal(false);
  protected readonly statusOptions: GovukChoice[] = INFORMATION_REQUEST_STATUSES.map((s) => ({ value: s, text: REQUEST_STATUS_LABELS[s], hint: STATUS_HINTS[s] }));
  protected readonly extensionOptions: GovukChoice[] = [
    { value: '0', text: 'No extension' },
    { value: '1', text: 'One further month' },
    { value: '2', text: 'Two further months', hint: 'The most the law allows' },
  ];
  protected readonly statusForm = new FormGroup({ status: new FormControl<string | null>(null), respondedOn: new FormControl<string | null>(null) });
  protected readonly clockForm = new FormGroup({ from: new FormControl<string | null>(null), reason: new FormControl<string | null>(''), to: new FormControl<string | null>(null) });
  protected readonly extensionForm = new FormGroup({ extensionMonths: new FormControl<string | null>('0'), extensionReason: new FormControl<string | null>('') });
  protected readonly status = signal<string | null>(null);
  protected readonly isSar = computed(() => this.request().type === 'sar');

  constructor() {
    // A fresh copy of the request (saved here or read again) resets the forms to it.
    effect(() => {
      const r = this.request();
      this.statusForm.reset({ status: r.status, respondedOn: r.respondedOn });
      this.clockForm.reset({ from: null, reason: '', to: null });
      this.extensionForm.reset({ extensionMonths: String(r.extensionMonths), extensionReason: r.extensionReason ?? '' });
      this.status.set(r.status);
    });
    this.statusForm.controls.status.valueChanges.subscribe((value) => this.status.set(value));
  }

  protected saveStatus(): Promise<void> {
    const { status, respondedOn } = this.statusForm.getRawValue();
    const responded = status === 'responded';
    const problems = responded ? dateProblems('respondedOn', respondedOn, 'Enter the date the response was sent') : [];
    return this.send(problems, () => this.api.update(this.request().id, this.request().version, { status: status as InformationRequestStatus, respondedOn: responded ? respondedOn : null }), `Status changed to ${REQUEST_STATUS_LABELS[status as InformationRequestStatus]}`);
  }

  protected stopClock(): Promise<void> {
    const { from, reason } = this.clockForm.getRawValue();
    const problems = [...dateProblems('from', from, 'Enter the date clarification was asked for'), ...(reason?.trim() ? [] : [{ field: 'reason', message: 'Enter what was asked' }])];
    return this.send(problems, () => this.api.pause(this.request().id, this.request().version, { from: from as string, reason: (reason ?? '').trim() }), 'The clock is stopped until the clarification comes');
  }

  protected restartClock(): Promise<void> {
    const { to } = this.clockForm.getRawValue();
    return this.send(dateProblems('to', to, 'Enter the date the clarification came'), () => this.api.resume(this.request().id, this.request().version, { to: to as string }), 'The clock is running again');
  }

  protected saveExtension(): Promise<void> {
    const { extensionMonths, extensionReason } = this.extensionForm.getRawValue();
    const months = Number(extensionMonths ?? 0);
    const problems = months > 0 && !extensionReason?.trim() ? [{ field: 'extensionReason', message: 'Enter why the request needs more time' }] : [];
    return this.send(problems, () => this.api.update(this.request().id, this.request().version, { extensionMonths: months, extensionReason: months > 0 ? (extensionReason ?? '').trim() : null }), months ? 'The deadline is extended' : 'The extension is removed');
  }

  private async send(problems: FieldError[], call: () => Observable<InformationRequestResponse>, message: string): Promise<void> {
    this.errors.set(problems);
    if (problems.length) return;
    this.busy.set(true);
    try {
      this.saved.emit({ request: await firstValueFrom(call()), message });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 412) {
        this.errors.set([{ field: 'stale', message: 'Someone else changed this request while you had it open. It now shows their changes: check them and try again.' }]);
        this.stale.emit();
      } else this.errors.fromError(error, 'status');
    } finally {
      this.busy.set(false);
    }
  }
}

function dateProblems(field: string, value: string | null, missing: string): FieldError[] {
  if (!value) return [{ field, message: missing }];
  return value === INVALID_DATE ? [{ field, message: 'Enter a real date' }] : [];
}
