import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRouteSnapshot, NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';

/** Route data for a page that uses the browser's full width: the lists the private office works through all day. */
export const WIDE_PAGE = { layout: 'wide' } as const;

function deepest(route: ActivatedRouteSnapshot): ActivatedRouteSnapshot {
  return route.firstChild ? deepest(route.firstChild) : route;
}

/** Whether the page now shown asked for the full width. Call in an injection context. */
export function wideLayout(): Signal<boolean> {
  const router = inject(Router);
  return toSignal(
    router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => deepest(router.routerState.snapshot.root).data['layout'] === WIDE_PAGE.layout),
    ),
    { initialValue: false },
  );
}
