import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { InformationRequestResponse } from '@send/contracts';
import { GovukBackLink, GovukNotificationBanner, GovukSummaryList, GovukTag, formatLondonDate } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { problemOf } from '../../core/problem';
import { SessionStore } from '../../core/session';
import type { RequestSavedState } from '../form/request-form-page';
import { REQUEST_HANDLERS, REQUEST_TYPE_LABELS, deadlineTag, isClosed, statusTag } from '../request-labels';
import { RequestsApi } from '../requests-api';
import { RequestBundle } from './request-bundle';
import { RequestProgress } from './request-progress';
import { requestRows } from './request-summary';

/** /requests/:id: one request, its deadline, and (for those who handle requests) the forms that move it on. */
@Component({
  selector: 'app-request-page',
  imports: [RouterLink, GovukBackLink, GovukNotificationBanner, GovukSummaryList, GovukTag, LoadFailed, RequestBundle, RequestProgress],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/requests" text="Back to requests" />
    @if (flash(); as text) {
      <govuk-notification-banner type="success" [text]="text" />
    }
    @if (shown(); as r) {
      <span class="govuk-caption-l">{{ typeName() }} request</span>
      <h1 class="govuk-heading-l" data-testid="request-heading">{{ r.reference }}</h1>
      <div class="govuk-inset-text" data-testid="request-deadline">
        <p class="govuk-body govuk-!-margin-bottom-1"><govuk-tag [text]="status().text" [colour]="status().colour" /></p>
        <p class="govuk-body govuk-!-margin-bottom-0">
          @if (r.paused) {
            The clock is stopped while the requester is asked to clarify: there is no deadline until they answer.
          } @else if (closed()) {
            Closed{{ r.respondedOn ? ', responded on ' + responded() : '' }}. The deadline was {{ deadline() }}.
          } @else {
            Respond by <strong>{{ deadline() }}</strong>
            @if (flag(); as f) {
              &ngsp;<govuk-tag [text]="f.text" [colour]="f.colour" />
            }
          }
        </p>
      </div>
      <govuk-summary-list [rows]="rows()" />
      @if (canProgress()) {
        <app-request-progress [request]="r" (saved)="saved($event)" (stale)="request.reload()" />
      }
      @if (handles()) {
        <app-request-bundle [request]="r" />
      }
    } @else if (missing()) {
      <h1 class="govuk-heading-l">Request not found</h1>
      <p class="govuk-body">There is no request at this address, or you do not have access to it.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/requests">Go to the requests</a></p>
    } @else if (request.error(); as error) {
      <h1 class="govuk-heading-l">Information request</h1>
      <app-load-failed what="The request" [error]="error" (retry)="request.reload()" />
    } @else {
      <h1 class="govuk-heading-l">Information request</h1>
      <p class="govuk-body" role="status">Loading the request…</p>
    }
  `,
})
export class RequestPage {
  private readonly api = inject(RequestsApi);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();

  protected readonly flash = signal((inject(Router).currentNavigation()?.extras.state as RequestSavedState | undefined)?.saved === 'logged' ? 'Request logged' : null);
  protected readonly request = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  /** What a save answered, until the next read. */
  private readonly latest = signal<InformationRequestResponse | null>(null);
  protected readonly shown = computed(() => {
    const loaded = this.request.hasValue() ? this.request.value() : null;
    const latest = this.latest();
    return latest && loaded && latest.version > loaded.version ? latest : loaded;
  });
  protected readonly missing = computed(() => {
    const error = this.request.error();
    return !!error && [400, 404].includes(problemOf(error).status);
  });

  protected readonly rows = computed(() => (this.shown() ? requestRows(this.shown() as InformationRequestResponse) : []));
  protected readonly typeName = computed(() => (this.shown() ? REQUEST_TYPE_LABELS[(this.shown() as InformationRequestResponse).type] : ''));
  protected readonly status = computed(() => statusTag((this.shown() as InformationRequestResponse).status));
  protected readonly flag = computed(() => deadlineTag(this.shown() as InformationRequestResponse));
  protected readonly closed = computed(() => isClosed((this.shown() as InformationRequestResponse).status));
  protected readonly deadline = computed(() => formatLondonDate((this.shown() as InformationRequestResponse).deadline ?? ''));
  protected readonly responded = computed(() => formatLondonDate((this.shown() as InformationRequestResponse).respondedOn ?? ''));
  protected readonly handles = computed(() => this.session.hasRole(...REQUEST_HANDLERS));
  protected readonly canProgress = computed(() => this.handles() && !this.closed());

  protected saved(event: { request: InformationRequestResponse; message: string }): void {
    this.latest.set(event.request);
    this.flash.set(event.message);
  }
}
