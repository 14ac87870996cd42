import { Injectable, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, skip } from 'rxjs';

/**
 * After each in-app navigation to another page (not the first load, and not a change of filters, sort or page within
 * the same page, which would throw the user out of the filter panel), move focus to the page's h1 so screen-reader and
 * keyboard users start at the new content, as GOV.UK services do.
 */
@Injectable({ providedIn: 'root' })
export class FocusOnNavigation {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  start(): void {
    let previousPath = '';
    this.router.events
      .pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        filter((e) => {
          const path = e.urlAfterRedirects.split(/[?#]/)[0];
          const changed = path !== previousPath;
          previousPath = path;
          return changed;
        }),
        skip(1),
      )
      .subscribe(() =>
        afterNextRender(
          () => {
            const heading = document.querySelector<HTMLElement>('main h1');
            if (!heading) return;
            if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
            heading.focus();
          },
          { injector: this.injector },
        ),
      );
  }
}
