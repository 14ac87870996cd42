import { Location } from '@angular/common';
import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { ConflictField } from '../../../core/conflict-notice';
import { FormDrafts } from './form-drafts';
import { backPath, nextStep, stepPath, type StepName } from './journey';
import { RecordStore } from './record-store';
import { errorFor, type PageError } from './server-errors';

/** Continue to the next step (or back to check your answers), or save and come back later. */
export type Intent = 'continue' | 'draft';

/**
 * What every step page shares: its errors and conflict notice, the unsaved-typing draft, double-click protection and
 * where to go next. Call in the step component's injection context.
 */
export function stepState(step: StepName) {
  const store = inject(RecordStore);
  const drafts = inject(FormDrafts);
  const router = inject(Router);
  const destroyRef = inject(DestroyRef);
  const location = inject(Location);
  const changing = inject(ActivatedRoute).snapshot.queryParamMap.get('change') === 'true';
  // The draft is filed under the meeting as it was when the page opened ('new' until the details step creates it).
  const owner = store.meetingId();
  const errors = signal<PageError[]>([]);
  const conflicts = signal<ConflictField[] | null>(null);
  const failures = signal(0);
  const restored = signal(false);
  let busy = false;

  return {
    step,
    store,
    changing,
    errors: errors.asReadonly(),
    conflicts: conflicts.asReadonly(),
    failures: failures.asReadonly(),
    restored: restored.asReadonly(),
    caption: computed(() => {
      const meeting = store.meeting();
      return meeting ? `Draft meeting ${meeting.reference}` : 'Record a meeting';
    }),
    backHref: computed(() => backPath(store.meetingId(), step, changing)),
    errorFor: (field: string) => errorFor(errors(), field),

    /**
     * Puts back what was typed here and not saved (after an expired session, say), then keeps every change in
     * sessionStorage until the step is saved. `restore` checks the kept value's shape and applies it.
     */
    keep(form: AbstractControl, restore: (value: unknown) => boolean): void {
      const kept = drafts.restore(owner, step);
      if (kept !== null && restore(kept)) {
        restored.set(true);
        form.markAsDirty();
      }
      form.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => drafts.save(owner, step, form.getRawValue()));
    },

    /** The step is saved: its kept typing is no longer needed. */
    saved(): void {
      drafts.clear(owner, step);
      restored.set(false);
    },

    fail(list: PageError[]): void {
      conflicts.set(null);
      errors.set(list);
      failures.update((n) => n + 1);
    },

    /** A 412: show what changed; the form keeps the user's edits and saving again replaces the saved version. */
    stale(fields: ConflictField[]): void {
      errors.set([]);
      conflicts.set(fields);
      failures.update((n) => n + 1);
    },

    clearErrors(): void {
      errors.set([]);
      conflicts.set(null);
    },

    /** Runs a save unless one is already running: a double click submits once. */
    async once(work: () => Promise<void>): Promise<void> {
      if (busy) return;
      busy = true;
      try {
        await work();
      } finally {
        busy = false;
      }
    },

    async leave(intent: Intent): Promise<void> {
      const id = store.meetingId();
      // Just created: the browser's Back should reopen this draft, not a blank /meetings/new that would make another.
      if (!owner && id) location.replaceState(stepPath(id, step));
      if (intent === 'draft' && id) {
        await router.navigate(['/meetings', id], { queryParams: { saved: 'draft' } });
        return;
      }
      await router.navigateByUrl(stepPath(id, changing ? 'check-answers' : nextStep(step)));
    },
  };
}

export type StepState = ReturnType<typeof stepState>;
