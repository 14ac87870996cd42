import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@send/contracts';
import { SessionStore } from './session';

/** Signed-in users only; others go to sign-in and come back to where they were going. */
export const requireSignIn: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (!session) return router.createUrlTree(['/sign-in'], { queryParams: { returnTo: state.url } });
  if (session.mustChangePassword) return router.createUrlTree(['/change-password'], { queryParams: { returnTo: state.url } });
  return true;
};

/** Signed in, even if a new password is still owed (the change-password page itself). */
export const requireSession: CanActivateFn = async (_route, state) => {
  // inject() only works before the first await.
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session ? true : router.createUrlTree(['/sign-in'], { queryParams: { returnTo: state.url } });
};

/** For pages only some roles may use (Admin); the API enforces the same rule. */
export function requireRole(...roles: Role[]): CanActivateFn {
  return async () => {
    // inject() only works before the first await.
    const router = inject(Router);
    const session = await inject(SessionStore).ensureLoaded();
    return session !== null && roles.includes(session.user.role) ? true : router.createUrlTree(['/']);
  };
}

/** Keeps only paths on this site (never `//elsewhere`). */
export function safeReturnTo(value: string | null | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}
