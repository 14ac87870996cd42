import { inject } from '@angular/core';
import { Route, Router, type CanMatchFn } from '@angular/router';
import { SessionStore } from '../core/session';

const title = (page: string) => `${page} – SEND engagement tracker`;

/**
 * Sends a signed-in non-admin home before app.routes.ts's requireRole('admin') runs: that guard calls inject(Router)
 * after an await, outside the injection context, so it throws NG0203 and leaves a blank page instead of redirecting.
 * canMatch runs first, during route recognition. Signed-out visitors pass, so requireSignIn keeps their returnTo.
 */
export const adminOnly: CanMatchFn = async () => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return !session || session.user.role === 'admin' ? true : router.createUrlTree(['/']);
};

const pages: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./admin-index-page').then((m) => m.AdminIndexPage), title: title('Admin') },
  { path: 'users', loadComponent: () => import('./users/users-page').then((m) => m.UsersPage), title: title('Users') },
  { path: 'users/new', loadComponent: () => import('./users/add-user-page').then((m) => m.AddUserPage), title: title('Add a user') },
  { path: 'users/:id', loadComponent: () => import('./users/user-page').then((m) => m.UserPage), title: title('User') },
  { path: 'users/:id/role', loadComponent: () => import('./users/change-role-page').then((m) => m.ChangeRolePage), title: title('Change role') },
  { path: 'users/:id/deactivate', loadComponent: () => import('./users/user-action-page').then((m) => m.UserActionPage), data: { action: 'deactivate' }, title: title('Deactivate user') },
  { path: 'users/:id/reactivate', loadComponent: () => import('./users/user-action-page').then((m) => m.UserActionPage), data: { action: 'reactivate' }, title: title('Reactivate user') },
  { path: 'users/:id/reset-password', loadComponent: () => import('./users/user-action-page').then((m) => m.UserActionPage), data: { action: 'reset-password' }, title: title('Reset password') },
  { path: 'themes', loadComponent: () => import('./themes/themes-page').then((m) => m.ThemesPage), title: title('Themes') },
  { path: 'themes/:id', loadComponent: () => import('./themes/theme-edit-page').then((m) => m.ThemeEditPage), title: title('Change a theme') },
  { path: 'proposals', loadComponent: () => import('./proposals/proposals-page').then((m) => m.ProposalsPage), title: title('Proposals') },
  { path: 'proposals/new', loadComponent: () => import('./proposals/proposal-form-page').then((m) => m.ProposalFormPage), title: title('Add a proposal') },
  { path: 'proposals/:id', loadComponent: () => import('./proposals/proposal-form-page').then((m) => m.ProposalFormPage), title: title('Change a proposal') },
  { path: 'ministers', loadComponent: () => import('./ministers/ministers-page').then((m) => m.MinistersPage), title: title('Ministers') },
  { path: 'ministers/new', loadComponent: () => import('./ministers/minister-form-page').then((m) => m.MinisterFormPage), title: title('Add a minister') },
  { path: 'ministers/:id', loadComponent: () => import('./ministers/minister-form-page').then((m) => m.MinisterFormPage), title: title('Change a minister') },
  { path: 'phases', loadComponent: () => import('./phases/phases-page').then((m) => m.PhasesPage), title: title('Phases') },
  { path: 'legal-holds', loadComponent: () => import('./legal-holds/legal-holds-page').then((m) => m.LegalHoldsPage), title: title('Legal holds') },
  { path: 'legal-holds/new', loadComponent: () => import('./legal-holds/legal-hold-form-page').then((m) => m.LegalHoldFormPage), title: title('Place a legal hold') },
  { path: 'legal-holds/:id/release', loadComponent: () => import('./legal-holds/legal-hold-form-page').then((m) => m.LegalHoldFormPage), title: title('Release a legal hold') },
  { path: 'retention', loadComponent: () => import('./retention/retention-schedule-page').then((m) => m.RetentionSchedulePage), title: title('Retention schedule') },
  { path: 'retention/rules/:id', loadComponent: () => import('./retention/retention-rule-page').then((m) => m.RetentionRulePage), title: title('Change a retention rule') },
  { path: 'retention/due', loadComponent: () => import('./retention/disposal-review-page').then((m) => m.DisposalReviewPage), title: title('Due for disposal') },
  { path: 'retention/due/confirm', loadComponent: () => import('./retention/disposal-confirm-page').then((m) => m.DisposalConfirmPage), title: title('Check what will be disposed of') },
  { path: 'retention/disposals', loadComponent: () => import('./retention/past-disposals-page').then((m) => m.PastDisposalsPage), title: title('Past disposals') },
  { path: 'phases/:key', loadComponent: () => import('./phases/phase-edit-page').then((m) => m.PhaseEditPage), title: title('Change a phase') },
];

/** Admin only; each page is its own chunk. */
export const adminRoutes: Route[] = [{ path: '', canMatch: [adminOnly], children: pages }];
