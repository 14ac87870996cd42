import { Route } from '@angular/router';
import { requireRole } from '../core/guards';

const TITLE = 'SEND engagement tracker';

/** Notes received by email (recorders and admins); what was refused (admins). */
export const inboxRoutes: Route[] = [
  { path: '', loadComponent: () => import('./inbox-page').then((m) => m.InboxPage), title: `Inbox – ${TITLE}` },
  { path: 'refused', canActivate: [requireRole('admin')], loadComponent: () => import('./inbox-refusals-page').then((m) => m.InboxRefusalsPage), title: `Refused emails – ${TITLE}` },
  { path: ':id', loadComponent: () => import('./inbox-note-page').then((m) => m.InboxNotePage), title: `Note received by email – ${TITLE}` },
];
