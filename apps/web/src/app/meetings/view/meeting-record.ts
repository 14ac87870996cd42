import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingResponse } from '@send/contracts';
import { GovukTag, formatLondonDate, formatLondonDateTime, formatLondonTime } from '@send/web-ui';
import { ACTION_STATUS_TAGS, ATTENDANCE_LABELS, MEETING_STATUS_TAGS, MEETING_TYPE_LABELS, REGION_LABELS, STANCE_TAGS, phaseFallbackLabel, type TagLabel } from './meeting-labels';

interface DetailRow {
  key: string;
  text: string;
  tag?: TagLabel;
}

/** "24 November 2026, 2pm to 3:30pm"; an end on another day is written in full. */
export function meetingWhen(startsAt: string, endsAt: string | null): string {
  if (!endsAt) return formatLondonDateTime(startsAt);
  if (formatLondonDate(startsAt) === formatLondonDate(endsAt)) return `${formatLondonDateTime(startsAt)} to ${formatLondonTime(endsAt)}`;
  return `${formatLondonDateTime(startsAt)} to ${formatLondonDateTime(endsAt)}`;
}

/** The record of one meeting as read: details, who came, what was discussed and said, what was agreed to do. */
@Component({
  selector: 'app-meeting-record',
  imports: [RouterLink, GovukTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-record.html',
  styles: `
    /* Notes keep the recorder's line breaks without any HTML being interpreted. */
    .app-pre-line {
      white-space: pre-line;
    }
    .app-agenda > li {
      margin-bottom: 20px;
    }
    .app-quote {
      display: block;
      margin-top: 5px;
      font-style: italic;
    }
  `,
})
export class MeetingRecord {
  readonly meeting = input.required<MeetingResponse>();
  /** Managed names for phases and themes, where they have loaded. */
  readonly phaseNames = input<ReadonlyMap<string, string>>(new Map());
  readonly themeNames = input<ReadonlyMap<string, string>>(new Map());

  protected readonly stanceTags = STANCE_TAGS;
  protected readonly actionStatusTags = ACTION_STATUS_TAGS;
  protected readonly attendanceLabels = ATTENDANCE_LABELS;
  protected readonly formatDate = formatLondonDate;

  protected readonly rows = computed<DetailRow[]>(() => {
    const m = this.meeting();
    const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('\n');
    const where = [m.location, m.online ? 'Online' : ''].filter(Boolean).join('\n');
    const themes = m.themeIds.map((id) => this.themeNames().get(id)).filter((name): name is string => !!name);
    return [
      { key: 'Type', text: MEETING_TYPE_LABELS[m.type] },
      { key: 'Date and time', text: meetingWhen(m.startsAt, m.endsAt) },
      { key: 'Location', text: where || 'Not recorded' },
      { key: 'Region', text: m.region ? REGION_LABELS[m.region] : 'Not recorded' },
      { key: 'Group', text: m.groupName ?? 'Not a group meeting' },
      { key: 'Ministers', text: names(m.ministers) || 'No minister attended' },
      { key: 'Officials', text: m.noOfficialPresent ? 'No official present' : names(m.officials) || 'None recorded' },
      { key: 'Phase', text: this.phaseNames().get(m.phase) ?? phaseFallbackLabel(m.phase) },
      { key: 'Themes', text: themes.join('\n') || (m.themeIds.length ? `${m.themeIds.length} selected` : 'None recorded') },
      { key: 'Status', text: '', tag: MEETING_STATUS_TAGS[m.status] },
      { key: 'Purpose', text: m.purpose || 'Not recorded' },
    ];
  });
}
