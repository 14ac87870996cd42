import { ORGANISATION_TYPE_LABELS, STANCES, STANCE_LABELS, type CoverageResponse, type OrganisationType, type Stance } from '@send/contracts';
import type { ChartColour, ChartRow, ChartSeries } from './bar-chart';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03" → "March 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The colours of the stance tags elsewhere in the dashboard, so the chart reads the same way. */
const STANCE_CHART_COLOURS: Record<Stance, ChartColour> = {
  support: 'green',
  support_with_conditions: 'teal',
  neutral: 'grey',
  concerns: 'orange',
  oppose: 'red',
  unclear: 'purple',
};

export const STANCE_SERIES: ChartSeries[] = STANCES.map((s) => ({ name: STANCE_LABELS[s], colour: STANCE_CHART_COLOURS[s] }));

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
