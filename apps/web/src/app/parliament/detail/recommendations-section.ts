import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RECOMMENDATION_ANSWERS, type FieldError, type ParliamentaryItemDetailResponse, type RecommendationAnswer } from '@send/contracts';
import { GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, GovukTag, GovukTextarea, type GovukChoice } from '@send/web-ui';
import { FormErrors } from '../../core/form-errors';
import { ANSWER_LABELS, ANSWER_TAGS } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';
import { SectionSave } from './saving';

/** A committee report's recommendations with the government's answer to each; keepers add and answer them. */
@Component({
  selector: 'app-recommendations-section',
  imports: [ReactiveFormsModule, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, GovukTag, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="recommendations-heading" class="govuk-!-margin-top-8" data-testid="recommendations">
      <h2 class="govuk-heading-m" id="recommendations-heading">Recommendations</h2>
      @if (item().recommendations.length) {
        <table class="govuk-table govuk-table--small-text-until-tablet app-table--stack">
          <caption class="govuk-table__caption govuk-visually-hidden">The report's recommendations and the government's answers</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">No.</th>
              <th scope="col" class="govuk-table__header">Recommendation</th>
              <th scope="col" class="govuk-table__header">Answer</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (r of item().recommendations; track r.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" data-label="No.">{{ r.number }}</td>
                <td class="govuk-table__cell" data-label="Recommendation">{{ r.text }}</td>
                <td class="govuk-table__cell" data-label="Answer">
                  <govuk-tag [text]="tags[r.answer].text" [colour]="tags[r.answer].colour" />
                  @if (r.answerText) {
                    <br />{{ r.answerText }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body">No recommendations recorded yet.</p>
      }

      @if (canEdit()) {
        <govuk-error-summary [errors]="errors.summary()" />
        @if (item().recommendations.length) {
          <form [formGroup]="answerForm" (ngSubmit)="answer()" novalidate data-testid="answer-form">
            <h3 class="govuk-heading-s">Record the government's answer</h3>
            <govuk-select id="recommendationId" label="Recommendation" labelSize="s" [options]="numbers()" [control]="answerForm.controls.recommendationId" [errorMessage]="errors.errorFor('recommendationId')" />
            <govuk-radios id="answer" legend="Answer" legendSize="s" [small]="true" [options]="answerOptions" [control]="answerForm.controls.answer" [errorMessage]="errors.errorFor('answer')" />
            <govuk-textarea id="answerText" label="What the government said" labelSize="s" [rows]="3" [control]="answerForm.controls.answerText" [errorMessage]="errors.errorFor('answerText')" />
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="saving.busy()">Save answer</button>
          </form>
        }
        <form [formGroup]="addForm" (ngSubmit)="add()" novalidate data-testid="recommendation-form">
          <h3 class="govuk-heading-s">Add a recommendation</h3>
          <govuk-input id="number" label="Number in the report" labelSize="s" inputmode="numeric" [width]="3" [control]="addForm.controls.number" [errorMessage]="errors.errorFor('number')" />
          <govuk-textarea id="text" label="Recommendation" labelSize="s" [rows]="3" [control]="addForm.controls.text" [errorMessage]="errors.errorFor('text')" />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" [disabled]="saving.busy()">Add recommendation</button>
        </form>
      }
    </section>
  `,
})
export class RecommendationsSection {
  private readonly api = inject(ParliamentApi);
  readonly item = input.required<ParliamentaryItemDetailResponse>();
  readonly canEdit = input(false);
  readonly saved = output<string>();
  readonly stale = output();

  protected readonly tags = ANSWER_TAGS;
  protected readonly errors = new FormErrors({ recommendationId: 'recommendationId', answer: 'answer', answerText: 'answerText', number: 'number', text: 'text' }, { answerText: 'The answer', number: 'The number' });
  protected readonly saving = new SectionSave(this.errors, 'text', () => this.stale.emit());
  protected readonly answerOptions: GovukChoice[] = RECOMMENDATION_ANSWERS.map((a) => ({ value: a, text: ANSWER_LABELS[a] }));
  protected readonly numbers = computed(() => [{ value: '', text: 'Choose a recommendation' }, ...this.item().recommendations.map((r) => ({ value: r.id, text: `Recommendation ${r.number}` }))]);
  protected readonly answerForm = new FormGroup({ recommendationId: new FormControl<string | null>(''), answer: new FormControl<string | null>(null), answerText: new FormControl<string | null>('') });
  protected readonly addForm = new FormGroup({ number: new FormControl<string | null>(''), text: new FormControl<string | null>('') });
  private readonly idempotencyKey = () => crypto.randomUUID();

  protected async answer(): Promise<void> {
    const v = this.answerForm.getRawValue();
    const chosen = this.item().recommendations.find((r) => r.id === v.recommendationId);
    const problems: FieldError[] = [];
    if (!chosen) problems.push({ field: 'recommendationId', message: 'Choose the recommendation' });
    if (!v.answer) problems.push({ field: 'answer', message: 'Choose the answer' });
    const body = { answer: v.answer as RecommendationAnswer, answerText: v.answerText?.trim() || null };
    if (await this.saving.run(problems, () => this.api.answer(this.item().id, chosen?.id ?? '', chosen?.version ?? 0, body))) {
      this.answerForm.reset({ recommendationId: '', answer: null, answerText: '' });
      this.saved.emit(`Answer to recommendation ${chosen?.number} saved`);
    }
  }

  protected async add(): Promise<void> {
    const v = this.addForm.getRawValue();
    const number = v.number?.trim() ?? '';
    const problems: FieldError[] = [];
    if (!/^\d+$/.test(number) || Number(number) < 1) problems.push({ field: 'number', message: 'Enter the recommendation’s number in the report, in figures' });
    if (!v.text?.trim()) problems.push({ field: 'text', message: 'Enter the recommendation' });
    if (await this.saving.run(problems, () => this.api.addRecommendation(this.item().id, { number: Number(number), text: (v.text ?? '').trim() }, this.idempotencyKey()))) {
      this.addForm.reset({ number: '', text: '' });
      this.saved.emit(`Recommendation ${number} added`);
    }
  }
}
