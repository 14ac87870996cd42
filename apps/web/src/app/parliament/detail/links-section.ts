import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  PARLIAMENTARY_LINK_KINDS,
  type CreateParliamentaryLinkRequest,
  type FieldError,
  type Page,
  type ParliamentaryItemDetailResponse,
  type ParliamentaryLinkKind,
  type ParliamentaryLinkResponse,
  type PositionResponse,
  type ProposalResponse,
} from '@send/contracts';
import { GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, type GovukChoice } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { FormErrors } from '../../core/form-errors';
import { OrganisationPicker } from '../../core/organisation-picker';
import { toHttpParams } from '../../core/url-state';
import { LINK_KIND_LABELS } from '../parliament-labels';
import { ParliamentApi } from '../parliament-api';
import { SectionSave } from './saving';

/** Where each linked record is read in the dashboard. */
function routeOf(link: ParliamentaryLinkResponse): { path: string[]; query?: Record<string, string> } | null {
  if (link.kind === 'meeting') return { path: ['/meetings', link.targetId] };
  if (link.kind === 'action') return { path: ['/actions', link.targetId] };
  if (link.kind === 'position' && link.pair) return { path: ['/positions/history'], query: { organisationId: link.pair.organisationId, proposalId: link.pair.proposalId } };
  return null;
}

const HINTS: Record<ParliamentaryLinkKind, string> = {
  proposal: 'A reform proposal it bears on',
  position: 'An organisation’s current position on a proposal',
  meeting: 'By its reference, for example MTG-0012',
  action: 'By its reference, for example ACT-0031',
};

/** What in the engagement record bears on the item or one of its recommendations; keepers add and remove links. */
@Component({
  selector: 'app-links-section',
  imports: [ReactiveFormsModule, RouterLink, GovukErrorSummary, GovukInput, GovukRadios, GovukSelect, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './links-section.html',
})
export class LinksSection {
  private readonly api = inject(ParliamentApi);
  private readonly http = inject(HttpClient);
  readonly item = input.required<ParliamentaryItemDetailResponse>();
  readonly canEdit = input(false);
  readonly saved = output<string>();
  readonly stale = output();

  protected readonly errors = new FormErrors(
    { kind: 'linkKind', proposalId: 'proposalId', organisationId: 'organisationId', reference: 'reference', meetingId: 'reference', actionId: 'reference', positionId: 'organisationId', recommendationId: 'linkRecommendation' },
    { reference: 'The reference' },
  );
  protected readonly saving = new SectionSave(this.errors, 'kind', () => this.stale.emit());
  protected readonly kindOptions: GovukChoice[] = PARLIAMENTARY_LINK_KINDS.map((k) => ({ value: k, text: LINK_KIND_LABELS[k], hint: HINTS[k] }));
  protected readonly form = new FormGroup({
    kind: new FormControl<string | null>(null),
    proposalId: new FormControl<string | null>(''),
    organisationId: new FormControl<string | null>(null),
    reference: new FormControl<string | null>(''),
    recommendationId: new FormControl<string | null>(''),
  });
  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, { initialValue: null });
  protected readonly kind = computed(() => this.kindValue() as ParliamentaryLinkKind | null);
  /** Read only once a proposal is to be chosen: most visits to the page never link anything. */
  private readonly proposalList = rxResource({
    params: () => (this.kind() === 'proposal' || this.kind() === 'position' ? 'needed' : undefined),
    stream: () => this.http.get<Page<ProposalResponse>>('/api/proposals', { params: toHttpParams({ pageSize: 100 }) }),
  });
  protected readonly proposals = computed(() => [{ value: '', text: 'Choose a proposal' }, ...(this.proposalList.hasValue() ? this.proposalList.value().items.map((p) => ({ value: p.id, text: p.title })) : [])]);
  protected readonly parts = computed(() => [{ value: '', text: 'The whole item' }, ...this.item().recommendations.map((r) => ({ value: r.id, text: `Recommendation ${r.number}` }))]);
  protected readonly rows = computed(() => {
    const numbers = new Map(this.item().recommendations.map((r) => [r.id, r.number]));
    return this.item().links.map((link) => ({
      link,
      kind: LINK_KIND_LABELS[link.kind],
      route: routeOf(link),
      part: link.recommendationId ? `Recommendation ${numbers.get(link.recommendationId) ?? ''}` : 'The whole item',
    }));
  });

  protected async add(): Promise<void> {
    const v = this.form.getRawValue();
    const kind = v.kind as ParliamentaryLinkKind | null;
    const problems: FieldError[] = [];
    if (!kind) problems.push({ field: 'kind', message: 'Choose what to link' });
    if ((kind === 'proposal' || kind === 'position') && !v.proposalId) problems.push({ field: 'proposalId', message: 'Choose the proposal' });
    if (kind === 'position' && !v.organisationId) problems.push({ field: 'organisationId', message: 'Find and choose the organisation' });
    if ((kind === 'meeting' || kind === 'action') && !v.reference?.trim()) problems.push({ field: 'reference', message: `Enter the ${kind}’s reference` });
    const recommendationId = v.recommendationId || null;
    const body = async (): Promise<CreateParliamentaryLinkRequest> => {
      if (kind === 'proposal') return { recommendationId, proposalId: v.proposalId as string };
      if (kind === 'position') return { recommendationId, positionId: await this.currentPosition(v.organisationId as string, v.proposalId as string) };
      const reference = (v.reference ?? '').trim().toUpperCase();
      const id = await this.byReference(kind === 'meeting' ? '/api/meetings' : '/api/actions', reference, kind as 'meeting' | 'action');
      return kind === 'meeting' ? { recommendationId, meetingId: id } : { recommendationId, actionId: id };
    };
    if (await this.saving.run(problems, async () => firstValueFrom(this.api.link(this.item().id, await body(), crypto.randomUUID())))) {
      this.form.reset({ kind: null, proposalId: '', organisationId: null, reference: '', recommendationId: '' });
      this.saved.emit(`${LINK_KIND_LABELS[kind as ParliamentaryLinkKind]} linked`);
    }
  }

  protected async remove(link: ParliamentaryLinkResponse): Promise<void> {
    if (await this.saving.run([], () => this.api.unlink(this.item().id, link.id))) this.saved.emit(`Link to ${link.label} removed`);
  }

  /** The record with exactly this reference, or a field error naming the reference. */
  private async byReference(path: string, reference: string, kind: 'meeting' | 'action'): Promise<string> {
    const page = await firstValueFrom(this.http.get<Page<{ id: string; reference: string }>>(path, { params: toHttpParams({ q: reference, pageSize: 5 }) }));
    const found = page.items.find((r) => r.reference === reference);
    if (!found) throw fieldProblem('reference', `There is no ${kind} with the reference ${reference}`);
    return found.id;
  }

  private async currentPosition(organisationId: string, proposalId: string): Promise<string> {
    const page = await firstValueFrom(this.http.get<Page<PositionResponse>>('/api/positions', { params: toHttpParams({ organisationId, proposalId, sort: '-statedOn', pageSize: 1 }) }));
    const latest = page.items[0];
    if (!latest) throw fieldProblem('organisationId', 'That organisation has stated no position on that proposal');
    return latest.id;
  }
}

/** A check made before the save, reported as the API reports its own, so the form shows it the same way. */
function fieldProblem(field: string, message: string): HttpErrorResponse {
  return new HttpErrorResponse({ status: 422, error: { type: 'about:blank', title: message, status: 422, detail: message, errors: [{ field, message }] } });
}
