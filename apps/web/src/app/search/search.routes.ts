import { Route } from '@angular/router';

export const searchRoutes: Route[] = [
  { path: '', loadComponent: () => import('./search-page').then((m) => m.SearchPage), title: 'Search – SEND engagement tracker' },
];
