import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink, formatLondonDateTime } from '@send/web-ui';
import { map } from 'rxjs';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { LegalHoldsApi } from './legal-holds-api';

const ENTITY_LABELS = { organisation: 'Organisation', contact: 'Contact', meeting: 'Meeting', information_request: 'Information request' } as const;
const LINKS = { organisation: '/organisations/', contact: null, meeting: '/meetings/', information_request: '/requests/' } as const;

/** /admin/legal-holds: the holds in place, each released from here. */
@Component({
  selector: 'app-legal-holds-page',
  imports: [RouterLink, GovukBackLink, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Legal holds</h1>
    <p class="govuk-body">While a record is under a legal hold it is kept exactly as it is: contacts cannot be anonymised or exported for subject access, organisations cannot be merged. A hold on an organisation holds its contacts. Place one from the organisation’s page.</p>
    <app-load-status [state]="holds()" what="the legal holds" />
    @if (holds(); as holds) {
      @if (holds.state === 'ready') {
        @if (holds.value.length) {
          <table class="govuk-table" data-testid="legal-holds">
            <caption class="govuk-table__caption govuk-visually-hidden">Legal holds in place, newest first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Record</th>
                <th scope="col" class="govuk-table__header">Reason</th>
                <th scope="col" class="govuk-table__header">Placed</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Release</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (h of holds.value; track h.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <span class="govuk-caption-s govuk-!-margin-0">{{ h.kind }}</span>
                    @if (h.link) {
                      <a class="govuk-link" [routerLink]="h.link">{{ h.label }}</a>
                    } @else {
                      {{ h.label }}
                    }
                  </td>
                  <td class="govuk-table__cell">{{ h.reason }}</td>
                  <td class="govuk-table__cell">{{ h.placed }}</td>
                  <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/admin/legal-holds', h.id, 'release']">Release<span class="govuk-visually-hidden"> the hold on {{ h.label }}</span></a></td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body" data-testid="empty">No records are under a legal hold.</p>
        }
      }
    }
  `,
})
export class LegalHoldsPage {
  protected readonly flash = inject(AdminFlash).take();
  protected readonly holds = toSignal(
    loadable(
      inject(LegalHoldsApi)
        .list()
        .pipe(
          map((page) =>
            page.items.map((h) => ({
              ...h,
              kind: ENTITY_LABELS[h.entity],
              link: LINKS[h.entity] ? `${LINKS[h.entity]}${h.entityId}` : null,
              placed: `${formatLondonDateTime(h.placedAt)} by ${h.placedByName ?? 'a former user'}`,
            })),
          ),
        ),
    ),
    { initialValue: LOADING },
  );
}
