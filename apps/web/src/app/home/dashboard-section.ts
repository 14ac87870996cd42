import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, type Params } from '@angular/router';
import type { Page } from '@send/contracts';
import type { Loadable } from '../core/loadable';

export interface SectionLink {
  readonly path: string;
  readonly queryParams?: Params;
  /** "View all your open actions". */
  readonly text: string;
}

/**
 * One home page section: a count and the first few items (projected), a link to the full filtered list, and its own
 * loading, empty and error states, so one slow or failed list never holds up the others.
 */
@Component({
  selector: 'app-dashboard-section',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-dashboard-section {
      border-top: 5px solid #1d70b8;
      padding-top: 15px;
      margin-bottom: 30px;
    }
  `,
  template: `
    <section class="app-dashboard-section" [attr.aria-labelledby]="name() + '-heading'" [attr.data-testid]="name()">
      <h2 class="govuk-heading-m govuk-!-margin-bottom-2" [id]="name() + '-heading'">{{ heading() }}</h2>
      @if (description(); as description) {
        <p class="govuk-body-s govuk-!-margin-bottom-2">{{ description }}</p>
      }
      @switch (state().state) {
        @case ('loading') {
          <p class="govuk-body" data-testid="loading">Loading…</p>
        }
        @case ('error') {
          <p class="govuk-body" data-testid="error">{{ heading() }} could not be loaded. {{ message() }}</p>
        }
        @case ('ready') {
          @if (total() === 0) {
            <p class="govuk-body" data-testid="empty">{{ empty() }}</p>
          } @else {
            <p class="govuk-body govuk-!-margin-bottom-2" data-testid="count">
              <span class="govuk-!-font-size-36 govuk-!-font-weight-bold">{{ countText() }}</span> {{ total() === 1 ? noun()[0] : noun()[1] }}
            </p>
            <ng-content />
          }
        }
      }
      @if (link(); as link) {
        @if (state().state !== 'loading') {
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="link.path" [queryParams]="link.queryParams">{{ link.text }}</a>
          </p>
        }
      }
    </section>
  `,
})
export class DashboardSection {
  /** Names the section for its heading id and test id ("my-actions"). */
  readonly name = input.required<string>();
  readonly heading = input.required<string>();
  readonly description = input<string | null>(null);
  readonly state = input.required<Loadable<Page<unknown>>>();
  /** Singular and plural after the count: ['open action', 'open actions']. */
  readonly noun = input.required<readonly [string, string]>();
  readonly empty = input.required<string>();
  readonly link = input<SectionLink | null>(null);

  protected readonly total = computed(() => {
    const state = this.state();
    return state.state === 'ready' ? state.value.total : 0;
  });
  protected readonly countText = computed(() => {
    const state = this.state();
    if (state.state !== 'ready') return '';
    return `${state.value.total.toLocaleString('en-GB')}${state.value.totalIsLowerBound ? '+' : ''}`;
  });
  protected readonly message = computed(() => {
    const state = this.state();
    return state.state === 'error' ? state.message : '';
  });
}
