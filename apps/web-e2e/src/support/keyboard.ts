import type { Page } from 'playwright-core';

export interface Focused {
  id: string;
  tag: string;
  name: string;
  /** Whether the focused element shows a focus indicator (outline, box-shadow, or GOV.UK's yellow link highlight). */
  visible: boolean;
}

/** What has keyboard focus: its id, element, visible name, and whether the focus can be seen. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.labels?.[0]?.textContent ?? '';
    // GOV.UK radios and checkboxes hide the native input and draw its focus on the label that follows.
    const choice = el?.matches('input[type=radio], input[type=checkbox]') ? el.nextElementSibling : null;
    const style = choice ? getComputedStyle(choice, '::before') : el ? getComputedStyle(el) : null;
    const outlined = !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowed = !!style && style.boxShadow !== 'none';
    const highlighted = !!style && style.backgroundColor === 'rgb(255, 221, 0)';
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      name: (label || el?.textContent || '').replace(/\s+/g, ' ').trim(),
      visible: el === document.body || outlined || shadowed || highlighted,
    };
  });
}

/**
 * Presses Tab (only Tab) until focus is where wanted, as a keyboard user would. Every control passed on the way must
 * show where focus is (WCAG 2.4.7), or this fails naming it.
 */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now.visible) throw new Error(`focus is not visible on <${now.tag}${now.id ? ` id="${now.id}"` : ''}> "${now.name.slice(0, 60)}" on the way to ${what}`);
    if (wanted(now)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

export const field = (id: string) => (f: Focused) => f.id === id;
export const button = (name: string) => (f: Focused) => f.tag === 'button' && f.name.startsWith(name);

/** Signs in on the sign-in page with Tab, typing and Enter only. */
export async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  await tabTo(page, field('email'), 'the email box');
  await page.keyboard.type(email);
  await tabTo(page, field('password'), 'the password box');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}
