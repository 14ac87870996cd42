import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { FieldError, MeetingResponse } from '@send/contracts';
import { GovukSummaryList } from '@send/web-ui';
import { catchError, map, of } from 'rxjs';
import { conflictingFields, type ConflictField } from '../../../core/conflict-notice';
import { MeetingsApi } from '../../meetings-api';
import { FormDrafts } from '../shared/form-drafts';
import { RecordLookups } from '../shared/record-apis';
import { outcomeOf } from '../shared/save-outcome';
import { sentence, type PageError } from '../shared/server-errors';
import { StepLayout } from '../shared/step-layout';
import { stepState } from '../shared/step-state';
import { answerSections, changeHref } from './check-answers-rows';

/** Why the API refused to submit, linked to the step that puts it right. */
export function submitErrors(meetingId: string, errors: FieldError[]): PageError[] {
  return errors.map((error) => {
    if (error.field === 'attendees') return { field: '', message: 'Add at least one organisation that attended the meeting', href: changeHref(meetingId, 'attendees') };
    if (error.field === 'purpose') return { field: '', message: 'Enter the purpose of the meeting for the transparency return', href: changeHref(meetingId, 'details') };
    return { field: '', message: sentence(error.message) };
  });
}

/** The last step: everything on one page, each answer changeable, then submitted to the private office for review. */
@Component({
  selector: 'app-check-answers-step',
  imports: [StepLayout, GovukSummaryList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-step-layout
      [heading]="'Check your answers before submitting'"
      [caption]="state.caption()"
      [backHref]="state.backHref()"
      [errors]="state.errors()"
      [conflicts]="state.conflicts()"
      [failures]="state.failures()"
      primaryText="Submit for review"
      (primary)="submit()"
      (saveDraft)="state.leave('draft')"
    >
      @for (section of sections(); track section.step) {
        <h2 class="govuk-heading-m">{{ section.title }}</h2>
        <govuk-summary-list class="govuk-!-margin-bottom-9" [attr.data-testid]="'answers-' + section.step" [rows]="section.rows" />
      }
      <h2 class="govuk-heading-m">Now submit the meeting for review</h2>
      <p class="govuk-body">The ministerial private office will review the record. While they have it, only they can change it; they may return it to you.</p>
    </app-step-layout>
  `,
})
export class CheckAnswersStep {
  protected readonly state = stepState('check-answers');
  private readonly api = inject(MeetingsApi);
  private readonly drafts = inject(FormDrafts);
  private readonly router = inject(Router);
  private readonly themes = toSignal(inject(RecordLookups).themes.pipe(map((r) => r.items), catchError(() => of([]))), { initialValue: [] });

  private readonly themeName = (id: string) => this.themes().find((t) => t.id === id)?.name ?? id;
  protected readonly sections = computed(() => {
    const meeting = this.state.store.meeting();
    return meeting ? answerSections(meeting, this.themeName) : [];
  });

  protected submit(): Promise<void> {
    return this.state.once(async () => {
      const meeting = this.state.store.meeting();
      if (!meeting) return;
      const outcome = await outcomeOf(this.api.transition(meeting.id, 'submit', meeting.version));
      if (outcome.kind === 'saved') {
        this.drafts.clearMeeting(meeting.id);
        this.state.store.adopt(outcome.value);
        await this.router.navigate(['/meetings', meeting.id], { queryParams: { submitted: 'true' } });
      } else if (outcome.kind === 'invalid') {
        this.state.fail(submitErrors(meeting.id, outcome.errors));
      } else if (outcome.kind === 'stale') {
        // Someone saved the draft since this page was read: show what changed, with the latest answers below.
        const theirs = await this.state.store.load(meeting.id).catch(() => null);
        if (theirs) this.state.stale(this.changes(meeting, theirs));
      }
    });
  }

  /** Every answer that differs between the two versions, named "Section: question". */
  private changes(mine: MeetingResponse, theirs: MeetingResponse): ConflictField[] {
    const flat = (meeting: MeetingResponse) =>
      new Map(answerSections(meeting, this.themeName).flatMap((s) => s.rows.map((r): [string, string] => [`${s.title}: ${r.key}`, r.value])));
    const [before, after] = [flat(mine), flat(theirs)];
    const keys = [...new Set([...before.keys(), ...after.keys()])];
    const labels = Object.fromEntries(keys.map((key) => [key, key]));
    return conflictingFields(Object.fromEntries(keys.map((key) => [key, before.get(key) ?? ''])), Object.fromEntries(keys.map((key) => [key, after.get(key) ?? ''])), labels);
  }
}
