import type { Route } from '@angular/router';

/** Child of /reports: the briefing pack for one meeting (linked from the meeting page). */
export const briefingRoutes: Route[] = [
  {
    path: 'briefing-pack/:meetingId',
    loadComponent: () => import('./briefing-pack-page').then((m) => m.BriefingPackPage),
    title: 'Briefing pack – SEND engagement tracker',
  },
];
