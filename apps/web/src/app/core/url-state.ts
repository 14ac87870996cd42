import { HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { map } from 'rxjs';

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** Filters as HTTP query parameters: empty values are left out, arrays repeat the key. */
export function toHttpParams(values: Record<string, QueryValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) for (const item of value) params = params.append(key, item);
    else params = params.set(key, String(value));
  }
  return params;
}

/**
 * Equality for a computed request: the same query is the same request. Without it any change to the URL (another
 * section's parameter) gives a new object, and a resource reading it would load again.
 */
export function sameQuery<T extends object>(a: T, b: T): boolean {
  return toHttpParams(a as Record<string, QueryValue>).toString() === toHttpParams(b as Record<string, QueryValue>).toString();
}

/**
 * A page's filters live in the URL, so a view can be shared and Back works. Call in an injection context; read the
 * signal, and `update()` to change some filters (page resets to 1 unless given).
 */
export function urlFilters() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap.pipe(map((m) => m)), { requireSync: true });
  return {
    params,
    get(key: string): string | null {
      return params().get(key);
    },
    getAll(key: string): string[] {
      return params().getAll(key);
    },
    update(changes: Params, options: { keepPage?: boolean } = {}): Promise<boolean> {
      const queryParams: Params = { ...changes };
      if (!options.keepPage && !('page' in changes)) queryParams['page'] = null;
      for (const [key, value] of Object.entries(queryParams)) {
        if (value === '' || (Array.isArray(value) && value.length === 0)) queryParams[key] = null;
      }
      return router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: 'merge' });
    },
  };
}
