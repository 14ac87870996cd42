import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { ParliamentaryItemDetailResponse } from '@send/contracts';
import { GovukBackLink, GovukNotificationBanner, GovukSummaryList, GovukTag, formatLondonDate } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import type { ParliamentSavedState } from '../form/parliament-form-page';
import { KIND_LABELS, REGISTER_KEEPERS, RESPONSE_TAGS, flagsOf } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';
import { itemRows } from './item-summary';
import { LinksSection } from './links-section';
import { RecommendationsSection } from './recommendations-section';
import { ResponseForm } from './response-form';

/** /parliament/:id: one report, petition or paper, when our response is due, its recommendations and what bears on it. */
@Component({
  selector: 'app-parliament-page',
  imports: [RouterLink, GovukBackLink, GovukNotificationBanner, GovukSummaryList, GovukTag, LoadFailed, LinksSection, RecommendationsSection, ResponseForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/parliament" text="Back to the register" />
    @if (flash(); as text) {
      <govuk-notification-banner type="success" [text]="text" />
    }
    @if (item.hasValue() ? item.value() : null; as p) {
      <span class="govuk-caption-l">{{ kindName() }} · {{ p.reference }}</span>
      <h1 class="govuk-heading-l" data-testid="parliament-heading">{{ p.title }}</h1>
      <div class="govuk-inset-text" data-testid="response-due">
        <p class="govuk-body govuk-!-margin-bottom-1">Our response: <govuk-tag [text]="response().text" [colour]="response().colour" /></p>
        <p class="govuk-body govuk-!-margin-bottom-0">
          @if (p.responseStatus === 'published') {
            Published {{ date(p.respondedOn) }}{{ p.responseDue ? '; it was due ' + date(p.responseDue) : '' }}.
          } @else if (p.responseDue) {
            Due by <strong>{{ date(p.responseDue) }}</strong>
          } @else if (p.thresholds?.responseRequired) {
            Past 10,000 signatures: the government responds. No date is set yet.
          } @else {
            No response is owed{{ p.kind === 'petition' ? ' until it passes 10,000 signatures' : '' }}.
          }
          @for (flag of flags(); track flag.text) {
            &ngsp;<govuk-tag [text]="flag.text" [colour]="flag.colour" />
          }
        </p>
      </div>
      <govuk-summary-list [rows]="rows()" />
      @if (p.kind === 'committee_report') {
        <app-recommendations-section [item]="p" [canEdit]="keeps()" (saved)="saved($event)" (stale)="item.reload()" />
      }
      <app-links-section [item]="p" [canEdit]="keeps()" (saved)="saved($event)" (stale)="item.reload()" />
      @if (keeps()) {
        <app-response-form [item]="p" (saved)="saved($event)" (stale)="item.reload()" />
      }
    } @else if (missing()) {
      <h1 class="govuk-heading-l">Not in the register</h1>
      <p class="govuk-body">There is nothing at this address, or you do not have access to it.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/parliament">Go to the register</a></p>
    } @else if (item.error(); as error) {
      <h1 class="govuk-heading-l">Parliament and public</h1>
      <app-load-failed what="The item" [error]="error" (retry)="item.reload()" />
    } @else {
      <h1 class="govuk-heading-l">Parliament and public</h1>
      <p class="govuk-body" role="status">Loading…</p>
    }
  `,
})
export class ParliamentPage {
  private readonly api = inject(ParliamentApi);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();

  protected readonly flash = signal((inject(Router).currentNavigation()?.extras.state as ParliamentSavedState | undefined)?.saved === 'added' ? 'Added to the register' : null);
  protected readonly item = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  private readonly shown = computed(() => (this.item.hasValue() ? this.item.value() : null) as ParliamentaryItemDetailResponse);
  protected readonly missing = computed(() => {
    const error = this.item.error();
    return !!error && [400, 404].includes(problemOf(error).status);
  });
  protected readonly rows = computed(() => itemRows(this.shown()));
  protected readonly kindName = computed(() => KIND_LABELS[this.shown().kind]);
  protected readonly response = computed(() => RESPONSE_TAGS[this.shown().responseStatus]);
  protected readonly flags = computed(() => flagsOf(this.shown()));
  protected readonly keeps = computed(() => this.session.hasRole(...REGISTER_KEEPERS));
  protected readonly date = (value: string | null) => (value ? formatLondonDate(value) : '');

  /** Every change reads the item again: recommendations, links and the response carry versions of their own. */
  protected saved(message: string): void {
    this.flash.set(message);
    this.item.reload();
  }
}
