import { Route } from '@angular/router';

/** The list of meetings and one meeting's page; the record-a-meeting journey has its own routes (record/). */
export const viewRoutes: Route[] = [
  { path: '', loadComponent: () => import('./meetings-list-page').then((m) => m.MeetingsListPage), title: 'Meetings – SEND engagement tracker' },
  { path: ':id', loadComponent: () => import('./meeting-page').then((m) => m.MeetingPage), title: 'Meeting – SEND engagement tracker' },
];
