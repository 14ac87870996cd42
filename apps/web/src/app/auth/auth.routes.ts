import { Route } from '@angular/router';
import { requireSession } from '../core/guards';

export const authRoutes: Route[] = [
  { path: 'sign-in', loadComponent: () => import('./sign-in-page').then((m) => m.SignInPage), title: 'Sign in – SEND engagement tracker' },
  { path: 'change-password', canActivate: [requireSession], loadComponent: () => import('./change-password-page').then((m) => m.ChangePasswordPage), title: 'Change your password – SEND engagement tracker' },
];
