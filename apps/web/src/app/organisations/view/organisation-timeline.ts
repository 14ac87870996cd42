import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukTag } from '@send/web-ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { OrganisationsApi } from '../organisations-api';
import { PositionsCurrentApi } from '../positions-current-api';
import { LoadFailed } from '../../core/load-failed';
import { toTimelineEntry } from './timeline-entries';

/** The API stops at this many items. */
const TIMELINE_LIMIT = 200;

/**
 * Every meeting, position and action involving the organisation, newest first. MOJ timeline markup is written out
 * here because the shared moj-timeline takes plain-text titles and each entry here links to its record.
 */
@Component({
  selector: 'app-organisation-timeline',
  imports: [RouterLink, GovukTag, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="timeline-heading" class="govuk-!-margin-top-8" data-testid="timeline">
      <h2 class="govuk-heading-m" id="timeline-heading">Timeline</h2>
      @if (entries(); as entries) {
        @if (entries.length) {
          @if (entries.length >= limit) {
            <p class="govuk-body">Showing the latest {{ limit }} interactions.</p>
          }
          <div class="moj-timeline">
            @for (entry of entries; track entry.key) {
              <div class="moj-timeline__item">
                <div class="moj-timeline__header">
                  <h3 class="moj-timeline__title">
                    @if (entry.link; as link) {
                      <a class="govuk-link" [routerLink]="link.path" [queryParams]="link.query">{{ entry.title }}</a>
                    } @else {
                      {{ entry.title }}
                    }
                  </h3>
                </div>
                <p class="moj-timeline__date"><time [attr.datetime]="entry.datetime">{{ entry.when }}</time></p>
                <div class="moj-timeline__description">
                  <p class="govuk-body govuk-!-margin-bottom-2">
                    <govuk-tag [text]="entry.tag.text" [colour]="entry.tag.colour" />
                    @if (entry.context) {
                      &ngsp;<span class="govuk-body-s">{{ entry.context }}</span>
                    }
                  </p>
                  @if (entry.detail) {
                    <p class="govuk-body">{{ entry.detail }}</p>
                  }
                </div>
              </div>
            }
          </div>
        } @else {
          <p class="govuk-body">Nothing has been recorded with this organisation yet.</p>
        }
      } @else if (timeline.error(); as error) {
        <app-load-failed what="The timeline" [error]="error" (retry)="timeline.reload()" />
      } @else {
        <p class="govuk-body">Loading timeline…</p>
      }
    </section>
  `,
})
export class OrganisationTimelineSection {
  readonly organisationId = input.required<string>();

  private readonly organisations = inject(OrganisationsApi);
  private readonly positions = inject(PositionsCurrentApi);
  protected readonly limit = TIMELINE_LIMIT;

  protected readonly timeline = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) =>
      forkJoin({
        items: this.organisations.timeline(params).pipe(map((response) => response.items)),
        // Only for links: without it the timeline still shows, positions just are not links.
        proposalOf: this.positions.allFor(params).pipe(
          map((page) => new Map(page.items.map((position) => [position.id, position.proposalId]))),
          catchError(() => of(new Map<string, string>())),
        ),
      }),
  });

  protected readonly entries = computed(() => {
    if (!this.timeline.hasValue()) return null;
    const { items, proposalOf } = this.timeline.value();
    return items.map((item) => toTimelineEntry(item, this.organisationId(), proposalOf));
  });
}
