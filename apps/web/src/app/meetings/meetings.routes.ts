import { Route } from '@angular/router';

/** The meeting pages (view/) and the record-a-meeting journey (record/), which also edits draft meetings. */
export const meetingsRoutes: Route[] = [
  { path: 'new', loadChildren: () => import('./record/record.routes').then((m) => m.recordRoutes) },
  { path: ':id/edit', loadChildren: () => import('./record/record.routes').then((m) => m.recordRoutes) },
  { path: '', loadChildren: () => import('./view/view.routes').then((m) => m.viewRoutes) },
];
