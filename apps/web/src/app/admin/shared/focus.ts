import { afterNextRender, type Injector } from '@angular/core';

/** Moves focus to an element once the view has rendered (a conflict notice, a result banner). */
export function focusAfterRender(injector: Injector, selector: string): void {
  afterNextRender({ write: () => document.querySelector<HTMLElement>(selector)?.focus() }, { injector });
}
