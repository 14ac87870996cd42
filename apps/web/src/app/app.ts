import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Role } from '@send/contracts';
import { FocusOnNavigation } from './core/focus-on-navigation';
import { wideLayout } from './core/page-layout';
import { PrintMarking } from './core/print-marking';
import { ServiceFooter } from './core/service-footer';
import { ServiceStatusStore } from './core/service-status';
import { SessionStore } from './core/session';
import { NeedsMeLink } from './notifications/needs-me';

interface NavItem {
  path: string;
  text: string;
  exact?: boolean;
  roles?: Role[];
}

/** The service navigation (GOV.UK service navigation); Admin only for admins. */
const NAVIGATION: NavItem[] = [
  { path: '/', text: 'Home', exact: true },
  { path: '/actions', text: 'Actions' },
  { path: '/meetings', text: 'Meetings' },
  { path: '/organisations', text: 'Organisations' },
  { path: '/positions', text: 'Positions' },
  { path: '/requests', text: 'Requests' },
  { path: '/parliament', text: 'Parliament' },
  { path: '/inbox', text: 'Inbox', roles: ['admin', 'recorder'] },
  { path: '/search', text: 'Search' },
  { path: '/reports', text: 'Reports' },
  { path: '/admin', text: 'Admin', roles: ['admin'] },
];

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, ServiceFooter, NeedsMeLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  host: { '[class.app-wide]': 'wide()', '[class.app-print--sensitive]': 'printMarking.sensitive()' },
})
export class App {
  protected readonly status = inject(ServiceStatusStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly wide = wideLayout();
  protected readonly printMarking = inject(PrintMarking);

  protected readonly navigation = computed(() => {
    const role = this.session.role();
    if (!role) return [];
    return NAVIGATION.filter((item) => !item.roles || item.roles.includes(role));
  });

  constructor() {
    inject(FocusOnNavigation).start();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigate(['/sign-in']);
  }
}
