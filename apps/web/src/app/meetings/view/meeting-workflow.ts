import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { MeetingResponse, MeetingTransition } from '@send/contracts';
import { GovukTextarea } from '@send/web-ui';
import { SessionStore } from '../../core/session';

/** The steps that need a reason: the recorder and the history must know why. */
export type ReasonStep = Extract<MeetingTransition, 'return' | 'reopen'>;

const REASON_COPY: Record<ReasonStep, { heading: string; label: string; hint: string; button: string }> = {
  return: {
    heading: 'Return this meeting to draft',
    label: 'Why are you returning it?',
    hint: 'The recorder sees this on the meeting. Say what needs to change before it can be agreed.',
    button: 'Return meeting',
  },
  reopen: {
    heading: 'Reopen this agreed meeting',
    label: 'Why are you reopening it?',
    hint: 'The meeting goes back to draft. The reason is shown on the meeting and kept in its history.',
    button: 'Reopen meeting',
  },
};

/**
 * The workflow buttons a user's role allows in the meeting's state (the API enforces the same rules), and the
 * reason form for returning or reopening. The page owns the state and makes the calls.
 */
@Component({
  selector: 'app-meeting-workflow',
  imports: [RouterLink, GovukTextarea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reasonStep(); as step) {
      <div class="govuk-grid-row">
        <form class="govuk-grid-column-two-thirds" novalidate (submit)="onConfirm($event)" data-testid="reason-form">
          <h2 class="govuk-heading-m">{{ copy[step].heading }}</h2>
          <govuk-textarea id="reason" [label]="copy[step].label" labelSize="s" [hint]="copy[step].hint" [control]="reason()" [errorMessage]="reasonError()" [rows]="4" />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" data-module="govuk-button">{{ copy[step].button }}</button>
            <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="cancelled.emit()">Cancel</button>
          </div>
        </form>
      </div>
    } @else if (available().any) {
      <div class="govuk-button-group" data-testid="workflow-buttons">
        @if (available().submit) {
          <button type="button" class="govuk-button" data-module="govuk-button" (click)="step.emit('submit')">Submit for review</button>
        }
        @if (available().edit) {
          <a [routerLink]="['/meetings', meeting().id, 'edit']" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button"
            >Edit<span class="govuk-visually-hidden"> this meeting</span></a
          >
        }
        @if (available().agree) {
          <button type="button" class="govuk-button" data-module="govuk-button" (click)="step.emit('agree')">Agree</button>
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="step.emit('return')">Return</button>
        }
        @if (available().reopen) {
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="step.emit('reopen')">Reopen</button>
        }
      </div>
    }
  `,
})
export class MeetingWorkflow {
  private readonly session = inject(SessionStore);

  readonly meeting = input.required<MeetingResponse>();
  /** Set while the reason form is open. */
  readonly reasonStep = input<ReasonStep | null>(null);
  readonly reason = input.required<FormControl<string | null>>();
  readonly reasonError = input<string | null>(null);

  /** A button was pressed: submit and agree go straight ahead, return and reopen ask for a reason first. */
  readonly step = output<MeetingTransition>();
  readonly confirm = output<void>();
  readonly cancelled = output<void>();

  protected readonly copy = REASON_COPY;
  protected readonly available = computed(() => {
    const status = this.meeting().status;
    const editor = this.session.hasRole('admin', 'recorder');
    const reviewer = this.session.hasRole('admin', 'reviewer');
    const actions = {
      edit: status === 'draft' && editor,
      submit: status === 'draft' && editor,
      agree: status === 'submitted' && reviewer,
      reopen: status === 'agreed' && reviewer,
    };
    return { ...actions, any: Object.values(actions).some(Boolean) };
  });

  protected onConfirm(event: Event): void {
    event.preventDefault();
    this.confirm.emit();
  }
}
