import type { Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.guard';
import { ABSOLUTE_TIMEOUT_MS } from './session.store';

/** Session cookie (HttpOnly) and the XSRF-TOKEN cookie Angular's HttpClient echoes back as X-XSRF-TOKEN. */
export function setSessionCookies(req: Request, res: Response, token: string, csrfToken: string): void {
  const common = { sameSite: 'lax' as const, secure: req.secure, path: '/', maxAge: ABSOLUTE_TIMEOUT_MS };
  res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}
