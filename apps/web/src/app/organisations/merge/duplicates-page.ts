import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink, formatLondonDate, formatLondonDateTime } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { SessionStore } from '../../core/session';
import { ORGANISATION_TYPE_LABELS } from '../labels';
import { REASON_LABELS, movedText } from './merge-labels';
import { MergesApi } from './merges-api';

/** /organisations/duplicates: likely duplicates to review, and the merges already made. */
@Component({
  selector: 'app-duplicates-page',
  imports: [RouterLink, GovukBackLink, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/organisations" text="Back to organisations" />
    <h1 class="govuk-heading-l">Possible duplicate organisations</h1>
    <p class="govuk-body">Organisations whose names are alike, or whose contacts’ email addresses or websites share a domain few others use. Check each pair before merging: only an admin can merge, and a merge cannot be undone.</p>
    @if (pairs(); as pairs) {
      <p class="govuk-body" role="status" data-testid="duplicates-status">
        {{ pairs.length ? pairs.length + (pairs.length === 1 ? ' pair' : ' pairs') + ' to review' : 'No likely duplicates found.' }}
        @if (checked(); as n) {
          ({{ n.toLocaleString('en-GB') }} newest organisations checked against all others)
        }
      </p>
      @if (pairs.length) {
        <table class="govuk-table govuk-table--small-text-until-tablet app-table--stack" data-testid="duplicates">
          <caption class="govuk-table__caption govuk-visually-hidden">Pairs of organisations that may be one</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Keep (older)</th>
              <th scope="col" class="govuk-table__header">Possible duplicate</th>
              <th scope="col" class="govuk-table__header">Why</th>
              <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Merge</span></th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (p of pairs; track p.key) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" data-label="Keep">
                  <a class="govuk-link" [routerLink]="['/organisations', p.a.id]">{{ p.a.name }}</a>
                  <span class="govuk-body-s govuk-!-display-block govuk-!-margin-0">{{ p.a.detail }}</span>
                </td>
                <td class="govuk-table__cell" data-label="Duplicate">
                  <a class="govuk-link" [routerLink]="['/organisations', p.b.id]">{{ p.b.name }}</a>
                  <span class="govuk-body-s govuk-!-display-block govuk-!-margin-0">{{ p.b.detail }}</span>
                </td>
                <td class="govuk-table__cell" data-label="Why">{{ p.why }}</td>
                <td class="govuk-table__cell">
                  @if (canMerge()) {
                    <a class="govuk-link" [routerLink]="['/organisations', p.b.id, 'merge']" [queryParams]="{ into: p.a.id }">Merge<span class="govuk-visually-hidden"> {{ p.b.name }} into {{ p.a.name }}</span></a>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    } @else if (duplicates.error(); as error) {
      <app-load-failed what="The possible duplicates" [error]="error" (retry)="duplicates.reload()" />
    } @else {
      <p class="govuk-body" role="status">Looking for duplicates…</p>
    }

    <h2 class="govuk-heading-m govuk-!-margin-top-8">Merges made</h2>
    @if (merges(); as merges) {
      @if (merges.length) {
        <ul class="govuk-list govuk-list--spaced" data-testid="merges">
          @for (m of merges; track m.id) {
            <li>
              <a class="govuk-link" [routerLink]="['/organisations', m.from.id]">{{ m.from.name }}</a> merged into
              <a class="govuk-link" [routerLink]="['/organisations', m.into.id]">{{ m.into.name }}</a>
              <span class="govuk-body-s govuk-!-display-block">{{ m.when }} by {{ m.by }}. Moved: {{ m.moved }}.</span>
            </li>
          }
        </ul>
      } @else {
        <p class="govuk-body">No organisations have been merged.</p>
      }
    }
  `,
})
export class DuplicatesPage {
  private readonly api = inject(MergesApi);
  private readonly session = inject(SessionStore);
  protected readonly canMerge = computed(() => this.session.hasRole('admin'));
  protected readonly duplicates = rxResource({ stream: () => this.api.duplicates() });
  private readonly mergeList = rxResource({ stream: () => this.api.merges() });

  protected readonly checked = computed(() => (this.duplicates.hasValue() ? this.duplicates.value().checkedNewest : null));
  protected readonly pairs = computed(() =>
    this.duplicates.hasValue()
      ? this.duplicates.value().items.map((p) => {
          const detail = (c: typeof p.a) => `${ORGANISATION_TYPE_LABELS[c.type]} · ${c.contacts} ${c.contacts === 1 ? 'contact' : 'contacts'} · ${c.meetings} ${c.meetings === 1 ? 'meeting' : 'meetings'} · added ${formatLondonDate(c.createdAt.slice(0, 10))}`;
          const reasons = p.reasons.map((r) => REASON_LABELS[r] + (r !== 'similar_name' && p.domain ? ` (${p.domain})` : ''));
          return { key: `${p.a.id} ${p.b.id}`, a: { ...p.a, detail: detail(p.a) }, b: { ...p.b, detail: detail(p.b) }, why: `${reasons.join('; ')}. Names ${Math.round(p.similarity * 100)}% alike.` };
        })
      : null,
  );
  protected readonly merges = computed(() =>
    this.mergeList.hasValue() ? this.mergeList.value().items.map((m) => ({ ...m, when: formatLondonDateTime(m.mergedAt), by: m.mergedByName ?? 'a former user', moved: movedText(m.moved) })) : null,
  );
}
