import type { Page } from 'playwright-core';
import { signInThroughPage, type OpenedPage, type useBrowser } from './browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

export interface Created {
  id: string;
  reference: string;
  version: number;
}

/** Calls the API as the signed-in page does: its session cookie, the XSRF token echoed back, If-Match for versions. */
export async function api<T>(page: Page, method: string, path: string, data?: unknown, version?: number): Promise<T> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const headers = { 'X-XSRF-TOKEN': xsrf, ...(version === undefined ? {} : { 'If-Match': `"${version}"` }) };
  const response = await page.request.fetch(path, { method, headers, ...(data === undefined ? {} : { data }) });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The same, bound to one page. */
export function apiFor(page: Page) {
  return {
    get: <T>(url: string) => api<T>(page, 'GET', url),
    post: <T = Created>(url: string, data: object, version?: number) => api<T>(page, 'POST', url, data, version),
    patch: <T = Created>(url: string, data: object, version: number) => api<T>(page, 'PATCH', url, data, version),
  };
}

/** Opens `path`, signs in there (as the admin unless told otherwise) and waits until the signed-in page has loaded. */
export async function signedIn(browser: ReturnType<typeof useBrowser>, email = ADMIN_EMAIL, password = ADMIN_PASSWORD, path = '/'): Promise<OpenedPage> {
  const opened = await browser.open(path);
  await signInThroughPage(opened.page, email, password);
  await opened.page.locator('main h1').first().waitFor();
  await opened.page.waitForFunction(() => !document.querySelector('main h1')?.textContent?.includes('Sign in'));
  return opened;
}
