import type { Route } from '@angular/router';
import { requireRole } from '../../core/guards';

/** Children of /reports: the return and, for admins, its column headings. Pages load lazily. */
export const transparencyRoutes: Route[] = [
  {
    path: 'transparency-return',
    loadComponent: () => import('./transparency-return-page').then((m) => m.TransparencyReturnPage),
    title: 'Transparency return – SEND engagement tracker',
  },
  {
    path: 'transparency-return/headings',
    canActivate: [requireRole('admin')],
    loadComponent: () => import('./transparency-headings-page').then((m) => m.TransparencyHeadingsPage),
    title: 'Transparency return column headings – SEND engagement tracker',
  },
];
