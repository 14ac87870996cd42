import { Route } from '@angular/router';
import { requireRole } from '../core/guards';
import { REQUEST_HANDLERS } from './request-labels';

const TITLE = 'SEND engagement tracker';

/** The register of information requests, one request, and logging a new one. */
export const requestsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./list/request-list-page').then((m) => m.RequestListPage), title: `Information requests – ${TITLE}` },
  { path: 'new', canActivate: [requireRole(...REQUEST_HANDLERS)], loadComponent: () => import('./form/request-form-page').then((m) => m.RequestFormPage), title: `Log a request – ${TITLE}` },
  { path: ':id', loadComponent: () => import('./detail/request-page').then((m) => m.RequestPage), title: `Information request – ${TITLE}` },
];
