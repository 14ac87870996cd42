import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { InboundNoteResponse } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukRadios, GovukSummaryList, formatLondonDate, formatLondonDateTime, type GovukChoice } from '@send/web-ui';
import { catchError, combineLatest, firstValueFrom, map, of, switchMap } from 'rxjs';
import { FormErrors } from '../core/form-errors';
import { LOADING, loadable, valueOf } from '../core/loadable';
import { LoadStatus } from '../core/load-status';
import { InboxApi } from './inbox-api';

/** /inbox/:id: one note as it arrived, filed against a meeting or a position, or discarded. */
@Component({
  selector: 'app-inbox-note-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukErrorSummary, GovukRadios, GovukSummaryList, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/inbox" text="Back to the inbox" />
    <govuk-error-summary [errors]="errors.summary()" />
    <app-load-status [state]="note()" what="this note" />
    @if (loaded(); as n) {
      <span class="govuk-caption-l">Received by email</span>
      <h1 class="govuk-heading-l" tabindex="-1">{{ n.subject || '(no subject)' }}</h1>
      <govuk-summary-list [rows]="summary()" />
      <h2 class="govuk-heading-m">What it says</h2>
      <div class="govuk-body govuk-!-margin-bottom-6" data-testid="note-body" [style.white-space]="'pre-wrap'">{{ n.body }}</div>
      @if (n.attachments.length) {
        <h2 class="govuk-heading-m">Attachments</h2>
        <ul class="govuk-list">
          @for (a of n.attachments; track a.id) {
            <li><a class="govuk-link" [href]="'/api/inbound-notes/' + n.id + '/attachments/' + a.id" download>{{ a.filename }}</a> ({{ size(a.sizeBytes) }})</li>
          }
        </ul>
      }
      @if (n.status === 'draft') {
        <form [formGroup]="form" (ngSubmit)="file(n)" novalidate>
          <govuk-radios id="target" legend="File it against" legendSize="m" [hint]="targetHint(n)" [control]="target" [options]="targets()" [errorMessage]="errors.errorFor('target')" />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">File note</button>
            <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" (click)="discard(n)" [disabled]="busy()">Discard</button>
          </div>
        </form>
      } @else {
        <p class="govuk-body" data-testid="decided">
          This note was {{ n.status }} on {{ when(n.decidedAt) }}.
          @if (n.meetingId) {
            <a class="govuk-link" [routerLink]="['/meetings', n.meetingId]">Open the meeting</a>
          }
        </p>
      }
    }
  `,
})
export class InboxNotePage {
  private readonly api = inject(InboxApi);
  private readonly router = inject(Router);
  private readonly summaryBox = viewChild(GovukErrorSummary);
  readonly id = input.required<string>();
  protected readonly target = new FormControl<string | null>(null);
  protected readonly form = new FormGroup({ target: this.target });
  protected readonly errors = new FormErrors({ target: 'target', meetingId: 'target', positionId: 'target' });
  protected readonly busy = signal(false);
  private readonly reload = signal(0);

  protected readonly note = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reload)]).pipe(switchMap(([id]) => loadable(this.api.get(id)))),
    { initialValue: LOADING },
  );
  protected readonly loaded = computed(() => valueOf(this.note()));
  private readonly candidates = toSignal(
    toObservable(this.loaded).pipe(
      switchMap((n) => {
        if (!n || n.status !== 'draft') return of<GovukChoice[]>([]);
        const meetings = this.api.meetings(n.organisationId).pipe(map((p) => p.items.map((m) => ({ value: `meeting:${m.id}`, text: `${m.reference}: ${m.title}`, hint: `Meeting, ${formatLondonDate(m.startsAt)}` }))));
        const positions = n.organisationId
          ? this.api.positions(n.organisationId).pipe(map((p) => p.items.map((x) => ({ value: `position:${x.id}`, text: `${x.organisationName} on ${x.proposalTitle}`, hint: `Position, stated ${formatLondonDate(x.statedOn)}` }))))
          : of<GovukChoice[]>([]);
        return combineLatest([meetings, positions]).pipe(
          map(([m, p]) => [...m, ...p]),
          catchError(() => of<GovukChoice[]>([])),
        );
      }),
    ),
    { initialValue: [] as GovukChoice[] },
  );
  protected readonly targets = computed(() => this.candidates());
  protected readonly summary = computed(() => {
    const n = this.loaded();
    if (!n) return [];
    return [
      { key: 'From', value: n.senderName },
      { key: 'Organisation', value: n.organisationName ? `${n.organisationName} (matched by ${n.matchedDomain})` : 'Not matched to an organisation' },
      { key: 'Received', value: formatLondonDateTime(n.receivedAt) },
    ];
  });

  protected targetHint(n: InboundNoteResponse): string {
    return n.organisationName ? `The latest meetings and positions of ${n.organisationName}.` : 'The latest meetings.';
  }

  protected when(iso: string | null): string {
    return iso ? formatLondonDateTime(iso) : '';
  }

  protected size(bytes: number): string {
    return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
  }

  protected async file(n: InboundNoteResponse): Promise<void> {
    const value = this.target.value;
    if (!value) {
      this.errors.set([{ field: 'target', message: 'Select the meeting or position to file it against' }]);
      return this.summaryBox()?.focus();
    }
    const [kind, id] = value.split(':');
    await this.act(() => firstValueFrom(this.api.file(n.id, kind === 'meeting' ? { meetingId: id } : { positionId: id })));
  }

  protected async discard(n: InboundNoteResponse): Promise<void> {
    await this.act(() => firstValueFrom(this.api.discard(n.id)));
  }

  private async act(work: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    try {
      await work();
      this.errors.clear();
      await this.router.navigate(['/inbox']);
    } catch (error) {
      this.errors.fromError(error, 'target');
      this.summaryBox()?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
