import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CLASSIFICATIONS } from '@send/contracts';
import { GovukCheckboxes, GovukDateInput, GovukInput, GovukRadios, GovukSelect, GovukTextarea, type GovukChoice } from '@send/web-ui';
import { catchError, map, of } from 'rxjs';
import { conflictingFields } from '../../../core/conflict-notice';
import { MeetingsApi } from '../../meetings-api';
import { CLASSIFICATION_LABELS, MEETING_TYPE_LABELS, REGION_LABELS, choices } from '../shared/labels';
import { RecordLookups } from '../shared/record-apis';
import { toPageErrors } from '../shared/server-errors';
import { StepLayout } from '../shared/step-layout';
import { stepState, type Intent } from '../shared/step-state';
import { DETAILS_LABELS, detailsBody, detailsDisplay, detailsForm, detailsFromMeeting, detailsTarget, restoreDetails, validateDetails } from './details-form';

/** Step 1: what, when, where and who from government; saving it the first time creates the draft. */
@Component({
  selector: 'app-details-step',
  imports: [StepLayout, GovukInput, GovukTextarea, GovukRadios, GovukCheckboxes, GovukSelect, GovukDateInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './details-step.html',
})
export class DetailsStep {
  protected readonly state = stepState('details');
  private readonly lookups = inject(RecordLookups);
  protected readonly form = detailsForm();
  protected readonly c = this.form.controls;

  private readonly ministers = toSignal(inject(MeetingsApi).ministers().pipe(map((r) => r.items), catchError(() => of([]))), { initialValue: [] });
  private readonly groups = toSignal(this.lookups.groups.pipe(map((r) => r.items), catchError(() => of([]))), { initialValue: [] });
  private readonly themes = toSignal(this.lookups.themes.pipe(map((r) => r.items), catchError(() => of([]))), { initialValue: [] });

  protected readonly typeOptions = choices(MEETING_TYPE_LABELS);
  protected readonly yesNo: GovukChoice[] = [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ];
  protected readonly regionOptions = [{ value: '', text: 'Not set' }, ...choices(REGION_LABELS)];
  protected readonly classificationOptions: GovukChoice[] = CLASSIFICATIONS.map((value) => ({
    value,
    text: CLASSIFICATION_LABELS[value],
    hint: value === 'OFFICIAL' ? 'Most meetings.' : 'Hidden from viewers; only people with a need to know can read it.',
  }));
  protected readonly groupOptions = computed(() => [{ value: '', text: 'Not a group meeting' }, ...this.groups().map((g) => ({ value: g.id, text: g.name }))]);
  protected readonly themeOptions = computed<GovukChoice[]>(() => this.themes().map((t) => ({ value: t.id, text: t.name })));
  // Ministers in office, plus any retired one already on this meeting (the API lets them stay).
  protected readonly ministerOptions = computed<GovukChoice[]>(() => {
    const options = this.ministers().map((m) => ({ value: m.id, text: m.name }));
    const retired = (this.state.store.meeting()?.ministers ?? []).filter((m) => !options.some((o) => o.value === m.id));
    return [...options, ...retired.map((m) => ({ value: m.id, text: m.name }))];
  });

  constructor() {
    const meeting = this.state.store.meeting();
    if (meeting) this.form.setValue(detailsFromMeeting(meeting));
    this.state.keep(this.form, (kept) => restoreDetails(this.form, kept));
  }

  protected save(intent: Intent): Promise<void> {
    return this.state.once(async () => {
      const value = this.form.getRawValue();
      const problems = validateDetails(value, intent);
      if (problems.length) return this.state.fail(problems);
      const body = detailsBody(value);
      const store = this.state.store;
      const outcome = store.meeting() ? await store.update(body) : await store.create(body);
      if (outcome.kind === 'saved') {
        this.state.saved();
        await this.state.leave(intent);
      } else if (outcome.kind === 'invalid') {
        this.state.fail(toPageErrors(outcome.errors, detailsTarget, null));
      } else if (outcome.kind === 'stale') {
        const theirs = store.meeting();
        if (theirs) this.state.stale(conflictingFields(detailsDisplay(value, this.nameOf), detailsDisplay(detailsFromMeeting(theirs), this.nameOf), DETAILS_LABELS));
      }
    });
  }

  private readonly nameOf = (id: string): string =>
    [...this.groupOptions(), ...this.ministerOptions(), ...this.themeOptions()].find((option) => option.value === id)?.text ?? id;
}
