import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MeetingListFilters, Page } from '@send/contracts';
import { GovukTag, formatLondonDate, formatLondonDateTime } from '@send/web-ui';
import type { Observable } from 'rxjs';
import { SessionStore } from '../core/session';
import { LOADING, loadable, type Loadable } from '../core/loadable';
import { DashboardSection, type SectionLink } from './dashboard-section';
import { HomeApi } from './home-api';
import { ACTION_STATUS_TAGS, MEETING_STATUS_TAGS, OVERDUE_TAG, ROLE_DESCRIPTIONS, STANCE_TAGS } from './home-labels';
import { CLOCK, greeting, londonWeek } from './london-week';

interface ReviewSection {
  heading: string;
  description: string;
  empty: string;
  noun: readonly [string, string];
  filters: MeetingListFilters;
}

/** What needs the signed-in person's attention, by role, each section linking to the full list. */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, GovukTag, DashboardSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
})
export class HomePage {
  private readonly api = inject(HomeApi);
  private readonly session = inject(SessionStore);
  private readonly now = inject(CLOCK)();

  protected readonly user = this.session.user();
  protected readonly greeting = greeting(this.now);
  protected readonly roleDescription = this.user ? ROLE_DESCRIPTIONS[this.user.role] : '';
  protected readonly canRecord = this.session.hasRole('admin', 'recorder');
  /** Reviewers and admins chase everyone's actions and review meetings; recorders follow their own. */
  protected readonly canReview = this.session.hasRole('admin', 'reviewer');

  protected readonly week = londonWeek(this.now);
  protected readonly weekText = `${formatLondonDate(this.week.from)} to ${formatLondonDate(this.week.to)}`;
  protected readonly review = this.reviewSection();

  protected readonly myActions = this.section(this.api.myOpenActions());
  protected readonly overdue = this.canReview ? this.section(this.api.overdueActions()) : null;
  protected readonly thisWeek = this.section(this.api.meetings({ from: this.week.from, to: this.week.to, sort: 'startsAt' }));
  protected readonly awaitingReview = this.review ? this.section(this.api.meetings({ ...this.review.filters, sort: 'startsAt' })) : null;
  protected readonly positions = this.section(this.api.recentPositions());
  /** The Ministerial Code's notes still to record: for those who record meetings and the private office. */
  protected readonly needsNote = this.canRecord || this.canReview ? this.section(this.api.meetings({ needsOfficialNote: true, sort: 'startsAt' })) : null;
  /** The private office chases the department's responses to Parliament. */
  protected readonly parliament = this.canReview ? this.section(this.api.parliamentDue()) : null;

  protected readonly actionTags = ACTION_STATUS_TAGS;
  protected readonly overdueTag = OVERDUE_TAG;
  protected readonly meetingTags = MEETING_STATUS_TAGS;
  protected readonly stanceTags = STANCE_TAGS;
  protected readonly date = formatLondonDate;
  protected readonly dateTime = formatLondonDateTime;

  protected readonly links: Record<'mine' | 'overdue' | 'week' | 'review' | 'positions' | 'needsNote' | 'parliament', SectionLink> = {
    mine: { path: '/actions', queryParams: { owner: 'me' }, text: 'View all your open actions' },
    overdue: { path: '/actions', queryParams: { overdue: 'true' }, text: 'View all overdue actions' },
    week: { path: '/meetings', queryParams: { from: this.week.from, to: this.week.to }, text: 'View all meetings this week' },
    review: { path: '/meetings', queryParams: this.review?.filters ?? {}, text: this.canReview ? 'View all meetings awaiting review' : 'View all your draft and submitted meetings' },
    positions: { path: '/positions', text: 'View all positions' },
    needsNote: { path: '/meetings', queryParams: { needsOfficialNote: 'true' }, text: 'View all ministerial meetings needing a note' },
    parliament: { path: '/parliament', text: 'View all awaiting our response' },
  };

  /** Items of a loaded page, or none. */
  protected items<T>(state: Loadable<Page<T>> | null): T[] {
    return state?.state === 'ready' ? state.value.items : [];
  }

  private section<T>(source: Observable<Page<T>>) {
    return toSignal(loadable(source), { initialValue: LOADING as Loadable<Page<T>> });
  }

  /** Oldest first, so the longest waiting comes first. Reviewers see everything submitted; a recorder, the meetings they are an official on that are not yet agreed. */
  private reviewSection(): ReviewSection | null {
    if (this.canReview) {
      return {
        heading: 'Awaiting your review',
        description: 'Meeting records submitted for review, oldest first.',
        empty: 'No meetings are waiting for review.',
        noun: ['meeting awaiting review', 'meetings awaiting review'],
        filters: { status: ['submitted'] },
      };
    }
    if (this.canRecord && this.user) {
      return {
        heading: 'Your drafts and submitted meetings',
        description: 'Drafts, including any returned to you, and records you have submitted, where you are an official.',
        empty: 'You have no draft or submitted meetings.',
        noun: ['meeting not yet agreed', 'meetings not yet agreed'],
        filters: { status: ['draft', 'submitted'], officialId: this.user.id },
      };
    }
    return null;
  }
}
