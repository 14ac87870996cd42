import { ChangeDetectionStrategy, Component, effect, input, output, signal, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RESPONSE_STATUSES, type FieldError, type ParliamentaryItemResponse, type ResponseStatus } from '@send/contracts';
import { GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, INVALID_DATE, type GovukChoice } from '@send/web-ui';
import { FormErrors } from '../../core/form-errors';
import { RESPONSE_STATUS_LABELS, signaturesFrom } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';
import { SectionSave } from './saving';

const STATUS_HINTS: Record<ResponseStatus, string> = {
  not_started: 'No one is working on it yet',
  drafting: 'Officials are writing it',
  in_clearance: 'With ministers and the private office to agree',
  published: 'Laid or published: needs the text and the date',
};

/** The department's response, and for a petition its latest count. Sends the version read. */
@Component({
  selector: 'app-response-form',
  imports: [ReactiveFormsModule, GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="response-heading" class="govuk-!-margin-top-8" data-testid="response-section">
      <h2 class="govuk-heading-m" id="response-heading">Our response</h2>
      <govuk-error-summary [errors]="errors.summary()" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="response-form">
        <govuk-radios id="responseStatus" legend="Where the response is" legendSize="s" [small]="true" [options]="statusOptions" [control]="form.controls.responseStatus" [errorMessage]="errors.errorFor('responseStatus')" />
        <govuk-textarea id="responseText" label="The response, or a summary of it" labelSize="s" [rows]="4" [control]="form.controls.responseText" [errorMessage]="errors.errorFor('responseText')" />
        <govuk-date-input id="respondedOn" legend="Date published (when published)" legendSize="s" [control]="form.controls.respondedOn" [errorMessage]="errors.errorFor('respondedOn')" />
        @if (item().kind === 'petition') {
          <govuk-input id="signatures" label="Signatures now" labelSize="s" inputmode="numeric" [width]="10" [control]="form.controls.signatures" [errorMessage]="errors.errorFor('signatures')" />
        }
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="saving.busy()">Save response</button>
      </form>
    </section>
  `,
})
export class ResponseForm {
  private readonly api = inject(ParliamentApi);
  readonly item = input.required<ParliamentaryItemResponse>();
  /** Saved, with what to say; the page reads the item again. */
  readonly saved = output<string>();
  readonly stale = output();

  protected readonly errors = new FormErrors(
    { responseStatus: 'responseStatus', responseText: 'responseText', respondedOn: 'respondedOn-day', signatures: 'signatures' },
    { responseText: 'The response', respondedOn: 'The date published' },
  );
  protected readonly saving = new SectionSave(this.errors, 'responseText', () => this.stale.emit());
  protected readonly statusOptions: GovukChoice[] = RESPONSE_STATUSES.map((s) => ({ value: s, text: RESPONSE_STATUS_LABELS[s], hint: STATUS_HINTS[s] }));
  protected readonly form = new FormGroup({
    responseStatus: new FormControl<string | null>(null),
    responseText: new FormControl<string | null>(''),
    respondedOn: new FormControl<string | null>(null),
    signatures: new FormControl<string | null>(''),
  });
  private readonly loadedFor = signal<number | null>(null);

  constructor() {
    // A fresh copy of the item resets the form to it.
    effect(() => {
      const p = this.item();
      if (this.loadedFor() === p.version) return;
      this.form.reset({ responseStatus: p.responseStatus, responseText: p.responseText ?? '', respondedOn: p.respondedOn, signatures: p.signatures === null ? '' : String(p.signatures) });
      this.loadedFor.set(p.version);
    });
  }

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const status = v.responseStatus as ResponseStatus;
    const text = v.responseText?.trim() || null;
    const signatures = signaturesFrom(v.signatures);
    const problems: FieldError[] = [];
    if (status === 'published' && !text) problems.push({ field: 'responseText', message: 'Enter the response that was published' });
    if (status === 'published' && !v.respondedOn) problems.push({ field: 'respondedOn', message: 'Enter the date the response was published' });
    if (v.respondedOn === INVALID_DATE) problems.push({ field: 'respondedOn', message: 'Enter a real date' });
    if (this.item().kind === 'petition' && Number.isNaN(signatures)) problems.push({ field: 'signatures', message: 'Enter the signatures in figures' });
    const p = this.item();
    const body = {
      responseStatus: status,
      responseText: text,
      respondedOn: v.respondedOn || null,
      ...(p.kind === 'petition' && signatures !== null ? { signatures } : {}),
    };
    if (await this.saving.run(problems, () => this.api.update(p.id, p.version, body))) this.saved.emit(`Response saved: ${RESPONSE_STATUS_LABELS[status]}`);
  }
}
