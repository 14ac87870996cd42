import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toTextBlock } from '../core/text';
import { formatLondonDate, formatLondonTime } from '../dates/london-date';

export interface TimelineItem {
  readonly title: string;
  /** Who did it; shown as "by …". */
  readonly byline?: string;
  /** An ISO instant with Z or an offset, such as 2026-11-24T14:15:00Z. */
  readonly date: string;
  /** Free text: line breaks are kept; a blank line starts a new paragraph. */
  readonly description: string;
}

/** MOJ Frontend timeline, with dates in UK time as "24 November 2026 at 2:15pm" (MOJ's "datetime" style). */
@Component({
  selector: 'moj-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="moj-timeline">
      @for (item of viewItems(); track $index) {
        <div class="moj-timeline__item">
          <div class="moj-timeline__header">
            @if (headingLevel() === 3) {
              <h3 class="moj-timeline__title">{{ item.title }}</h3>
            } @else {
              <h2 class="moj-timeline__title">{{ item.title }}</h2>
            }
            @if (item.byline) {
              <p class="moj-timeline__byline">by {{ item.byline }}</p>
            }
          </div>
          <p class="moj-timeline__date">
            <time [attr.datetime]="item.date">{{ item.when }}</time>
          </p>
          <div class="moj-timeline__description">
            @if (item.block.paragraphs; as paragraphs) {
              @for (paragraph of paragraphs; track $index) {
                <p class="govuk-body">
                  @for (line of paragraph; track $index) {@if (!$first) {<br />}{{ line }}}
                </p>
              }
            } @else {
              @for (line of item.block.lines; track $index) {@if (!$first) {<br />}{{ line }}}
            }
          </div>
        </div>
      }
    </div>
  `,
})
export class MojTimeline {
  readonly items = input.required<readonly TimelineItem[]>();
  /** h2 by default, as MOJ Frontend does; h3 when the timeline sits under a page's own h2. */
  readonly headingLevel = input<2 | 3>(2);

  protected readonly viewItems = computed(() =>
    this.items().map((item) => {
      const time = formatLondonTime(item.date);
      return { ...item, when: time ? `${formatLondonDate(item.date)} at ${time}` : formatLondonDate(item.date), block: toTextBlock(item.description) };
    }),
  );
}
