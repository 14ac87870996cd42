import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PARLIAMENTARY_KINDS, type Classification, type FieldError, type ParliamentaryKind } from '@send/contracts';
import { GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, INVALID_DATE, type GovukChoice } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { KIND_LABELS, signaturesFrom } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';

const KIND_HINTS: Record<ParliamentaryKind, string> = {
  committee_report: 'The government responds within two months of publication',
  petition: 'The government responds at 10,000 signatures; at 100,000 it is considered for debate',
  white_paper: 'The department’s own proposals: no response owed',
  consultation: 'The response is published within twelve weeks of closing',
};

/** What the flash on the item's page says. */
export interface ParliamentSavedState {
  saved?: 'added';
}

const date = (value: string | null) => value || null;

/** /parliament/new: add a report, petition, paper or consultation; the date the response is due is the service's. */
@Component({
  selector: 'app-parliament-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukDateInput, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/parliament" text="Back to the register" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors.summary()" />
        <h1 class="govuk-heading-l" tabindex="-1">Add to the register</h1>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="parliament-form">
          <govuk-radios id="kind" legend="What is it?" legendSize="s" [options]="kindOptions" [control]="form.controls.kind" [errorMessage]="errors.errorFor('kind')" />
          <govuk-input id="title" label="Title" labelSize="s" [control]="form.controls.title" [errorMessage]="errors.errorFor('title')" />
          <govuk-input id="source" label="From" labelSize="s" hint="The committee, the Petitions Committee or the department" [control]="form.controls.source" [errorMessage]="errors.errorFor('source')" />
          <govuk-date-input id="publishedOn" legend="Date published or opened" legendSize="s" hint="For example, 15 1 2025" [control]="form.controls.publishedOn" [errorMessage]="errors.errorFor('publishedOn')" />
          @if (kind() === 'consultation' || kind() === 'petition') {
            <govuk-date-input id="closesOn" legend="Date it closes (optional)" legendSize="s" [control]="form.controls.closesOn" [errorMessage]="errors.errorFor('closesOn')" />
          }
          @if (kind() === 'petition') {
            <govuk-input id="petitionNumber" label="Petition number" labelSize="s" hint="As on petition.parliament.uk" inputmode="numeric" [width]="10" [control]="form.controls.petitionNumber" [errorMessage]="errors.errorFor('petitionNumber')" />
            <govuk-input id="signatures" label="Signatures (optional)" labelSize="s" inputmode="numeric" [width]="10" [control]="form.controls.signatures" [errorMessage]="errors.errorFor('signatures')" />
            <govuk-date-input id="petitionResponseDue" legend="Response due (optional)" legendSize="s" hint="Once it passes 10,000 signatures" [control]="form.controls.petitionResponseDue" [errorMessage]="errors.errorFor('petitionResponseDue')" />
          }
          <govuk-input id="url" label="Web address (optional)" labelSize="s" type="url" [control]="form.controls.url" [errorMessage]="errors.errorFor('url')" />
          <govuk-textarea id="summary" label="Summary (optional)" labelSize="s" [rows]="4" [control]="form.controls.summary" [errorMessage]="errors.errorFor('summary')" />
          <govuk-radios id="classification" legend="Classification" legendSize="s" [small]="true" [options]="classificationOptions" [control]="form.controls.classification" [errorMessage]="errors.errorFor('classification')" />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Add to the register</button>
            <a class="govuk-link" routerLink="/parliament">Cancel</a>
          </div>
        </form>
      </div>
    </div>
  `,
})
export class ParliamentFormPage {
  private readonly api = inject(ParliamentApi);
  private readonly router = inject(Router);
  private readonly errorSummary = viewChild(GovukErrorSummary);
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly kindOptions: GovukChoice[] = PARLIAMENTARY_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k], hint: KIND_HINTS[k] }));
  protected readonly classificationOptions: GovukChoice[] = [
    { value: 'OFFICIAL', text: 'Official' },
    { value: 'OFFICIAL_SENSITIVE', text: 'Official-Sensitive', hint: 'Hidden from viewers' },
  ];
  protected readonly errors = new FormErrors(
    {
      kind: 'kind',
      title: 'title',
      source: 'source',
      publishedOn: 'publishedOn-day',
      closesOn: 'closesOn-day',
      petitionNumber: 'petitionNumber',
      signatures: 'signatures',
      petitionResponseDue: 'petitionResponseDue-day',
      url: 'url',
      summary: 'summary',
      classification: 'classification',
    },
    { publishedOn: 'The date published', closesOn: 'The closing date', petitionNumber: 'The petition number', petitionResponseDue: 'The response date', url: 'The web address' },
  );
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    kind: new FormControl<string | null>(null),
    title: new FormControl<string | null>(''),
    source: new FormControl<string | null>(''),
    publishedOn: new FormControl<string | null>(null),
    closesOn: new FormControl<string | null>(null),
    petitionNumber: new FormControl<string | null>(''),
    signatures: new FormControl<string | null>(''),
    petitionResponseDue: new FormControl<string | null>(null),
    url: new FormControl<string | null>(''),
    summary: new FormControl<string | null>(''),
    classification: new FormControl<string | null>('OFFICIAL'),
  });
  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, { initialValue: null });
  protected readonly kind = computed(() => this.kindValue() as ParliamentaryKind | null);

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const petition = v.kind === 'petition';
    const dated = v.kind === 'petition' || v.kind === 'consultation';
    const problems: FieldError[] = [];
    if (!v.kind) problems.push({ field: 'kind', message: 'Choose what it is' });
    if (!v.title?.trim()) problems.push({ field: 'title', message: 'Enter the title' });
    if (!v.source?.trim()) problems.push({ field: 'source', message: 'Enter who it is from' });
    if (!v.publishedOn) problems.push({ field: 'publishedOn', message: 'Enter the date it was published or opened' });
    for (const field of ['publishedOn', 'closesOn', 'petitionResponseDue'] as const) if (v[field] === INVALID_DATE) problems.push({ field, message: 'Enter a real date' });
    if (petition && !/^\d+$/.test(v.petitionNumber?.trim() ?? '')) problems.push({ field: 'petitionNumber', message: 'Enter the petition number, in figures' });
    const signatures = signaturesFrom(v.signatures);
    if (petition && Number.isNaN(signatures)) problems.push({ field: 'signatures', message: 'Enter the signatures in figures' });
    if (problems.length) {
      this.errors.set(problems);
      return this.errorSummary()?.focus();
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.create(
          {
            kind: v.kind as ParliamentaryKind,
            title: (v.title ?? '').trim(),
            source: (v.source ?? '').trim(),
            publishedOn: v.publishedOn as string,
            closesOn: dated ? date(v.closesOn) : null,
            url: v.url?.trim() || null,
            summary: v.summary?.trim() || null,
            ...(petition ? { petitionNumber: Number(v.petitionNumber), signatures, petitionResponseDue: date(v.petitionResponseDue) } : {}),
            classification: (v.classification ?? 'OFFICIAL') as Classification,
          },
          this.idempotencyKey,
        ),
      );
      await this.router.navigate(['/parliament', saved.id], { state: { saved: 'added' } satisfies ParliamentSavedState });
    } catch (error) {
      this.errors.fromError(error, 'title');
      this.errorSummary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
