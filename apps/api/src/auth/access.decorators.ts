import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@send/contracts';
import type { AuthUser } from './auth-user';

export const ACCESS_KEY = 'send:access';
export type AccessRule = { public: true } | { roles: readonly Role[] };

/** Anyone, signed in or not (health, sign-in). */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Signed-in users with one of these roles. Every route declares one or the other; the guard refuses the rest. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule);

export const PASSWORD_CHANGE_EXEMPT_KEY = 'send:password-change-exempt';
/** Reachable by a user who must change their password first (sign-out, who am I, change password). */
export const PasswordChangeExempt = () => SetMetadata(PASSWORD_CHANGE_EXEMPT_KEY, true);

export const ANY_SIGNED_IN: Role[] = ['admin', 'recorder', 'reviewer', 'viewer'];
export const EDITORS: Role[] = ['admin', 'recorder'];

/** The signed-in user making this request. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentUser used on a route without a signed-in user');
  return user;
});
