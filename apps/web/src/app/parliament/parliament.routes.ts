import { Route } from '@angular/router';
import { requireRole } from '../core/guards';
import { REGISTER_KEEPERS } from './parliament-labels';

const TITLE = 'SEND engagement tracker';

/** The Parliament and public register, one item, and adding one. */
export const parliamentRoutes: Route[] = [
  { path: '', loadComponent: () => import('./list/parliament-list-page').then((m) => m.ParliamentListPage), title: `Parliament and public – ${TITLE}` },
  { path: 'new', canActivate: [requireRole(...REGISTER_KEEPERS)], loadComponent: () => import('./form/parliament-form-page').then((m) => m.ParliamentFormPage), title: `Add to the register – ${TITLE}` },
  { path: ':id', loadComponent: () => import('./detail/parliament-page').then((m) => m.ParliamentPage), title: `Parliament and public – ${TITLE}` },
];
