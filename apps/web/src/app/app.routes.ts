import { Route } from '@angular/router';
import { authRoutes } from './auth/auth.routes';
import { requireRole, requireSignIn } from './core/guards';

export const appRoutes: Route[] = [
  ...authRoutes,
  {
    path: '',
    canActivateChild: [requireSignIn],
    children: [
      { path: '', loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes) },
      { path: 'actions', loadChildren: () => import('./actions/actions.routes').then((m) => m.actionsRoutes) },
      { path: 'meetings', loadChildren: () => import('./meetings/meetings.routes').then((m) => m.meetingsRoutes) },
      { path: 'organisations', loadChildren: () => import('./organisations/organisations.routes').then((m) => m.organisationsRoutes) },
      { path: 'positions', loadChildren: () => import('./positions/positions.routes').then((m) => m.positionsRoutes) },
      { path: 'parliament', loadChildren: () => import('./parliament/parliament.routes').then((m) => m.parliamentRoutes) },
      { path: 'requests', loadChildren: () => import('./requests/requests.routes').then((m) => m.requestsRoutes) },
      { path: 'reports', loadChildren: () => import('./reports/reports.routes').then((m) => m.reportsRoutes) },
      { path: 'inbox', canActivate: [requireRole('admin', 'recorder')], loadChildren: () => import('./inbox/inbox.routes').then((m) => m.inboxRoutes) },
      { path: 'notifications', loadChildren: () => import('./notifications/notifications.routes').then((m) => m.notificationsRoutes) },
      { path: 'search', loadChildren: () => import('./search/search.routes').then((m) => m.searchRoutes) },
      { path: 'import', canActivate: [requireRole('admin', 'recorder')], loadChildren: () => import('./imports/imports.routes').then((m) => m.importsRoutes) },
      { path: 'admin', canActivate: [requireRole('admin')], loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes) },
      { path: '**', loadComponent: () => import('./core/not-found-page').then((m) => m.NotFoundPage), title: 'Page not found – SEND engagement tracker' },
    ],
  },
];
