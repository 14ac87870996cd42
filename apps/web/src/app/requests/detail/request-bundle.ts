import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { BundleItemKind, BundleItemResponse, DisclosureDecision, Exemption, InformationRequestResponse } from '@send/contracts';
import { GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, formatLondonDate } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { LoadFailed } from '../../core/load-failed';
import { OrganisationPicker } from '../../core/organisation-picker';
import { isClosed } from '../request-labels';
import { RequestsApi } from '../requests-api';
import { DECISION_LABELS, DECISION_OPTIONS, EXEMPTION_OPTIONS, KIND_FILTER, KIND_LABELS, SUBJECT_OPTIONS, gatheredText } from './bundle-labels';

const PAGE_SIZE = 50;

/** A row's own decision controls, so each record is decided and saved on its own. */
interface Row {
  item: BundleItemResponse;
  kind: string;
  date: string;
  decision: FormControl<string | null>;
  exemption: FormControl<string | null>;
}

/** The request's bundle: find everything about something, decide each record, download the whole. */
@Component({
  selector: 'app-request-bundle',
  imports: [ReactiveFormsModule, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, LoadFailed, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-bundle.html',
  styles: `
    .app-bundle-decision { display: flex; flex-wrap: wrap; gap: 0 10px; align-items: flex-end; }
    .app-bundle-decision .govuk-form-group { margin-bottom: 10px; }
  `,
})
export class RequestBundle {
  private readonly api = inject(RequestsApi);
  readonly request = input.required<InformationRequestResponse>();

  protected readonly subject = new FormControl<string | null>('organisation');
  protected readonly organisationId = new FormControl<string | null>(null);
  protected readonly phrase = new FormControl<string | null>('');
  protected readonly kind = new FormControl<string | null>('');
  protected readonly subjectOptions = SUBJECT_OPTIONS;
  protected readonly kindOptions = KIND_FILTER;
  protected readonly decisionOptions = DECISION_OPTIONS;
  protected readonly exemptionOptions = EXEMPTION_OPTIONS;
  protected readonly errors = new FormErrors({ organisationId: 'organisationId', phrase: 'phrase' });
  protected readonly gathered = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly chosenSubject = signal('organisation');
  protected readonly page = signal(1);
  private readonly kindShown = signal<BundleItemKind | ''>('');
  private readonly idempotencyKey = signal(crypto.randomUUID());

  protected readonly open = computed(() => !isClosed(this.request().status));
  protected readonly summary = rxResource({ params: () => this.request().id, stream: ({ params }) => this.api.bundle(params) });
  protected readonly items = rxResource({
    params: () => ({ id: this.request().id, kind: this.kindShown() || undefined, page: this.page() }),
    stream: ({ params }) => this.api.bundleItems(params.id, { kind: params.kind, page: params.page, pageSize: PAGE_SIZE }),
  });
  protected readonly rows = computed<Row[] | null>(() =>
    this.items.hasValue()
      ? this.items.value().items.map((item) => ({
          item,
          kind: KIND_LABELS[item.kind][0],
          date: item.date ? formatLondonDate(item.date) : '',
          decision: new FormControl<string | null>(item.decision),
          exemption: new FormControl<string | null>(item.exemption ?? ''),
        }))
      : null,
  );
  protected readonly pages = computed(() => (this.items.hasValue() ? Math.max(1, Math.ceil(this.items.value().total / PAGE_SIZE)) : 1));
  protected readonly counts = computed(() => {
    if (!this.summary.hasValue()) return '';
    const s = this.summary.value();
    return `${s.total} ${s.total === 1 ? 'record' : 'records'}: ${s.byDecision.undecided} not yet decided, ${s.byDecision.disclose} to disclose, ${s.byDecision.partly_withhold} in part, ${s.byDecision.withhold} withheld.`;
  });
  protected readonly fileBase = computed(() => `/api/information-requests/${this.request().id}/bundle/file?format=`);

  constructor() {
    this.subject.valueChanges.subscribe((value) => this.chosenSubject.set(value ?? 'organisation'));
    this.kind.valueChanges.subscribe((value) => {
      this.kindShown.set((value ?? '') as BundleItemKind | '');
      this.page.set(1);
    });
  }

  protected decisionLabel(decision: DisclosureDecision): string {
    return DECISION_LABELS[decision];
  }

  protected async gather(): Promise<void> {
    const byOrganisation = this.chosenSubject() === 'organisation';
    const organisationId = this.organisationId.value;
    const phrase = (this.phrase.value ?? '').trim();
    if (byOrganisation && !organisationId) return this.errors.set([{ field: 'organisationId', message: 'Find and choose the organisation' }]);
    if (!byOrganisation && phrase.length < 2) return this.errors.set([{ field: 'phrase', message: 'Enter at least two characters to search for' }]);
    this.errors.clear();
    this.busy.set(true);
    try {
      const result = await firstValueFrom(this.api.gather(this.request().id, byOrganisation ? { organisationId: organisationId as string } : { phrase }, this.idempotencyKey()));
      this.gathered.set(gatheredText(result));
      this.idempotencyKey.set(crypto.randomUUID());
      this.summary.reload();
      this.items.reload();
    } catch (error) {
      this.errors.fromError(error, byOrganisation ? 'organisationId' : 'phrase');
    } finally {
      this.busy.set(false);
    }
  }

  protected async decide(row: Row): Promise<void> {
    const decision = row.decision.value as DisclosureDecision;
    const exemption = (row.exemption.value || null) as Exemption | null;
    this.saved.set(null);
    if ((decision === 'withhold' || decision === 'partly_withhold') && !exemption) {
      this.errors.set([{ field: `exemption-${row.item.id}`, message: `Choose the exemption relied on to withhold ${row.item.title}` }]);
      return;
    }
    this.errors.clear();
    try {
      const saved = await firstValueFrom(this.api.decide(this.request().id, row.item.id, row.item.version, { decision, exemption }));
      this.saved.set(`${saved.title}: ${DECISION_LABELS[saved.decision]}`);
      this.summary.reload();
      this.items.reload();
    } catch (error) {
      const stale = error instanceof HttpErrorResponse && error.status === 412;
      this.errors.set([{ field: 'stale', message: stale ? 'Someone else changed that record’s decision. It now shows theirs: check it and try again.' : 'The decision could not be saved. Try again.' }]);
      this.items.reload();
    }
  }

  protected go(page: number): void {
    this.page.set(page);
  }
}
