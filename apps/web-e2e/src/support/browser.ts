import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { BASE_URL_VAR } from './run-env';

/** The system Chromium (Debian: `apt-get install chromium`); playwright-core downloads no browsers. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long to wait for something to appear on the page. */
export const UI_TIMEOUT_MS = 15_000;

/** The standards the dashboard is held to: WCAG 2.2 AA (axe has no rules tagged wcag22a). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function baseUrl(): string {
  const url = process.env[BASE_URL_VAR];
  if (!url) throw new Error(`${BASE_URL_VAR} is not set: run the specs with apps/web-e2e/jest.e2e.config.cts`);
  return url;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught page errors and Content-Security-Policy violations seen so far, one line each. */
  problems: string[];
}

/**
 * One browser per spec file, one fresh context (cookies, storage) per test. Call at the top of a describe block;
 * `open(path)` loads a page of the running server and starts recording problems before the first request.
 */
export function useBrowser(): { open(path: string, options?: { viewport?: { width: number; height: number } }): Promise<OpenedPage> } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(path: string, options: { viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
      if (!browser) throw new Error('the browser did not start (see beforeAll)');
      await context?.close();
      context = await browser.newContext({ baseURL: baseUrl(), ...options });
      const page = await context.newPage();
      page.setDefaultTimeout(UI_TIMEOUT_MS);
      const problems = await recordProblems(page);
      await page.goto(path, { waitUntil: 'load' });
      return { page, problems };
    },
  };
}

async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.stack ?? error.message}`));
  // Chromium also logs CSP violations to the console; the event gives the directive and blocked URI exactly.
  // Bindings and init scripts are injected through DevTools, so the page's own CSP does not stop them.
  await page.exposeBinding('__sendE2eCspViolation', (_source, line: string) => problems.push(`CSP violation: ${line}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (line: string) => void>)['__sendE2eCspViolation'];
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`);
    });
  });
  return problems;
}

/** Runs axe against the page as it is now; returns the violations as readable text, '' when there are none. */
export async function axeViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.html}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * The form control with this id. `<govuk-input id="q">` carries id="q" on its host until Angular's first render
 * moves it to the input inside, so a bare `#q` can resolve to the host element and fail to fill.
 */
export const field = (id: string): string => `#${id}:is(input, select, textarea)`;

/**
 * Waits until the element's text matches, then asserts it. A page renders its heading before the record behind it
 * has loaded, so reading the text once races the request.
 */
export async function expectText(locator: Locator, wanted: string | RegExp, timeout = UI_TIMEOUT_MS): Promise<void> {
  const matches = (text: string): boolean => (typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text));
  const until = Date.now() + timeout;
  let text = await locator.innerText({ timeout });
  while (!matches(text) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await locator.innerText({ timeout });
  }
  if (typeof wanted === 'string') expect(text).toContain(wanted);
  else expect(text).toMatch(wanted);
}
