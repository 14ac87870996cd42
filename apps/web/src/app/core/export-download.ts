import { HttpClient, HttpErrorResponse, HttpEventType, type HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { problemOf } from './problem';

export type ExportFormat = 'csv' | 'ods' | 'xlsx';

const FORMATS: { format: ExportFormat; text: string }[] = [
  { format: 'csv', text: 'CSV' },
  { format: 'ods', text: 'OpenDocument spreadsheet (ODS)' },
  { format: 'xlsx', text: 'Excel (XLSX)' },
];

type DownloadState =
  | { kind: 'idle' }
  | { kind: 'downloading'; format: ExportFormat; bytes: number }
  | { kind: 'done'; fileName: string; marking: string }
  | { kind: 'failed'; message: string };

/** "1.4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The name from `Content-Disposition`, preferring the UTF-8 form. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** FileReader rather than Blob.text(), which older browsers (and jsdom) lack. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/**
 * Download the list as it is filtered now, as CSV, ODS or XLSX. Large files stream for a while, so the amount
 * received so far is announced, the download can be cancelled, and the file's classification marking is shown.
 */
@Component({
  selector: 'app-export-download',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="govuk-details govuk-!-margin-bottom-4" data-testid="export-download">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Download {{ what() }}</span></summary>
      <div class="govuk-details__text">
        <p class="govuk-body">Every {{ noun() }} matching the current filters, in the current order. The file is marked with the highest classification of what is in it.</p>
        <div class="govuk-button-group">
          @for (choice of formats; track choice.format) {
            <button type="button" class="govuk-button govuk-button--secondary" [disabled]="state().kind === 'downloading'" (click)="download(choice.format)">
              {{ choice.text }}<span class="govuk-visually-hidden"> file of {{ what() }}</span>
            </button>
          }
        </div>
        <div aria-live="polite" data-testid="export-status">
          @switch (state().kind) {
            @case ('downloading') {
              <p class="govuk-body">Preparing your file: {{ received() }} received so far.
                <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0 govuk-!-margin-left-2" (click)="cancel()">Cancel download</button>
              </p>
            }
            @case ('done') {
              <p class="govuk-body">Downloaded {{ doneFile() }}. It is marked <strong>{{ doneMarking() }}</strong>: handle it accordingly.</p>
            }
            @case ('failed') {
              <p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ failure() }}</p>
            }
          }
        </div>
      </div>
    </details>
  `,
})
export class ExportDownload {
  private readonly http = inject(HttpClient);

  /** `/api/actions/export` */
  readonly path = input.required<string>();
  /** The list's current filters (paging is ignored by the API). */
  readonly params = input.required<HttpParams>();
  /** "these actions" */
  readonly what = input.required<string>();
  /** "action" */
  readonly noun = input.required<string>();

  protected readonly formats = FORMATS;
  protected readonly state = signal<DownloadState>({ kind: 'idle' });
  private running?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected received(): string {
    const s = this.state();
    return s.kind === 'downloading' ? formatBytes(s.bytes) : '';
  }

  protected doneFile(): string {
    const s = this.state();
    return s.kind === 'done' ? s.fileName : '';
  }

  protected doneMarking(): string {
    const s = this.state();
    return s.kind === 'done' ? s.marking : '';
  }

  protected failure(): string {
    const s = this.state();
    return s.kind === 'failed' ? s.message : '';
  }

  protected download(format: ExportFormat): void {
    this.running?.unsubscribe();
    this.state.set({ kind: 'downloading', format, bytes: 0 });
    this.running = this.http
      .get(this.path(), { params: this.params().set('format', format), responseType: 'blob', observe: 'events', reportProgress: true })
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.DownloadProgress) this.state.set({ kind: 'downloading', format, bytes: event.loaded });
          if (event.type === HttpEventType.Response && event.body) {
            const fileName = fileNameOf(event.headers.get('Content-Disposition'), `export.${format}`);
            this.save(event.body, fileName);
            this.state.set({ kind: 'done', fileName, marking: event.headers.get('X-Classification') ?? 'OFFICIAL' });
          }
        },
        error: (error: unknown) => void this.failed(error),
      });
  }

  protected cancel(): void {
    this.running?.unsubscribe();
    this.state.set({ kind: 'idle' });
  }

  private async failed(error: unknown): Promise<void> {
    // With a blob response type, a problem+json body arrives as a Blob.
    if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
      try {
        const body = JSON.parse(await readText(error.error));
        error = new HttpErrorResponse({ error: body, status: error.status, headers: error.headers });
      } catch {
        // not JSON: keep the generic message
      }
    }
    const problem = problemOf(error);
    this.state.set({ kind: 'failed', message: problem.errors?.map((e) => e.message).join(' ') || problem.detail || 'The file could not be made. Try again.' });
  }

  private save(file: Blob, fileName: string): void {
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
