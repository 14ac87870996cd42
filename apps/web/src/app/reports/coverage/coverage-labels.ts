import { ORGANISATION_TYPE_LABELS, STANCES, STANCE_LABELS, type CoverageResponse, type OrganisationType } from '@send/contracts';
import { STANCE_COLOURS } from '../../core/tags';
import type { ChartRow, ChartSeries } from './bar-chart';
import type { Counts } from './count-table';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03" → "March 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The colours of the stance tags elsewhere in the dashboard, so the chart reads the same way. */
export const STANCE_SERIES: ChartSeries[] = STANCES.map((s) => ({ name: STANCE_LABELS[s], colour: STANCE_COLOURS[s] }));

export function typeLabel(type: OrganisationType): string {
  return ORGANISATION_TYPE_LABELS[type];
}

/** The figures of a report as chart rows, one builder per chart. */
export const charts = {
  principles: (r: CoverageResponse): ChartRow[] => [
    ...r.themes.map((t) => ({ label: t.name, values: [r.themeTotals.find((x) => x.themeId === t.id)?.meetings ?? 0] })),
    ...(r.themeTotals.some((x) => x.themeId === null) ? [{ label: 'No principle', values: [r.themeTotals.find((x) => x.themeId === null)?.meetings ?? 0] }] : []),
  ],
  types: (r: CoverageResponse): ChartRow[] => r.byOrganisationType.map((x) => ({ label: typeLabel(x.type), values: [x.organisations] })),
  ministers: (r: CoverageResponse): ChartRow[] => r.byMinister.map((x) => ({ label: x.name, values: [x.meetings, x.organisations] })),
  meetings: (r: CoverageResponse): ChartRow[] => r.months.map((x) => ({ label: monthLabel(x.month), values: [x.meetings] })),
  actions: (r: CoverageResponse): ChartRow[] => r.months.map((x) => ({ label: monthLabel(x.month), values: [x.actionsOpened, x.actionsClosed] })),
  stances: (r: CoverageResponse): ChartRow[] => r.stances.map((x) => ({ label: x.title, values: STANCES.map((s) => x.stances[s]) })),
};

/** The same figures as data tables, one builder per table. */
export const tables = {
  types: (r: CoverageResponse): Counts => ({
    caption: 'Organisations heard, by type',
    label: 'Type',
    columns: ['Organisations', 'Meetings', 'Attendances'],
    rows: r.byOrganisationType.map((x) => ({ key: x.type, name: typeLabel(x.type), counts: [x.organisations, x.meetings, x.attendances] })),
  }),
  ministers: (r: CoverageResponse): Counts => ({
    caption: 'Meetings each minister attended, and organisations heard there',
    label: 'Minister',
    columns: ['Meetings', 'Organisations heard'],
    rows: r.byMinister.map((x) => ({ key: x.ministerId, name: x.name, counts: [x.meetings, x.organisations] })),
  }),
  meetings: (r: CoverageResponse): Counts => ({
    caption: 'Meetings held each month (UK time)',
    label: 'Month',
    columns: ['Meetings'],
    rows: r.months.map((x) => ({ key: x.month, name: monthLabel(x.month), counts: [x.meetings] })),
  }),
  actions: (r: CoverageResponse): Counts => ({
    caption: 'Actions and commitments opened and closed each month',
    label: 'Month',
    columns: ['Opened', 'Closed'],
    rows: r.months.map((x) => ({ key: x.month, name: monthLabel(x.month), counts: [x.actionsOpened, x.actionsClosed] })),
  }),
  stances: (r: CoverageResponse): Counts => ({
    caption: 'Organisations holding each stance, by proposal',
    label: 'Proposal',
    columns: [...STANCES.map((s) => STANCE_LABELS[s]), 'All'],
    rows: r.stances.map((x) => ({ key: x.proposalId, name: x.title, counts: [...STANCES.map((s) => x.stances[s]), x.organisations] })),
  }),
};
