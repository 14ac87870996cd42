import { DestroyRef, Injectable, computed, inject, signal, type Signal } from '@angular/core';

/**
 * The protective marking printed at the top and bottom of every page (and of the PDF made from the page): the highest
 * classification anything on the page declares. OFFICIAL unless something on the page is OFFICIAL-SENSITIVE.
 */
@Injectable({ providedIn: 'root' })
export class PrintMarking {
  private readonly sources = signal<readonly Signal<boolean>[]>([]);
  readonly sensitive = computed(() => this.sources().some((source) => source()));

  add(source: Signal<boolean>): () => void {
    this.sources.update((list) => [...list, source]);
    return () => this.sources.update((list) => list.filter((s) => s !== source));
  }
}

/** Marks printed pages OFFICIAL-SENSITIVE while `sensitive` is true and the caller is on the page. Call in an injection context. */
export function declarePrintMarking(sensitive: Signal<boolean>): void {
  inject(DestroyRef).onDestroy(inject(PrintMarking).add(sensitive));
}
