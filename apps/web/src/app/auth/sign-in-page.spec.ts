import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  async function render(query = '') {
    await TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])],
    }).compileComponents();
    await TestBed.inject(Router).navigateByUrl(`/sign-in${query}`);
    const fixture = TestBed.createComponent(SignInPage);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/auth/providers').flush({ local: true, oidc: null });
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, http, el: fixture.nativeElement as HTMLElement };
  }

  function type(el: HTMLElement, id: string, value: string) {
    const input = el.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('names each missing field in an error summary and inline, without calling the server', async () => {
    const { fixture, el, http } = await render();
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await fixture.whenStable();
    const links = [...el.querySelectorAll('.govuk-error-summary__list a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).toEqual([
      ['#email', 'Enter your email address'],
      ['#password', 'Enter your password'],
    ]);
    expect(el.querySelector('#email-error')?.textContent).toContain('Enter your email address');
    expect(el.querySelector('#email')?.getAttribute('aria-describedby')).toBe('email-error');
    http.expectNone('/api/auth/login');
  });

  it('signs in and returns to the page the user was going to', async () => {
    const { fixture, el, http } = await render('?returnTo=%2Fmeetings%3Fstatus%3Dsubmitted');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    type(el, 'email', 'reviewer@education.gov.uk');
    type(el, 'password', 'a long enough password');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/login').flush({ user: { id: 'u1', email: 'reviewer@education.gov.uk', name: 'R', role: 'reviewer' }, roles: ['reviewer'], mustChangePassword: false });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/meetings?status=submitted');
  });

  it('shows the server\'s single message for wrong credentials', async () => {
    const { fixture, el, http } = await render();
    type(el, 'email', 'someone@education.gov.uk');
    type(el, 'password', 'wrong password');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/login').flush({ type: 'urn:x', title: 'Sign in required', status: 401, detail: 'The email address or password is not right.' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('.govuk-error-summary')?.textContent).toContain('The email address or password is not right.');
  });

  it('never returns to another site', async () => {
    const { fixture, el, http } = await render('?returnTo=%2F%2Fevil.example');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    type(el, 'email', 'a@education.gov.uk');
    type(el, 'password', 'a long enough password');
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/login').flush({ user: { id: 'u1', email: 'a@education.gov.uk', name: 'A', role: 'viewer' }, roles: ['viewer'], mustChangePassword: false });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
