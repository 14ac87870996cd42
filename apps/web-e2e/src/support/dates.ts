import type { Page } from 'playwright-core';

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONG = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** Today in London, YYYY-MM-DD: the date the service counts deadlines from. */
export const today = LONDON.format(new Date());
export const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
/** A date as the dashboard writes it: "7 December 2026". */
export const long = (date: string) => LONG.format(new Date(`${date}T00:00:00Z`));

/** Types a YYYY-MM-DD date into a GOV.UK date input's day, month and year boxes. */
export async function enterDate(page: Page, id: string, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(d)));
  await page.locator(`#${id}-month`).fill(String(Number(m)));
  await page.locator(`#${id}-year`).fill(y as string);
}
