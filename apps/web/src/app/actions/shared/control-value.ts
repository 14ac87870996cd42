import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

/**
 * A control's value as a signal (OnPush, zoneless templates read it). Call in an injection context; follows
 * setValue, reset and typing alike.
 */
export function controlValue<T>(control: AbstractControl<T>): Signal<T> {
  const value = signal(control.value);
  const subscription = control.valueChanges.subscribe((next) => value.set(next));
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return value.asReadonly();
}
