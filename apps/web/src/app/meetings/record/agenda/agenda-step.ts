import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, inject, signal } from '@angular/core';
import { GovukInput, GovukTextarea } from '@send/web-ui';
import { conflictingFields } from '../../../core/conflict-notice';
import { toPageErrors } from '../shared/server-errors';
import { StepLayout } from '../shared/step-layout';
import { stepState, type Intent } from '../shared/step-state';
import { agendaBody, agendaDisplay, agendaForm, agendaFromMeeting, agendaItem, agendaTarget, itemIds, restoreAgenda, setAgenda, validateAgenda } from './agenda-form';

/** Step 3: the agenda in order, with notes on each item, and a summary of the meeting. */
@Component({
  selector: 'app-agenda-step',
  imports: [StepLayout, GovukInput, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-step.html',
})
export class AgendaStep {
  protected readonly state = stepState('agenda');
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly form = agendaForm();
  protected readonly items = this.form.controls.agenda;
  protected readonly ids = itemIds;
  protected readonly announcement = signal('');

  constructor() {
    const meeting = this.state.store.meeting();
    const saved = meeting ? agendaFromMeeting(meeting) : { agenda: [], summary: '' };
    setAgenda(this.form, saved.agenda, saved.summary);
    this.state.keep(this.form, (kept) => restoreAgenda(this.form, kept));
  }

  protected add(): void {
    this.items.push(agendaItem());
    this.announcement.set(`Item ${this.items.length} added`);
    this.focusAfterRender(itemIds(this.items.length - 1).title);
  }

  protected remove(index: number): void {
    this.items.removeAt(index);
    this.state.clearErrors();
    this.announcement.set(`Item ${index + 1} removed`);
    this.focusAfterRender(index > 0 ? itemIds(index - 1).title : itemIds(0).title);
  }

  /** Moves an item one place; focus stays on the button pressed (now on the moved item), so it can be pressed again. */
  protected move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.items.length) return;
    const item = this.items.at(index);
    this.items.removeAt(index, { emitEvent: false });
    this.items.insert(to, item);
    this.state.clearErrors();
    this.announcement.set(`Item moved to position ${to + 1} of ${this.items.length}`);
    const ids = itemIds(to);
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === this.items.length - 1);
    this.focusAfterRender(atEnd ? (by === -1 ? ids.down : ids.up) : by === -1 ? ids.up : ids.down);
  }

  protected save(intent: Intent): Promise<void> {
    return this.state.once(async () => {
      const value = this.form.getRawValue();
      const problems = validateAgenda(value);
      if (problems.length) return this.state.fail(problems);
      const { body, formIndex } = agendaBody(value);
      const outcome = await this.state.store.update(body);
      if (outcome.kind === 'saved') {
        this.state.saved();
        await this.state.leave(intent);
      } else if (outcome.kind === 'invalid') {
        this.state.fail(toPageErrors(outcome.errors, agendaTarget(formIndex), null));
      } else if (outcome.kind === 'stale') {
        const theirs = this.state.store.meeting();
        if (theirs) this.state.stale(conflictingFields(agendaDisplay(value), agendaDisplay(agendaFromMeeting(theirs)), { agenda: 'Agenda', summary: 'Summary' }));
      }
    });
  }

  private focusAfterRender(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
