import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TRANSPARENCY_HEADING_KEYS, TRANSPARENCY_HEADING_MAX, type TransparencyHeadingKey, type TransparencyHeadings } from '@send/contracts';
import { GovukBackLink, GovukErrorSummary, GovukInput, GovukNotificationBanner, type ErrorSummaryItem } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../core/problem';
import { TransparencyApi } from './transparency-api';

const LABELS: Record<TransparencyHeadingKey, string> = {
  minister: 'Minister column',
  date: 'Date column',
  organisations: 'Organisations column',
  purpose: 'Purpose column',
};

const STALE = 'Someone else changed the headings while you had this page open, so your change was not saved. The form now shows their headings: make your change again.';

type HeadingsForm = FormGroup<Record<TransparencyHeadingKey, FormControl<string | null>>>;

/** Admins change the return's four column headings when the GOV.UK template changes. */
@Component({
  selector: 'app-transparency-headings-page',
  imports: [ReactiveFormsModule, GovukBackLink, GovukErrorSummary, GovukInput, GovukNotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/reports/transparency-return" text="Back to the transparency return" />
    <govuk-error-summary [errors]="errors()" />
    @if (notice(); as text) {
      <govuk-notification-banner titleId="headings-notice-title" [text]="text" data-testid="notice-banner" />
    }
    @if (saved()) {
      <govuk-notification-banner type="success" titleId="headings-saved-title" text="The column headings have been changed" data-testid="success-banner" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Transparency return column headings</h1>
    <p class="govuk-body">The first row of the file. Change these only when the published GOV.UK template changes; the columns stay in
      this order. Each heading can be up to {{ max }} characters.</p>
    @if (version() === null) {
      <p class="govuk-body" role="status">{{ loadFailed() ? 'The headings could not be loaded. Reload the page to try again.' : 'Loading the headings…' }}</p>
    } @else {
      <form [formGroup]="form" (submit)="$event.preventDefault(); save()" novalidate>
        @for (key of keys; track key) {
          <govuk-input [id]="key" [label]="labels[key]" [control]="form.controls[key]" [errorMessage]="fieldError(key)" width="two-thirds" />
        }
        <button type="submit" class="govuk-button" data-module="govuk-button">Save headings</button>
      </form>
    }
  `,
})
export class TransparencyHeadingsPage {
  private readonly api = inject(TransparencyApi);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly keys = TRANSPARENCY_HEADING_KEYS;
  protected readonly labels = LABELS;
  protected readonly max = TRANSPARENCY_HEADING_MAX;
  protected readonly form: HeadingsForm = new FormGroup({
    minister: new FormControl<string | null>(''),
    date: new FormControl<string | null>(''),
    organisations: new FormControl<string | null>(''),
    purpose: new FormControl<string | null>(''),
  });
  protected readonly version = signal<number | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly saved = signal(false);
  private busy = false;

  constructor() {
    void this.load();
  }

  protected fieldError(key: TransparencyHeadingKey): string | null {
    return this.errors().find((e) => e.href === `#${key}`)?.text ?? null;
  }

  protected async save(): Promise<void> {
    const version = this.version();
    if (this.busy || version === null) return;
    this.notice.set(null);
    this.saved.set(false);
    const body = Object.fromEntries(this.keys.map((k) => [k, (this.form.controls[k].value ?? '').trim()])) as TransparencyHeadings;
    const missing = this.keys.filter((k) => !body[k]).map((k) => ({ text: `Enter the ${LABELS[k].toLowerCase()} heading`, href: `#${k}` }));
    this.errors.set(missing);
    if (missing.length) return;
    this.busy = true;
    try {
      const updated = await firstValueFrom(this.api.updateHeadings(version, body));
      this.form.setValue(updated.headings);
      this.version.set(updated.version);
      this.saved.set(true);
      this.focus('.govuk-notification-banner');
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 412) {
        this.notice.set(STALE);
        await this.load();
        this.focus('.govuk-notification-banner');
        return;
      }
      const fields = (problem.errors ?? []).map((e) => ({ text: e.message, href: this.keys.includes(e.field as TransparencyHeadingKey) ? `#${e.field}` : undefined }));
      this.errors.set(fields.length ? fields : [{ text: problem.detail }]);
    } finally {
      this.busy = false;
    }
  }

  private async load(): Promise<void> {
    try {
      const current = await firstValueFrom(this.api.headings());
      this.form.setValue(current.headings);
      this.version.set(current.version);
    } catch {
      this.loadFailed.set(true);
    }
  }

  private focus(selector: string): void {
    afterNextRender(
      {
        write: () => {
          const el = this.host.nativeElement.querySelector<HTMLElement>(selector);
          el?.setAttribute('tabindex', '-1');
          el?.focus();
        },
      },
      { injector: this.injector },
    );
  }
}
