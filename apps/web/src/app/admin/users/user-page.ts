import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { UserResponse } from '@send/contracts';
import { GovukBackLink, GovukSummaryList, GovukTag, formatLondonDateTime, type SummaryListRow } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { ROLE_LABELS } from '../shared/labels';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { UsersApi } from './users-api';

/** One account: its details, with the changes an admin can make. */
@Component({
  selector: 'app-user-page',
  imports: [RouterLink, GovukBackLink, GovukSummaryList, GovukTag, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin/users" text="Back to users" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <span class="govuk-caption-l">User</span>
    <!-- One h1 throughout, so the focus moved to it on arrival is not lost when the user loads. -->
    <h1 class="govuk-heading-l" tabindex="-1">{{ heading() }}</h1>
    <app-load-status [state]="user()" what="this user" />
    @if (user(); as user) {
      @if (user.state === 'ready') {
        <p class="govuk-body">
          @if (user.value.active) {
            <govuk-tag text="Active" colour="green" />
          } @else {
            <govuk-tag text="Deactivated" colour="grey" />
          }
        </p>
        <govuk-summary-list [rows]="rows()" />
        <div class="govuk-button-group">
          <a [routerLink]="['/admin/users', id(), 'reset-password']" class="govuk-button govuk-button--secondary" role="button" draggable="false" data-module="govuk-button">Reset password</a>
          @if (user.value.active) {
            <a [routerLink]="['/admin/users', id(), 'deactivate']" class="govuk-button govuk-button--warning" role="button" draggable="false" data-module="govuk-button">Deactivate user</a>
          } @else {
            <a [routerLink]="['/admin/users', id(), 'reactivate']" class="govuk-button govuk-button--secondary" role="button" draggable="false" data-module="govuk-button">Reactivate user</a>
          }
        </div>
      }
    }
  `,
})
export class UserPage {
  private readonly api = inject(UsersApi);

  readonly id = input.required<string>();
  protected readonly flash = inject(AdminFlash).take();
  protected readonly user = toSignal(toObservable(this.id).pipe(switchMap((id) => loadable(this.api.get(id)))), { initialValue: LOADING });
  protected readonly heading = computed(() => {
    const user = this.user();
    return user.state === 'ready' ? user.value.name : 'User';
  });
  constructor() {
    // The route's title is generic; once loaded, the tab and history name the person.
    const title = inject(Title);
    effect(() => {
      const user = this.user();
      if (user.state === 'ready') title.setTitle(`${user.value.name} – SEND engagement tracker`);
    });
  }

  protected readonly rows = computed<SummaryListRow[]>(() => {
    const user = this.user();
    return user.state === 'ready' ? userRows(user.value) : [];
  });
}

export function userRows(user: UserResponse): SummaryListRow[] {
  return [
    { key: 'Name', value: user.name },
    { key: 'Email address', value: user.email },
    { key: 'Role', value: ROLE_LABELS[user.role], href: `/admin/users/${user.id}/role` },
    { key: 'Account', value: user.active ? 'Active: can sign in' : 'Deactivated: cannot sign in' },
    { key: 'Must change password', value: user.mustChangePassword ? 'Yes, when they next sign in' : 'No' },
    { key: 'Added', value: formatLondonDateTime(user.createdAt) },
    { key: 'Last changed', value: formatLondonDateTime(user.updatedAt) },
  ];
}
