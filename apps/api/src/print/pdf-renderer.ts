import { Inject, Injectable } from '@nestjs/common';
import { chromium, type Browser } from 'playwright-core';
import { Unavailable } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from '../auth/auth.guard';

/** Two at once: each is a Chromium process of its own, and a 2-core machine also serves everyone else. */
const AT_ONCE = 2;
const PAGE_TIMEOUT_MS = 30_000;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PrintedPage {
  pdf: Buffer;
  /** What the page printed at its top and bottom: the highest classification on it. */
  sensitive: boolean;
}

/**
 * Prints a dashboard page to PDF with Chromium, signed in as the person asking (their own session cookie, to this
 * server over loopback), so the PDF holds exactly what they may see, laid out by the print stylesheet that paper
 * gets too. One browser per PDF: nothing from one reader's page can linger into another's.
 */
@Injectable()
export class PdfRenderer {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async print(origin: string, sessionToken: string, path: string): Promise<PrintedPage> {
    await this.turn();
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: this.config.chromiumPath, args: ARGS, timeout: PAGE_TIMEOUT_MS }).catch((error: unknown) => {
        throw new Unavailable(`PDFs cannot be made on this server just now (Chromium did not start: ${String(error).split('\n')[0]}).`);
      });
      const context = await browser.newContext({ baseURL: origin });
      await context.addCookies([{ name: SESSION_COOKIE, value: sessionToken, url: origin, httpOnly: true, sameSite: 'Lax' }]);
      const page = await context.newPage();
      page.setDefaultTimeout(PAGE_TIMEOUT_MS);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      if (new URL(page.url()).pathname !== new URL(path, origin).pathname) throw new Unavailable('The page to print could not be opened.');
      const sensitive = (await page.locator('app-root.app-print--sensitive').count()) > 0;
      const pdf = await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true });
      return { pdf, sensitive };
    } catch (error) {
      if (error instanceof Unavailable) throw error;
      throw new Unavailable(`The PDF could not be made: ${String(error).split('\n')[0]}`);
    } finally {
      await browser?.close().catch(() => undefined);
      this.done();
    }
  }

  private turn(): Promise<void> {
    if (this.active < AT_ONCE) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot straight to the next in line, or frees it. */
  private done(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
