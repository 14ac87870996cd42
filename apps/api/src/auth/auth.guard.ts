import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { Forbidden, Unauthenticated } from '../common/errors-auth';
import { ACCESS_KEY, PASSWORD_CHANGE_EXEMPT_KEY, type AccessRule } from './access.decorators';
import type { AuthUser } from './auth-user';
import { SessionStore } from './session.store';

export const SESSION_COOKIE = 'send_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Deny by default: a route without @Public() or @Allow(...) is refused even to admins. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new Forbidden('This route declares no access rule.');
    if ('public' in rule) return true;

    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    const user = token ? await this.sessions.resolve(token) : undefined;
    if (!user) throw new Unauthenticated(token ? 'Your session has ended. Sign in again.' : 'Sign in to continue.');
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.get(CSRF_HEADER);
      if (!sent || !sameToken(sent, user.csrfToken)) throw new Forbidden('Missing or wrong X-XSRF-TOKEN header.');
    }
    if (!rule.roles.includes(user.role)) throw new Forbidden();
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_EXEMPT_KEY, [context.getHandler(), context.getClass()])) {
      throw new Forbidden('Change your password before continuing.');
    }
    req.user = user;
    return true;
  }
}
