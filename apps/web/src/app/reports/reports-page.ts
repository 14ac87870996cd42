import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Role } from '@send/contracts';
import { SessionStore } from '../core/session';

export interface ReportLink {
  path: string;
  title: string;
  description: string;
  /** Only these roles see the link (the API enforces the same rule); everyone when absent. */
  roles?: Role[];
}

/** The reports, in the order the private office and analysts reach for them. */
export const REPORT_LINKS: ReportLink[] = [
  {
    path: '/reports/transparency-return',
    title: 'Ministers’ meetings transparency return',
    description: 'The quarterly GOV.UK return of ministers’ meetings, with a check of anything that would be wrong or missing.',
  },
  {
    path: '/meetings',
    title: 'Briefing pack',
    description: 'For a planned meeting: each organisation’s positions, open actions, last meetings and commitments. Open the meeting and choose “Briefing pack”.',
  },
  {
    path: '/reports/you-said-we-did',
    title: 'You said, we did',
    description: 'What organisations raised about each proposal, and the actions and ministerial commitments raised in answer, with their status.',
  },
  {
    path: '/reports/coverage',
    title: 'Engagement coverage',
    description: 'Principles by region, voices by organisation type and minister, meetings and actions month by month, and stances by proposal.',
  },
  {
    path: '/reports/calendar',
    title: 'Calendar feed',
    description: 'A secret link to subscribe to meetings from Outlook or another calendar.',
  },
];

@Component({
  selector: 'app-reports-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">Reports</h1>
    <p class="govuk-body">Files and summaries for the private office, analysts and the transparency team. Every file
      carries the classification marking of what is in it.</p>
    <ul class="govuk-list app-report-list">
      @for (report of reports(); track report.path) {
        <li>
          <h2 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" [routerLink]="report.path">{{ report.title }}</a></h2>
          <p class="govuk-body">{{ report.description }}</p>
        </li>
      }
    </ul>
  `,
})
export class ReportsPage {
  private readonly session = inject(SessionStore);
  protected readonly reports = computed(() => {
    const role = this.session.role();
    return REPORT_LINKS.filter((r) => !r.roles || (role !== null && r.roles.includes(role)));
  });
}
