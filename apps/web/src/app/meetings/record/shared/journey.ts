import type { ActivatedRouteSnapshot } from '@angular/router';

/** The steps of recording a meeting, in order; each is a child path of /meetings/new or /meetings/:id/edit. */
export const STEPS = ['details', 'attendees', 'agenda', 'positions', 'actions', 'check-answers'] as const;
export type StepName = (typeof STEPS)[number];

export const STEP_HEADINGS: Record<StepName, string> = {
  details: 'Meeting details',
  attendees: 'Who was at the meeting',
  agenda: 'Agenda and notes',
  positions: 'Positions stated',
  actions: 'Actions agreed',
  'check-answers': 'Check your answers before submitting',
};

/** The page title the router sets, GOV.UK style: page – section – service. */
export function stepTitle(step: StepName): string {
  return `${STEP_HEADINGS[step]} – Record a meeting – SEND engagement tracker`;
}

/** In-app path of a step; before the draft exists only /meetings/new/details is reachable. */
export function stepPath(meetingId: string | null, step: StepName): string {
  return meetingId ? `/meetings/${meetingId}/edit/${step}` : `/meetings/new/${step}`;
}

export function nextStep(step: StepName): StepName {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)];
}

export function previousStep(step: StepName): StepName | null {
  const index = STEPS.indexOf(step);
  return index > 0 ? STEPS[index - 1] : null;
}

/** Where Back goes: check your answers when changing an answer from it, else the previous step or the meeting(s). */
export function backPath(meetingId: string | null, step: StepName, changing: boolean): string {
  if (changing && meetingId) return stepPath(meetingId, 'check-answers');
  const previous = previousStep(step);
  if (previous) return stepPath(meetingId, previous);
  return meetingId ? `/meetings/${meetingId}` : '/meetings';
}

/** The :id of /meetings/:id/edit, read from whichever ancestor route holds it (null for /meetings/new). */
export function meetingIdFrom(route: ActivatedRouteSnapshot): string | null {
  for (const snapshot of [...route.pathFromRoot].reverse()) {
    const id = snapshot.paramMap.get('id');
    if (id) return id;
  }
  return null;
}
