import {
  ACTION_KIND_LABELS,
  ACTION_STATUS_LABELS,
  ORGANISATION_TYPE_LABELS,
  STANCE_LABELS,
  labelOf,
  type WeDidLink,
} from '@send/contracts';
import type { CsvCell } from '../../exports/csv';
import { londonDate } from '../../common/dates';
import { toEntry, youSaidMarking, type ThemeName, type YouSaidRow } from './you-said-we-did.mapper';

export const YOU_SAID_HEADINGS = [
  'Principles',
  'Proposal',
  'Organisation',
  'Organisation type',
  'You said',
  'Latest stance',
  'We did: reference',
  'Kind',
  'Title',
  'Status',
  'Completion note',
  'Due',
  'Closed',
  'How linked',
  'Classification',
];

const LINK_LABELS: Record<WeDidLink, string> = {
  raised_by: 'Raised by the organisation',
  meeting: 'Arose from the meeting',
  both: 'Raised by the organisation at the meeting',
};

/**
 * One line per organisation × proposal and answer (one line with empty answer columns when nothing was done yet), so
 * a spreadsheet filter on Status finds what is outstanding. Each line carries the classification of what it shows.
 */
export function youSaidCsvRows(rows: readonly YouSaidRow[], themes: readonly ThemeName[]): CsvCell[][] {
  const themeNames = new Map(themes.map((t) => [t.id, t.name]));
  const lines: CsvCell[][] = [YOU_SAID_HEADINGS];
  for (const row of rows) {
    const entry = toEntry(row);
    const said = entry.points
      .map((p) => `${p.statedOn} – ${labelOf(STANCE_LABELS, p.stance)} – ${p.summary}${p.meeting ? ` (${p.meeting.reference})` : ''}`)
      .join('\n');
    const common = [
      row.theme_ids.flatMap((id) => themeNames.get(id) ?? []).join('; '),
      row.proposal_title,
      row.organisation_name,
      labelOf(ORGANISATION_TYPE_LABELS, row.organisation_type),
      said,
      labelOf(STANCE_LABELS, entry.points[0].stance),
    ];
    const answers = entry.answers.length ? entry.answers : [null];
    for (const a of answers) {
      const marking = youSaidMarking([{ ...row, answers: row.answers.filter((x) => x.id === a?.id) }]);
      lines.push([
        ...common,
        a?.reference ?? '',
        a ? labelOf(ACTION_KIND_LABELS, a.kind) : '',
        a?.title ?? '',
        a ? labelOf(ACTION_STATUS_LABELS, a.status) : 'Nothing recorded yet',
        a?.completionNote ?? '',
        a?.dueOn ?? '',
        a?.closedAt ? londonDate(new Date(a.closedAt)) : '',
        a ? `${LINK_LABELS[a.link]}${a.meetingReference ? ` (${a.meetingReference})` : ''}` : '',
        marking,
      ]);
    }
  }
  return lines;
}
