import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { INFORMATION_REQUEST_TYPES, type Classification, type FieldError, type InformationRequestType } from '@send/contracts';
import { GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, GovukTextarea, INVALID_DATE, type GovukChoice } from '@send/web-ui';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { SessionStore } from '../../core/session';
import { REQUEST_TYPE_LABELS } from '../request-labels';
import { RequestsApi } from '../requests-api';

const TYPE_HINTS: Record<InformationRequestType, string> = {
  foi: 'Freedom of Information Act 2000: 20 working days',
  eir: 'Environmental Information Regulations 2004: 20 working days',
  sar: 'UK GDPR subject access: one calendar month, extendable by two',
};

/** What the flash on the request's page says. */
export interface RequestSavedState {
  saved?: 'logged';
}

/** /requests/new: log a request as it arrived; its deadline is worked out by the service. */
@Component({
  selector: 'app-request-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/requests" text="Back to requests" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        <h1 class="govuk-heading-l" tabindex="-1">Log a request</h1>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="request-form">
          <govuk-radios id="type" legend="Type of request" legendSize="s" [options]="typeOptions" [control]="form.controls.type" [errorMessage]="errors.errorFor('type')" />
          <govuk-date-input id="receivedOn" legend="Date received" legendSize="s" hint="The deadline counts from this day. For example, 27 3 2026" [control]="form.controls.receivedOn" [errorMessage]="errors.errorFor('receivedOn')" />
          <govuk-input id="requesterName" label="Requester's name" labelSize="s" hint="Personal data: only officials and the private office see it" [control]="form.controls.requesterName" [errorMessage]="errors.errorFor('requesterName')" />
          <govuk-input id="requesterEmail" label="Requester's email address (optional)" labelSize="s" type="email" autocomplete="off" [control]="form.controls.requesterEmail" [errorMessage]="errors.errorFor('requesterEmail')" />
          <govuk-textarea id="summary" label="What they asked for" labelSize="s" [rows]="5" [control]="form.controls.summary" [errorMessage]="errors.errorFor('summary')" />
          <govuk-select id="ownerUserId" label="Owner (optional)" labelSize="s" hint="Who is answering it" [options]="owners()" [control]="form.controls.ownerUserId" [errorMessage]="errors.errorFor('ownerUserId')" />
          <govuk-radios id="classification" legend="Classification" legendSize="s" [small]="true" [options]="classificationOptions" [control]="form.controls.classification" [errorMessage]="errors.errorFor('classification')" />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Log request</button>
            <a class="govuk-link" routerLink="/requests">Cancel</a>
          </div>
        </form>
      </div>
    </div>
  `,
})
export class RequestFormPage {
  private readonly api = inject(RequestsApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly typeOptions: GovukChoice[] = INFORMATION_REQUEST_TYPES.map((t) => ({ value: t, text: REQUEST_TYPE_LABELS[t], hint: TYPE_HINTS[t] }));
  protected readonly classificationOptions: GovukChoice[] = [
    { value: 'OFFICIAL', text: 'Official' },
    { value: 'OFFICIAL_SENSITIVE', text: 'Official-Sensitive', hint: 'Hidden from viewers' },
  ];
  protected readonly errors = new FormErrors(
    { type: 'type', receivedOn: 'receivedOn-day', requesterName: 'requesterName', requesterEmail: 'requesterEmail', summary: 'summary', ownerUserId: 'ownerUserId', classification: 'classification' },
    { receivedOn: 'The date received', requesterEmail: 'The email address', ownerUserId: 'The owner' },
  );
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    type: new FormControl<string | null>(null),
    receivedOn: new FormControl<string | null>(null),
    requesterName: new FormControl<string | null>(''),
    requesterEmail: new FormControl<string | null>(''),
    summary: new FormControl<string | null>(''),
    ownerUserId: new FormControl<string | null>(inject(SessionStore).user()?.id ?? ''),
    classification: new FormControl<string | null>('OFFICIAL'),
  });
  protected readonly owners = toSignal(
    this.api.users().pipe(
      map((page) => [{ value: '', text: 'No owner yet' }, ...page.items.filter((u) => u.active).map((u) => ({ value: u.id, text: u.name }))]),
      catchError(() => of([{ value: '', text: 'No owner yet' }])),
    ),
    { initialValue: [{ value: '', text: 'No owner yet' }] },
  );

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const problems: FieldError[] = [];
    if (!v.type) problems.push({ field: 'type', message: 'Choose the type of request' });
    if (!v.receivedOn) problems.push({ field: 'receivedOn', message: 'Enter the date the request was received' });
    else if (v.receivedOn === INVALID_DATE) problems.push({ field: 'receivedOn', message: 'The date received must be a real date' });
    if (!v.requesterName?.trim()) problems.push({ field: 'requesterName', message: 'Enter the requester’s name' });
    if (!v.summary?.trim()) problems.push({ field: 'summary', message: 'Enter what they asked for' });
    if (problems.length) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.create(
          {
            type: v.type as InformationRequestType,
            receivedOn: v.receivedOn as string,
            requesterName: (v.requesterName ?? '').trim(),
            requesterEmail: v.requesterEmail?.trim() || null,
            summary: (v.summary ?? '').trim(),
            ownerUserId: v.ownerUserId || null,
            classification: (v.classification ?? 'OFFICIAL') as Classification,
          },
          this.idempotencyKey,
        ),
      );
      await this.router.navigate(['/requests', saved.id], { state: { saved: 'logged' } satisfies RequestSavedState });
    } catch (error) {
      this.errors.fromError(error, 'summary');
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
