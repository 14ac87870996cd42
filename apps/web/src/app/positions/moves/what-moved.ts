import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { OrganisationType, PhaseResponse } from '@send/contracts';
import { formatLondonDate } from '@send/web-ui';
import { LoadFailed } from '../../core/load-failed';
import { sameQuery, urlFilters } from '../../core/url-state';
import { londonDay } from '../london-dates';
import { PositionsApi } from '../positions-api';
import { StanceTag } from '../stance-tag';
import { chosenPeriod, describeMove, movePeriods } from './moves';

/** Shown at first: the headline moves; a reader asks for more. */
export const MOVES_FIRST = 10;
export const MOVES_MORE = 100;

/**
 * On the positions page: organisations whose stance on a proposal changed over a period, biggest moves first. Its
 * period (`moved`) and length (`moves`) live in the URL beside the matrix's filters, whose theme and organisation
 * type it follows.
 */
@Component({
  selector: 'app-what-moved',
  imports: [RouterLink, LoadFailed, StanceTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './what-moved.html',
  styles: `.app-moves-date { display: block; margin-top: 5px; }`,
})
export class WhatMoved {
  readonly phases = input.required<readonly PhaseResponse[]>();
  readonly themeId = input<string>();
  readonly organisationType = input<OrganisationType>();

  private readonly api = inject(PositionsApi);
  private readonly url = urlFilters();

  protected readonly periods = computed(() => movePeriods(this.phases(), londonDay()));
  // Equal while its dates are: the phases arriving must not ask for the same moves again.
  protected readonly period = computed(() => chosenPeriod(this.periods(), this.url.get('moved')), { equal: sameQuery });
  /** The select's value until "Show moves" applies it. */
  protected readonly picked = linkedSignal(() => this.period().key);
  protected readonly limit = computed(() => (this.url.get('moves') === String(MOVES_MORE) ? MOVES_MORE : MOVES_FIRST));
  protected readonly more = MOVES_MORE;

  /** Asked for only once a period is chosen (`moved` in the URL): at national scale a quarter's moves take half a second. */
  protected readonly asked = computed(() => this.url.get('moved') !== null);
  protected readonly moves = rxResource({
    params: () => (this.asked() ? { from: this.period().from, to: this.period().to, themeId: this.themeId(), organisationType: this.organisationType(), pageSize: this.limit() } : undefined),
    stream: ({ params }) => this.api.moves(params),
  });
  protected readonly rows = computed(() =>
    this.moves.hasValue()
      ? this.moves.value().items.map((m) => ({ ...m, key: `${m.organisation.id} ${m.proposal.id}`, move: describeMove(m), was: formatLondonDate(m.before.statedOn), now: formatLondonDate(m.after.statedOn) }))
      : null,
  );
  protected readonly total = computed(() => (this.moves.hasValue() ? this.moves.value().total : 0));
  protected readonly span = computed(() => `${formatLondonDate(this.period().from)} to ${formatLondonDate(this.period().to)}`);
  protected readonly filtered = computed(() => !!(this.themeId() || this.organisationType()));

  protected show(event: Event): void {
    event.preventDefault();
    void this.url.update({ moved: this.picked(), moves: null }, { keepPage: true });
  }

  protected showMore(): void {
    void this.url.update({ moves: MOVES_MORE }, { keepPage: true });
  }
}
