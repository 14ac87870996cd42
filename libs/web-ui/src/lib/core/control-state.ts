import { computed, effect, signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

export interface ControlState<T> {
  readonly value: T;
  readonly disabled: boolean;
}

/**
 * A control's value and disabled state as a signal, for inputs bound by hand (radios, checkboxes, date parts)
 * under OnPush and zoneless change detection. Follows the control if the input swaps it for another.
 * Call in an injection context.
 */
export function controlState<T>(control: Signal<AbstractControl<T>>): Signal<ControlState<T>> {
  const changes = signal(0);
  effect((onCleanup) => {
    const subscription = control().events.subscribe(() => changes.update((count) => count + 1));
    onCleanup(() => subscription.unsubscribe());
  });
  return computed(
    () => {
      changes();
      const current = control();
      return { value: current.value, disabled: current.disabled };
    },
    { equal: (a, b) => a.value === b.value && a.disabled === b.disabled },
  );
}
