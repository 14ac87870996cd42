import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PROPOSAL_STATUSES, type CreateProposalRequest, type FieldError, type ProposalResponse, type ProposalStatus } from '@send/contracts';
import { GovukBackLink, GovukCheckboxes, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, type GovukChoice } from '@send/web-ui';
import { firstValueFrom, forkJoin, of, switchMap, tap } from 'rxjs';
import { ConflictNotice } from '../../core/conflict-notice';
import { ConflictState, isStale } from '../shared/conflict';
import { AdminFlash } from '../shared/flash';
import { FormErrors } from '../../core/form-errors';
import { PROPOSAL_STATUS_CHOICES, PROPOSAL_STATUS_LABELS } from '../shared/labels';
import { NAME_MAX, TEXT_MAX, tooLong } from '../shared/limits';
import { LOADING, loadable, valueOf } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { ProposalsApi } from './proposals-api';

/** Adds a proposal (no id) or changes one. */
@Component({
  selector: 'app-proposal-form-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukCheckboxes, GovukErrorSummary, GovukInput, GovukRadios, GovukTextarea, ConflictNotice, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-form-page.html',
})
export class ProposalFormPage {
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(AdminFlash);
  private readonly summary = viewChild(GovukErrorSummary);
  private version = 0;

  /** Absent when adding. */
  readonly id = input<string>();
  protected readonly heading = computed(() => (this.id() ? 'Change a proposal' : 'Add a proposal'));
  protected readonly statuses = PROPOSAL_STATUS_CHOICES;
  protected readonly errors = new FormErrors({ title: 'title', summary: 'summary', themeIds: 'themeIds', status: 'status' });
  protected readonly conflict = new ConflictState();
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    title: new FormControl<string | null>(''),
    summary: new FormControl<string | null>(''),
    themeIds: new FormControl<string[] | null>([]),
    status: new FormControl<string | null>('under_discussion'),
  });
  protected readonly data = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        loadable(forkJoin({ themes: this.api.themes(), proposal: id ? this.api.get(id) : of(null) })).pipe(
          tap((state) => state.state === 'ready' && state.value.proposal && this.edit(state.value.proposal)),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly themeOptions = computed<GovukChoice[]>(() => (valueOf(this.data())?.themes.items ?? []).map((theme) => ({ value: theme.id, text: theme.name })));

  protected async save(): Promise<void> {
    const body = this.body();
    const problems: FieldError[] = [];
    if (!body.title) problems.push({ field: 'title', message: 'Enter the title of the proposal' });
    else if (tooLong(body.title, NAME_MAX)) problems.push({ field: 'title', message: `The title must be ${NAME_MAX} characters or fewer` });
    if (tooLong(body.summary ?? '', TEXT_MAX)) problems.push({ field: 'summary', message: `The summary must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
    if (!body.status) problems.push({ field: 'status', message: 'Select the status of the proposal' });
    if (problems.length) {
      this.errors.set(problems);
      return this.summary()?.focus();
    }
    const id = this.id();
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(id ? this.api.update(id, this.version, body) : this.api.create(body));
      this.flash.set({ text: `The proposal ‘${saved.title}’ has been ${id ? 'saved' : 'added'}` });
      await this.router.navigate(['/admin/proposals']);
    } catch (error) {
      if (id && isStale(error)) {
        this.errors.clear();
        await this.conflict.resolve<ProposalResponse>(this.api.get(id), body, LABELS, (value) => this.show(value)).then(
          (theirs) => (this.version = theirs.version),
          (reread: unknown) => this.errors.fromError(reread, 'title'),
        );
      } else {
        this.errors.fromError(error, 'title');
        this.summary()?.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  private body(): CreateProposalRequest {
    const { title, summary, themeIds, status } = this.form.getRawValue();
    return { title: title?.trim() ?? '', summary: summary?.trim() ?? '', themeIds: themeIds ?? [], status: (status ?? undefined) as ProposalStatus | undefined };
  }

  private edit(proposal: ProposalResponse): void {
    this.version = proposal.version;
    this.form.setValue({ title: proposal.title, summary: proposal.summary, themeIds: proposal.themeIds, status: proposal.status });
  }

  /** Conflict values as people read them: theme names and status labels, not ids and keys. */
  private show(value: unknown): string {
    if (Array.isArray(value)) return value.map((id) => this.themeOptions().find((option) => option.value === id)?.text ?? String(id)).join(', ') || 'None';
    if (PROPOSAL_STATUSES.includes(value as ProposalStatus)) return PROPOSAL_STATUS_LABELS[value as ProposalStatus].text;
    return value === null || value === undefined || value === '' ? 'Not set' : String(value);
  }
}

const LABELS: Partial<Record<keyof ProposalResponse, string>> = { title: 'Title', summary: 'Summary', themeIds: 'Themes', status: 'Status' };
