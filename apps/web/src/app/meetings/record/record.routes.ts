import { Route } from '@angular/router';
import { stepTitle } from './shared/journey';
import { loadJourney, requireDraft, startStep } from './shared/journey-guards';

/**
 * Recording a meeting, one question page per step. Loaded at /meetings/new (a new meeting: starts at details) and at
 * /meetings/:id/edit (a draft: starts at check your answers). Every step but details needs the draft to exist.
 */
export const recordRoutes: Route[] = [
  {
    path: '',
    canActivate: [loadJourney],
    children: [
      { path: '', pathMatch: 'full', redirectTo: startStep },
      { path: 'details', title: stepTitle('details'), loadComponent: () => import('./details/details-step').then((m) => m.DetailsStep) },
      { path: 'attendees', title: stepTitle('attendees'), canActivate: [requireDraft], loadComponent: () => import('./attendees/attendees-step').then((m) => m.AttendeesStep) },
      { path: 'agenda', title: stepTitle('agenda'), canActivate: [requireDraft], loadComponent: () => import('./agenda/agenda-step').then((m) => m.AgendaStep) },
      { path: 'positions', title: stepTitle('positions'), canActivate: [requireDraft], loadComponent: () => import('./positions/positions-step').then((m) => m.PositionsStep) },
      { path: 'actions', title: stepTitle('actions'), canActivate: [requireDraft], loadComponent: () => import('./actions/actions-step').then((m) => m.ActionsStep) },
      {
        path: 'check-answers',
        title: stepTitle('check-answers'),
        canActivate: [requireDraft],
        loadComponent: () => import('./check-answers/check-answers-step').then((m) => m.CheckAnswersStep),
      },
    ],
  },
];
