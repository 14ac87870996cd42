import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { Role } from '@send/contracts';
import { signedInOn } from '../../core/feature.testing';
import { adminRoutes } from '../admin.routes';

/**
 * For the admin pages' specs (not part of the app): opens `url` through the real admin routes, so route parameters
 * and data reach the page's inputs as they do in the browser.
 */
export async function openAdminPage(url: string, role: Role = 'admin') {
  const { http, harness } = await signedInOn('admin', adminRoutes, role);
  await harness.navigateByUrl(url);
  const router = TestBed.inject(Router);
  const el = (): HTMLElement => harness.fixture.nativeElement as HTMLElement;
  const settle = async (): Promise<void> => {
    await harness.fixture.whenStable();
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  await settle();
  return { harness, http, router, el, settle };
}

export function typeInto(root: HTMLElement, id: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function choose(root: HTMLElement, id: string): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.checked = !input.checked || input.type === 'radio';
  input.dispatchEvent(new Event('change'));
}

export function submit(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('main form, form');
  if (!form) throw new Error('no form');
  form.dispatchEvent(new Event('submit'));
}

export function summaryLinks(root: HTMLElement): [string | null, string][] {
  return Array.from(root.querySelectorAll('.govuk-error-summary__list li')).map((li) => [li.querySelector('a')?.getAttribute('href') ?? null, li.textContent?.trim() ?? '']);
}

export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
  body: { type: 'about:blank', title: 'Problem', status, detail, ...(errors ? { errors } : {}) },
  init: { status, statusText: 'Problem' },
});

/** Each table row's cells (header and data), trimmed. */
export function tableRows(root: HTMLElement, selector: string): string[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? ''));
}
