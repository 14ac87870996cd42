import { inject } from '@angular/core';
import { Router, type CanActivateFn, type Route } from '@angular/router';
import { requireRole } from '../core/guards';
import { WIDE_PAGE } from '../core/page-layout';

const TITLE = ' – SEND engagement tracker';

/** Search links a position hit to /positions?organisationId=&proposalId=: that pair's history is the page meant. */
const pairLinksToHistory: CanActivateFn = (route) => {
  const { organisationId, proposalId } = route.queryParams;
  return organisationId && proposalId ? inject(Router).createUrlTree(['/positions/history'], { queryParams: { organisationId, proposalId } }) : true;
};

export const positionsRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [pairLinksToHistory], loadComponent: () => import('./matrix/matrix-page').then((m) => m.MatrixPage), title: `Positions${TITLE}`, data: WIDE_PAGE },
  { path: 'history', loadComponent: () => import('./history/history-page').then((m) => m.HistoryPage), title: `Position history${TITLE}` },
  { path: 'new', canActivate: [requireRole('admin', 'recorder')], loadComponent: () => import('./record/record-page').then((m) => m.RecordPage), title: `Record a position${TITLE}` },
  { path: ':id/edit', canActivate: [requireRole('admin', 'recorder')], loadComponent: () => import('./record/record-page').then((m) => m.RecordPage), title: `Correct a position${TITLE}` },
];
