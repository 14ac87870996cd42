import { Route } from '@angular/router';

/** Mounted at /import for admins and recorders (see app.routes.ts); the API enforces the same rule. */
export const importsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./import-page').then((m) => m.ImportPage), title: 'Import organisations and contacts – SEND engagement tracker' },
];
