import { axeViolations, signInThroughPage, useBrowser } from './support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';

/** The dashboard shell as served by the built server: sign-in, GOV.UK layout, live status line, CSP-clean, accessible. */
describe('the dashboard shell', () => {
  const browser = useBrowser();

  it('asks a signed-out visitor to sign in, accessibly, with an error summary that takes focus', async () => {
    const { page, problems } = await browser.open('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(page.url()).toContain('/sign-in?returnTo=%2F');
    expect(await page.title()).toBe('Sign in – SEND engagement tracker');
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Enter your email address');
    expect(await axeViolations(page)).toBe('');

    await page.getByLabel('Email address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await summary.filter({ hasText: 'not right' }).waitFor();
    expect(problems.filter((p) => !p.includes('/api/auth/login'))).toEqual([]);
  });

  it('signs in to the home page with the service name, the user, a live status line and no accessibility violations', async () => {
    const { page, problems } = await browser.open('/');
    await signInThroughPage(page, ADMIN_EMAIL, ADMIN_PASSWORD);

    await page.getByRole('heading', { level: 1, name: 'SEND engagement tracker' }).waitFor();
    expect(await page.title()).toContain('SEND engagement tracker');
    expect(await page.locator('h1').count()).toBe(1);
    const serviceName = page.getByRole('region', { name: 'Service information' }).locator('.govuk-service-navigation__service-name');
    expect((await serviceName.textContent())?.trim()).toBe('SEND engagement tracker');
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('Administrator');

    // The footer line starts as "Checking the service…" and changes once /api/health has answered.
    const status = page.locator('[data-testid=service-status]');
    await status.filter({ hasText: 'database up' }).waitFor();
    expect(await axeViolations(page)).toBe('');

    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toContain('Page not found');
    expect(await axeViolations(page)).toBe('');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
  });
});
