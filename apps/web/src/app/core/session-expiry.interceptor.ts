import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session';

const SIGN_IN_CALLS = ['/api/auth/login', '/api/auth/password'];

/** A 401 from any other call means the session ended: go to sign-in, then back to this page. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !SIGN_IN_CALLS.some((path) => req.url.startsWith(path))) {
        session.expired();
        // During a navigation (a guard or resolver loading data) the user is on their way to the new page.
        const navigating = router.getCurrentNavigation()?.finalUrl;
        const here = navigating ? router.serializeUrl(navigating) : router.url;
        if (!here.startsWith('/sign-in')) void router.navigate(['/sign-in'], { queryParams: { returnTo: here, expired: 'true' } });
      }
      return throwError(() => error);
    }),
  );
};
