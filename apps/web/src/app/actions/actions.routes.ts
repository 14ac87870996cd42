import { Route } from '@angular/router';
import { requireRole } from '../core/guards';
import { WIDE_PAGE } from '../core/page-layout';
import { ACTION_WRITERS } from './action-labels';

const TITLE = 'SEND engagement tracker';

/** The action log, one action, and the create and edit forms (only for roles that may write actions). */
export const actionsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./list/action-list-page').then((m) => m.ActionListPage), title: `Action log – ${TITLE}`, data: WIDE_PAGE },
  {
    path: 'new',
    canActivate: [requireRole(...ACTION_WRITERS)],
    loadComponent: () => import('./form/action-form-page').then((m) => m.ActionFormPage),
    title: `Create an action – ${TITLE}`,
  },
  {
    path: ':id/edit',
    canActivate: [requireRole(...ACTION_WRITERS)],
    loadComponent: () => import('./form/action-form-page').then((m) => m.ActionFormPage),
    title: `Edit action – ${TITLE}`,
  },
  { path: ':id', loadComponent: () => import('./detail/action-page').then((m) => m.ActionPage), title: `Action – ${TITLE}` },
];
