import type {
  ActionKind,
  ActionStatus,
  Classification,
  OrganisationType,
  ProposalStatus,
  Stance,
  WeDidItem,
  YouSaidEntry,
  YouSaidTheme,
} from '@send/contracts';
import { markingOf, type Marking } from '../../exports/marking';

interface PointJson {
  positionId: string;
  stance: Stance;
  summary: string;
  quote: string | null;
  statedOn: string;
  meetingId: string | null;
  meetingReference: string | null;
  meetingTitle: string | null;
  meetingClassification: Classification | null;
  classification: Classification;
}

interface AnswerJson {
  id: string;
  reference: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  completionNote: string | null;
  dueOn: string | null;
  closedAt: string | null;
  raisedBy: boolean;
  meetingId: string | null;
  classification: Classification;
}

/** One row of YOU_SAID_SQL; points and answers arrive as JSON built by the database. */
export interface YouSaidRow {
  proposal_id: string;
  proposal_title: string;
  proposal_status: ProposalStatus;
  theme_ids: string[];
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationType;
  points: PointJson[];
  answers: AnswerJson[];
}

export interface ThemeName {
  id: string;
  name: string;
}

function toAnswer(a: AnswerJson, points: PointJson[]): WeDidItem {
  const meetingReference = a.meetingId ? (points.find((p) => p.meetingId === a.meetingId)?.meetingReference ?? null) : null;
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    kind: a.kind,
    status: a.status,
    completionNote: a.completionNote,
    dueOn: a.dueOn,
    closedAt: a.closedAt,
    link: a.raisedBy && a.meetingId ? 'both' : a.raisedBy ? 'raised_by' : 'meeting',
    meetingReference,
    classification: a.classification,
  };
}

export function toEntry(row: YouSaidRow): YouSaidEntry {
  return {
    organisation: { id: row.organisation_id, name: row.organisation_name, type: row.organisation_type },
    points: row.points.map((p) => ({
      positionId: p.positionId,
      stance: p.stance,
      summary: p.summary,
      quote: p.quote,
      statedOn: p.statedOn,
      meeting: p.meetingId && p.meetingReference && p.meetingTitle ? { id: p.meetingId, reference: p.meetingReference, title: p.meetingTitle } : null,
      classification: p.classification,
    })),
    answers: row.answers.map((a) => toAnswer(a, row.points)),
  };
}

/**
 * Rows (already in proposal, organisation order) under each principle in the principles' order, then those with
 * none. With a principle filter only that principle is shown, though its proposals may sit under others too.
 */
export function groupByTheme(rows: readonly YouSaidRow[], themes: readonly ThemeName[], themeId: string | undefined): YouSaidTheme[] {
  const groups: YouSaidTheme[] = [];
  for (const theme of [...themes.filter((t) => !themeId || t.id === themeId), ...(themeId ? [] : [null])]) {
    const proposals: YouSaidTheme['proposals'] = [];
    for (const row of rows) {
      const belongs = theme ? row.theme_ids.includes(theme.id) : !row.theme_ids.some((id) => themes.some((t) => t.id === id));
      if (!belongs) continue;
      let proposal = proposals.at(-1);
      if (proposal?.id !== row.proposal_id) {
        proposal = { id: row.proposal_id, title: row.proposal_title, status: row.proposal_status, entries: [] };
        proposals.push(proposal);
      }
      proposal.entries.push(toEntry(row));
    }
    if (proposals.length) groups.push({ theme: theme && { id: theme.id, name: theme.name }, proposals });
  }
  return groups;
}

/** The highest classification of any position, source meeting or action shown. */
export function youSaidMarking(rows: readonly YouSaidRow[]): Marking {
  return markingOf(
    rows.flatMap((r) => [
      ...r.points.flatMap((p) => [p.classification, ...(p.meetingClassification ? [p.meetingClassification] : [])]),
      ...r.answers.map((a) => a.classification),
    ]),
  );
}
