import { STANCES, type CoverageCell, type CoverageCount, type CoverageResponse, type ProposalStatus, type Region, type Stance } from '@send/contracts';

export interface GridRow extends CoverageCount {
  theme_id: string | null;
  region: Region | null;
  all_themes: boolean;
  all_regions: boolean;
}

export interface StanceRow {
  proposal_id: string;
  title: string;
  status: ProposalStatus;
  stances: Partial<Record<Stance, number>>;
  organisations: number;
}

/** Splits the GROUPING SETS rows into cells, per-principle and per-region totals and the overall total. */
export function toGrid(rows: readonly GridRow[]): Pick<CoverageResponse, 'cells' | 'themeTotals' | 'regionTotals' | 'total'> {
  const count = (r: GridRow): CoverageCount => ({ meetings: r.meetings, organisations: r.organisations });
  const cells: CoverageCell[] = rows.filter((r) => !r.all_themes && !r.all_regions).map((r) => ({ themeId: r.theme_id, region: r.region, ...count(r) }));
  const themeTotals = rows.filter((r) => !r.all_themes && r.all_regions).map((r) => ({ themeId: r.theme_id, ...count(r) }));
  const regionTotals = rows.filter((r) => r.all_themes && !r.all_regions).map((r) => ({ region: r.region, ...count(r) }));
  const overall = rows.find((r) => r.all_themes && r.all_regions);
  return { cells, themeTotals, regionTotals, total: overall ? count(overall) : { meetings: 0, organisations: 0 } };
}

/** Every stance present, zero where no organisation holds it. */
export function toStances(row: StanceRow): CoverageResponse['stances'][number] {
  const stances = Object.fromEntries(STANCES.map((s) => [s, row.stances[s] ?? 0])) as Record<Stance, number>;
  return { proposalId: row.proposal_id, title: row.title, status: row.status, stances, organisations: row.organisations };
}
