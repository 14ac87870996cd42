import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, UrlTree, provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { requireRole, requireSignIn, safeReturnTo } from './guards';
import { answerSessionProbe } from './session.testing';

describe('requireSignIn', () => {
  function run(url: string) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const result = TestBed.runInInjectionContext(() => requireSignIn({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot)) as Promise<boolean | UrlTree>;
    return { result, http: TestBed.inject(HttpTestingController), router: TestBed.inject(Router) };
  }

  it('sends a signed-out user to sign in, remembering where they were going', async () => {
    const { result, http, router } = run('/actions?status=open');
    answerSessionProbe(http, null);
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/sign-in?returnTo=%2Factions%3Fstatus%3Dopen');
  });

  it('sends a user who owes a new password to change it first', async () => {
    const { result, http, router } = run('/');
    answerSessionProbe(http, { user: { id: '1', email: 'a@b', name: 'A', role: 'admin' }, roles: ['admin'], mustChangePassword: true });
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/change-password?returnTo=%2F');
  });

  it('lets a signed-in user through', async () => {
    const { result, http } = run('/');
    answerSessionProbe(http, { user: { id: '1', email: 'a@b', name: 'A', role: 'viewer' }, roles: ['viewer'], mustChangePassword: false });
    expect(await result).toBe(true);
  });
});

describe('safeReturnTo', () => {
  it.each([
    ['/meetings', '/meetings'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    [null, '/'],
  ])('%p → %p', (value, expected) => expect(safeReturnTo(value)).toBe(expected));
});

describe('requireRole', () => {
  it('sends a signed-in user without the role home (and does not throw after awaiting the session)', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const result = TestBed.runInInjectionContext(() => requireRole('admin')({} as ActivatedRouteSnapshot, { url: '/admin' } as RouterStateSnapshot)) as Promise<boolean | UrlTree>;
    answerSessionProbe(TestBed.inject(HttpTestingController), { user: { id: '1', email: 'a@b', name: 'A', role: 'viewer' }, roles: ['viewer'], mustChangePassword: false });
    expect(TestBed.inject(Router).serializeUrl((await result) as UrlTree)).toBe('/');
  });
});
