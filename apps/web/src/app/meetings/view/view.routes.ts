import { Route } from '@angular/router';
import { WIDE_PAGE } from '../../core/page-layout';

/** The list of meetings and one meeting's page; the record-a-meeting journey has its own routes (record/). */
export const viewRoutes: Route[] = [
  { path: '', loadComponent: () => import('./meetings-list-page').then((m) => m.MeetingsListPage), title: 'Meetings – SEND engagement tracker', data: WIDE_PAGE },
  { path: ':id', loadComponent: () => import('./meeting-page').then((m) => m.MeetingPage), title: 'Meeting – SEND engagement tracker' },
];
