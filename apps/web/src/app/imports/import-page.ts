import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, signal, viewChild } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { IMPORT_MAX_BYTES, ORGANISATION_TYPE_LABELS, REGION_LABELS, type ImportCheckResponse, type ImportCommitResponse, type ImportRowError } from '@send/contracts';
import { GovukDetails, GovukErrorSummary, GovukSummaryList, GovukWarningText, type ErrorSummaryItem } from '@send/web-ui';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/problem';
import { ImportDuplicates } from './import-duplicates';
import { ImportsApi, TEMPLATE_URL } from './imports-api';
import { columnText, errorCountText, outcomeText, summaryRows } from './import-summary';

const ERROR_PREFIX = 'Error: ';
/** Enough to work through; the rest follow once these are corrected. */
const ERRORS_SHOWN = 500;

/**
 * /import: upload the filled-in template, check it (nothing is written), then import it all or nothing.
 * The file is read in the browser and sent as CSV text.
 */
@Component({
  selector: 'app-import-page',
  imports: [RouterLink, GovukErrorSummary, GovukSummaryList, GovukDetails, GovukWarningText, ImportDuplicates],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
})
export class ImportPage {
  private readonly api = inject(ImportsApi);
  private readonly injector = inject(Injector);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');
  private readonly errorSummary = viewChild(GovukErrorSummary);

  protected readonly templateUrl = TEMPLATE_URL;
  protected readonly types = Object.values(ORGANISATION_TYPE_LABELS);
  protected readonly regions = Object.values(REGION_LABELS);
  protected readonly busy = signal(false);
  /** The checked file's name and text: Import sends exactly what was checked (the server checks it again). */
  protected readonly fileName = signal('');
  private readonly csv = signal<string | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly rowErrors = signal<readonly ImportRowError[]>([]);
  protected readonly preview = signal<ImportCheckResponse | null>(null);
  protected readonly done = signal<ImportCommitResponse | null>(null);

  protected readonly shownErrors = computed(() => this.rowErrors().slice(0, ERRORS_SHOWN));
  protected readonly moreErrors = computed(() => Math.max(0, this.rowErrors().length - ERRORS_SHOWN));
  protected readonly fieldError = computed(() => this.fileError() ?? (this.rowErrors().length ? 'The file has errors: correct them and check it again' : null));
  protected readonly summary = computed<ErrorSummaryItem[]>(() => {
    const message = this.fileError() ?? (this.rowErrors().length ? errorCountText(this.rowErrors().length) : null);
    return message ? [{ text: message, href: '#file' }] : [];
  });
  protected readonly previewRows = computed(() => {
    const preview = this.preview();
    return preview ? summaryRows(preview, false) : [];
  });
  protected readonly doneRows = computed(() => {
    const done = this.done();
    return done ? summaryRows(done, true) : [];
  });
  protected readonly outcome = computed(() => {
    const done = this.done();
    return done ? outcomeText(done) : '';
  });
  protected readonly columnText = columnText;

  constructor() {
    // GOV.UK puts "Error: " in front of the title while errors show, so screen reader users hear it first.
    const title = inject(Title);
    effect(() => {
      const current = title.getTitle();
      const base = current.startsWith(ERROR_PREFIX) ? current.slice(ERROR_PREFIX.length) : current;
      title.setTitle(this.summary().length ? ERROR_PREFIX + base : base);
    });
  }

  /** A different file makes the last check meaningless. */
  protected chosen(): void {
    this.preview.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    void this.check();
  }

  protected async check(): Promise<void> {
    if (this.busy()) return;
    const file = this.fileInput()?.nativeElement.files?.[0];
    const problem = !file
      ? 'Select a CSV file'
      : !/\.csv$/i.test(file.name)
        ? 'The selected file must be a CSV: in Excel choose Save As, then "CSV UTF-8"'
        : file.size > IMPORT_MAX_BYTES
          ? 'The selected file must be smaller than 5 MB'
          : file.size === 0
            ? 'The selected file is empty'
            : null;
    if (problem || !file) return this.fail(problem ?? 'Select a CSV file', []);
    this.busy.set(true);
    try {
      const text = await file.text();
      const result = await firstValueFrom(this.api.check(text));
      if (result.errors.length) return this.fail(null, result.errors);
      this.fileName.set(file.name);
      this.csv.set(text);
      this.fileError.set(null);
      this.rowErrors.set([]);
      this.preview.set(result);
      this.focusAfterRender();
    } catch (error) {
      this.failWith(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async importFile(): Promise<void> {
    const csv = this.csv();
    if (this.busy() || csv === null) return;
    this.busy.set(true);
    try {
      this.done.set(await firstValueFrom(this.api.commit(csv)));
      this.preview.set(null);
      this.csv.set(null);
      this.focusAfterRender();
    } catch (error) {
      // Someone may have changed the tracker since the check: the file is shown again with what is wrong now.
      this.preview.set(null);
      this.failWith(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected startAgain(): void {
    this.preview.set(null);
    this.done.set(null);
    this.csv.set(null);
    this.fileName.set('');
    this.fileError.set(null);
    this.rowErrors.set([]);
    this.focusAfterRender();
  }

  private failWith(error: unknown): void {
    const problem = problemOf(error);
    const rows = (problem.errors ?? []).filter((e): e is ImportRowError => typeof (e as Partial<ImportRowError>).line === 'number');
    if (rows.length) this.fail(null, rows);
    else this.fail(problem.errors?.[0]?.message ?? problem.detail, []);
  }

  private fail(fileError: string | null, rows: readonly ImportRowError[]): void {
    this.fileError.set(fileError);
    this.rowErrors.set(rows);
    this.preview.set(null);
    // A summary already showing does not take focus again by itself.
    this.errorSummary()?.focus();
  }

  /** The new part of the page (preview heading, confirmation panel, or the h1 again) takes focus. */
  private focusAfterRender(): void {
    afterNextRender({ write: () => (this.doneHeading() ?? this.previewHeading() ?? this.heading())?.nativeElement.focus() }, { injector: this.injector });
  }
}
