import { ChangeDetectionStrategy, Component, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import type { NeedsMeResponse } from '@send/contracts';
import { filter } from 'rxjs';
import { NotificationsApi } from './notifications-api';

/** What needs the signed-in user, read again after each navigation and whenever a page changes it. */
@Injectable({ providedIn: 'root' })
export class NeedsMeStore {
  private readonly api = inject(NotificationsApi);
  private readonly current = signal<NeedsMeResponse | null>(null);
  readonly needs = this.current.asReadonly();

  refresh(): void {
    // A failed count leaves the last one: the header is a pointer, not the record.
    this.api.needsMe().subscribe({ next: (needs) => this.current.set(needs), error: () => undefined });
  }
}

/** The header's "Needs me" link with its count, to the notifications page. */
@Component({
  selector: 'app-needs-me-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-service-navigation__link" routerLink="/notifications" data-testid="needs-me">
      Needs me
      @if (store.needs(); as needs) {
        <span class="moj-notification-badge" data-testid="needs-me-count">{{ needs.total }}</span>
        <span class="govuk-visually-hidden">{{ needs.total === 1 ? ' thing' : ' things' }} need your attention</span>
      }
    </a>
  `,
})
export class NeedsMeLink {
  protected readonly store = inject(NeedsMeStore);

  constructor() {
    this.store.refresh();
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.store.refresh());
  }
}
