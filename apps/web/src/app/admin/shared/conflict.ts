import { HttpErrorResponse } from '@angular/common/http';
import { Injector, inject, signal } from '@angular/core';
import { firstValueFrom, type Observable } from 'rxjs';
import { conflictingFields, type ConflictField } from '../../core/conflict-notice';
import { focusAfterRender } from './focus';

/** A save refused because the record changed since it was read (If-Match no longer current). */
export function isStale(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 412;
}

/**
 * What an edit page shows after a 412: the fields someone else changed, beside the admin's unsaved values, which stay
 * in the form. Call in an injection context.
 */
export class ConflictState {
  private readonly injector = inject(Injector);
  readonly fields = signal<ConflictField[] | null>(null);

  /** Reads the record again and lists the differences; the caller saves next time against the returned version. */
  async resolve<T extends object>(reread: Observable<T>, mine: Partial<T>, labels: Partial<Record<keyof T, string>>, show?: (value: unknown) => string): Promise<T> {
    const theirs = await firstValueFrom(reread);
    this.fields.set(conflictingFields(mine, theirs, labels, show));
    focusAfterRender(this.injector, '[data-testid=conflict-notice]');
    return theirs;
  }
}
