import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import type { FieldError } from '@send/contracts';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import type { FormErrors } from '../../core/form-errors';

/**
 * One save from a section of the item's page: the form's own checks, then the call; a 412 (someone else saved
 * first) says so and asks the page to read the item again. Resolves true when saved.
 */
export class SectionSave {
  readonly busy = signal(false);

  constructor(
    private readonly errors: FormErrors,
    private readonly fallbackField: string,
    private readonly onStale: () => void,
  ) {}

  async run(problems: FieldError[], call: () => Observable<unknown> | Promise<unknown>): Promise<boolean> {
    this.errors.set(problems);
    if (problems.length) return false;
    this.busy.set(true);
    try {
      const result = call();
      await (isObservable(result) ? firstValueFrom(result) : result);
      return true;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 412) {
        this.errors.set([{ field: 'stale', message: 'Someone else changed this while you had it open. It now shows their changes: check them and try again.' }]);
        this.onStale();
      } else this.errors.fromError(error, this.fallbackField);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
