import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { GovukBackLink, GovukErrorSummary, GovukWarningText, type ErrorSummaryItem } from '@send/web-ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { LoadFailed } from '../../core/load-failed';
import { problemOf } from '../../core/problem';
import { OrganisationsApi } from '../organisations-api';
import { flash } from '../view/flash';
import { MergesApi } from './merges-api';

/** /organisations/:id/merge?into=: confirms merging the organisation at :id (the duplicate) into another. */
@Component({
  selector: 'app-merge-page',
  imports: [RouterLink, GovukBackLink, GovukErrorSummary, GovukWarningText, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/organisations/duplicates" text="Back to possible duplicates" />
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <govuk-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l" tabindex="-1">Merge these organisations?</h1>
        @if (pair(); as p) {
          <dl class="govuk-summary-list" data-testid="merge-pair">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Duplicate, to be merged</dt>
              <dd class="govuk-summary-list__value"><a class="govuk-link" [routerLink]="['/organisations', p.from.id]">{{ p.from.name }}</a></dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Kept</dt>
              <dd class="govuk-summary-list__value"><a class="govuk-link" [routerLink]="['/organisations', p.into.id]">{{ p.into.name }}</a></dd>
            </div>
          </dl>
          @if (p.problem; as problem) {
            <p class="govuk-body" data-testid="merge-refused">{{ problem }}</p>
          } @else {
            <p class="govuk-body">Every contact, meeting attended, position, action and group membership of {{ p.from.name }} moves to {{ p.into.name }}. Where both attended the same meeting or were in the same group at once, they are combined.</p>
            <p class="govuk-body">{{ p.from.name }} is kept, archived, with a link to {{ p.into.name }}, so its history can still be read.</p>
            <govuk-warning-text text="A merge cannot be undone." />
            <div class="govuk-button-group">
              <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()" (click)="confirm()">Merge organisations</button>
              <a class="govuk-link" routerLink="/organisations/duplicates">Cancel</a>
            </div>
          }
        } @else if (!into()) {
          <p class="govuk-body">Choose the organisation to keep from the <a class="govuk-link" routerLink="/organisations/duplicates">possible duplicates</a>.</p>
        } @else if (records.error(); as error) {
          <app-load-failed what="The organisations" [error]="error" (retry)="records.reload()" />
        } @else {
          <p class="govuk-body">Loading the organisations…</p>
        }
      </div>
    </div>
  `,
})
export class MergePage {
  /** The route's :id: the duplicate. */
  readonly id = input.required<string>();
  /** ?into=: the organisation kept. */
  readonly into = input<string>();

  private readonly organisations = inject(OrganisationsApi);
  private readonly api = inject(MergesApi);
  private readonly router = inject(Router);
  private readonly summary = viewChild(GovukErrorSummary);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = signal(false);

  protected readonly records = rxResource({
    params: () => (this.into() ? { from: this.id(), into: this.into() as string } : undefined),
    stream: ({ params }) => forkJoin({ from: this.organisations.get(params.from), into: this.organisations.get(params.into) }),
  });
  protected readonly pair = computed(() => {
    if (!this.records.hasValue()) return null;
    const { from, into } = this.records.value();
    const problem =
      from.id === into.id ? 'An organisation cannot be merged into itself.' : from.mergedIntoId ? `${from.name} has already been merged.` : into.archivedAt ? `${into.name} is archived: merge into a current organisation.` : from.archivedAt ? `${from.name} is archived: restore it before merging it.` : null;
    return { from, into, problem };
  });

  protected async confirm(): Promise<void> {
    const p = this.pair();
    if (!p || this.busy()) return;
    this.busy.set(true);
    try {
      const done = await firstValueFrom(this.api.merge(p.from.id, p.from.version, p.into.id));
      await this.router.navigate(['/organisations', done.into.id], { state: flash(`${done.from.name} has been merged into ${done.into.name}`) });
    } catch (error) {
      const problem = problemOf(error);
      this.errors.set([{ text: problem.status === 412 ? `${p.from.name} was changed while you were looking at it. Check it again before merging.` : problem.detail }]);
      if (problem.status === 412) this.records.reload();
      this.summary()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
