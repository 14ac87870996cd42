import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ACTION_STATUS_LABELS, MEETING_TYPE_LABELS, STANCE_LABELS, type BriefingFormat } from '@send/contracts';
import { GovukBackLink, GovukSummaryList, formatLondonDate, formatLondonDateTime, type SummaryListRow } from '@send/web-ui';
import { ClassificationMarking } from '../../meetings/view/classification-marking';
import { BriefingApi } from './briefing-api';

/** Everything a minister needs before a meeting, organisation by organisation; prints one organisation a page. */
@Component({
  selector: 'app-briefing-pack-page',
  imports: [RouterLink, GovukBackLink, GovukSummaryList, ClassificationMarking],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './briefing-pack-page.html',
  styleUrl: './briefing-pack-page.css',
})
export class BriefingPackPage {
  private readonly api = inject(BriefingApi);
  private readonly document = inject(DOCUMENT);

  /** From the route (:meetingId). */
  readonly meetingId = input.required<string>();

  protected readonly briefing = rxResource({ params: () => this.meetingId(), stream: ({ params }) => this.api.get(params) });
  protected readonly current = computed(() => (this.briefing.hasValue() ? this.briefing.value() : null));
  protected readonly state = computed<'loading' | 'ready' | 'not-found' | 'error'>(() => {
    if (this.briefing.hasValue()) return 'ready';
    const error = this.briefing.error();
    // A viewer gets 404 for a sensitive meeting too: say the same as for a missing one.
    if (error) return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400) ? 'not-found' : 'error';
    return 'loading';
  });
  protected readonly meetingRows = computed<SummaryListRow[]>(() => {
    const m = this.current()?.meeting;
    if (!m) return [];
    return [
      { key: 'When', value: formatLondonDateTime(m.startsAt) },
      { key: 'Type', value: MEETING_TYPE_LABELS[m.type] },
      { key: 'Where', value: m.location || 'Not recorded' },
      { key: 'Ministers', value: m.ministers.join('\n') || 'None' },
      { key: 'Purpose', value: m.purpose || 'Not recorded' },
    ];
  });
  protected readonly stance = STANCE_LABELS;
  protected readonly actionStatus = ACTION_STATUS_LABELS;
  protected readonly meetingType = MEETING_TYPE_LABELS;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const m = this.current()?.meeting;
      const page = this.state() === 'not-found' ? 'Meeting not found' : m ? `Briefing pack for ${m.reference}` : 'Briefing pack';
      title.setTitle(`${page} – SEND engagement tracker`);
    });
  }

  protected fileUrl(format: BriefingFormat): string {
    return this.api.fileUrl(this.meetingId(), format);
  }

  protected day(value: string): string {
    return formatLondonDate(value);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
