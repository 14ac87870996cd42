import { Route } from '@angular/router';
import { ReportsPage } from './reports-page';
import { transparencyRoutes } from './transparency/transparency.routes';
import { briefingRoutes } from './briefing/briefing.routes';

/** Each report is its own lazy page under /reports; the index lists them (REPORT_LINKS in reports-page.ts). */
export const reportsRoutes: Route[] = [
  { path: '', component: ReportsPage, title: 'Reports – SEND engagement tracker' },
  { path: 'you-said-we-did', loadComponent: () => import('./you-said-we-did/you-said-page').then((m) => m.YouSaidPage), title: 'You said, we did – SEND engagement tracker' },
  { path: 'coverage', loadComponent: () => import('./coverage/coverage-page').then((m) => m.CoveragePage), title: 'Engagement coverage – SEND engagement tracker' },
  { path: 'calendar', loadComponent: () => import('./calendar/calendar-page').then((m) => m.CalendarPage), title: 'Calendar feed – SEND engagement tracker' },
  ...transparencyRoutes,
  ...briefingRoutes,
];
