import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MEETING_STATUS_LABELS, TRANSPARENCY_HEADING_KEYS, type TransparencyProblem } from '@send/contracts';
import { GovukBackLink, GovukSelect, GovukSummaryList, formatLondonDate, type SummaryListRow } from '@send/web-ui';
import { catchError, of } from 'rxjs';
import { SessionStore } from '../../core/session';
import { urlFilters } from '../../core/url-state';
import { chosenQuarter, quarterChoices, quarterName } from './quarters';
import { TransparencyApi } from './transparency-api';

export const PROBLEM_TEXT: Record<TransparencyProblem, string> = {
  not_agreed: 'Not agreed yet, so left out of the return',
  no_purpose: 'No purpose recorded',
  no_organisations: 'No organisation recorded as attending',
  no_official_note: 'No official present and no note of the meeting (summary) recorded',
};

@Component({
  selector: 'app-transparency-return-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukSelect, GovukSummaryList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/reports" text="Back to reports" />
    <h1 class="govuk-heading-l" tabindex="-1">Ministers’ meetings transparency return</h1>
    <p class="govuk-body">The quarterly return of ministers’ meetings with external organisations, in the GOV.UK format: one row per
      minister per agreed meeting. Check the quarter, put right anything listed, then download the file.</p>

    <form class="app-quarter-form" (submit)="$event.preventDefault(); choose()" novalidate>
      <govuk-select id="quarter" label="Quarter" [control]="quarterControl" [options]="choices" />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show quarter</button>
    </form>

    <h2 class="govuk-heading-m">{{ name() }}</h2>
    @if (check.hasValue()) {
      @let c = check.value();
      <govuk-summary-list [rows]="summary()" data-testid="return-summary" />
      <a class="govuk-button" [href]="fileUrl()" download data-testid="download-return">Download the return (CSV)</a>

      <h2 class="govuk-heading-m">Meetings to check</h2>
      @if (c.meetings.length) {
        <table class="govuk-table" data-testid="check-table">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {{ c.meetings.length }} ministerial {{ c.meetings.length === 1 ? 'meeting would be' : 'meetings would be' }} wrong in, or missing from, the return
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Meeting</th>
              <th scope="col" class="govuk-table__header">Date</th>
              <th scope="col" class="govuk-table__header">Ministers</th>
              <th scope="col" class="govuk-table__header">Status</th>
              <th scope="col" class="govuk-table__header">What to put right</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (m of c.meetings; track m.id) {
              <tr class="govuk-table__row" [attr.data-reference]="m.reference">
                <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/meetings', m.id]">{{ m.reference }}<span class="govuk-visually-hidden">: </span><br />{{ m.title }}</a></td>
                <td class="govuk-table__cell">{{ date(m.startsAt) }}</td>
                <td class="govuk-table__cell">{{ m.ministers.join(', ') }}</td>
                <td class="govuk-table__cell">{{ statusLabels[m.status] }}</td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
                    @for (p of m.problems; track p) {
                      <li>{{ problemText[p] }}</li>
                    }
                  </ul>
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="govuk-body" data-testid="check-clear">Nothing to put right: every ministerial meeting in this quarter is ready for the return.</p>
      }
    } @else if (check.error()) {
      <p class="govuk-body" data-testid="check-error">The quarter could not be checked. Reload the page to try again.</p>
    } @else {
      <p class="govuk-body" role="status">Checking the quarter…</p>
    }

    @if (isAdmin()) {
      <p class="govuk-body"><a class="govuk-link" routerLink="/reports/transparency-return/headings">Change the column headings</a></p>
    }
  `,
  styles: `
    .app-quarter-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 15px;
      align-items: flex-end;
    }
  `,
})
export class TransparencyReturnPage {
  private readonly api = inject(TransparencyApi);
  private readonly filters = urlFilters();
  private readonly session = inject(SessionStore);

  protected readonly choices = quarterChoices();
  protected readonly quarter = computed(() => chosenQuarter(this.filters.get('quarter')));
  protected readonly name = computed(() => quarterName(this.quarter()));
  protected readonly quarterControl = new FormControl<string | null>(this.quarter());
  protected readonly check = rxResource({ params: () => this.quarter(), stream: ({ params }) => this.api.check(params) });
  private readonly headings = rxResource({ stream: () => this.api.headings().pipe(catchError(() => of(null))) });
  protected readonly fileUrl = computed(() => this.api.fileUrl(this.quarter()));
  protected readonly isAdmin = computed(() => this.session.role() === 'admin');
  protected readonly problemText = PROBLEM_TEXT;
  protected readonly statusLabels = MEETING_STATUS_LABELS;

  protected readonly summary = computed<SummaryListRow[]>(() => {
    const c = this.check.value();
    if (!c) return [];
    const h = this.headings.value()?.headings;
    return [
      { key: 'Dates', value: `${formatLondonDate(c.from)} to ${formatLondonDate(c.to)}` },
      { key: 'Rows in the return', value: String(c.rows) },
      { key: 'Meetings to check', value: String(c.meetings.length) },
      ...(h ? [{ key: 'Column headings', value: TRANSPARENCY_HEADING_KEYS.map((k) => h[k]).join('\n') }] : []),
    ];
  });

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(`Transparency return, ${this.name()} – SEND engagement tracker`));
    // Back and shared links change the quarter under the form: keep the picker in step.
    effect(() => this.quarterControl.setValue(this.quarter(), { emitEvent: false }));
  }

  protected choose(): void {
    void this.filters.update({ quarter: this.quarterControl.value });
  }

  protected date(value: string): string {
    return formatLondonDate(value);
  }
}
