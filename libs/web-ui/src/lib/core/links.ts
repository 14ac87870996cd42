import type { Router, UrlTree } from '@angular/router';

/**
 * An in-app path ("/meetings/12?tab=notes") as a UrlTree for RouterLink, so the link navigates without
 * reloading the app; anything else (#fragment, https://…) stays a plain href.
 */
export function appUrlTree(href: string, router: Router): UrlTree | null {
  return href.startsWith('/') && !href.startsWith('//') ? router.parseUrl(href) : null;
}
