import { Route } from '@angular/router';
import { requireRole } from '../core/guards';

const TITLE = 'SEND engagement tracker';

/** My notifications, my email choices, and for admins every delivery. */
export const notificationsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage), title: `Notifications – ${TITLE}` },
  { path: 'preferences', loadComponent: () => import('./preferences-page').then((m) => m.PreferencesPage), title: `Choose which emails you get – ${TITLE}` },
  { path: 'deliveries', canActivate: [requireRole('admin')], loadComponent: () => import('./deliveries-page').then((m) => m.DeliveriesPage), title: `Email deliveries – ${TITLE}` },
];
