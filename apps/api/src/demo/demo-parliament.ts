import type { ClientBase } from 'pg';
import type { ParliamentaryKind, RecommendationAnswer, ResponseStatus } from '@send/contracts';
import { addDays } from '../common/working-days';
import { responseDueOf } from '../parliament/response-due';
import { MILESTONES, PARLIAMENTARY_INPUTS, PROPOSALS } from './reform-facts';

interface DemoRecommendation {
  text: string;
  answer: RecommendationAnswer;
  answerText?: string;
  /** Indexes into PROPOSALS that bear on it. */
  proposals: number[];
}

interface DemoItem {
  kind: ParliamentaryKind;
  title: string;
  source: string;
  publishedOn: string;
  closesOn?: string;
  summary: string;
  petition?: { number: number; signatures: number; responseDue: string };
  response?: { status: ResponseStatus; text?: string; on?: string };
  recommendations?: DemoRecommendation[];
  /** What in the record to link it to as a whole. */
  link?: 'development_group_meetings' | 'advocacy_positions' | 'ministerial_commitments';
}

const WRITTEN_RECORDS = 0;
const ADVOCACY = 1;
const NATIONAL_FRAMEWORK = 2;
const RESOURCED_PROVISION = 3;
const INSPECTION = 4;

const { publicAccounts, education, petition } = PARLIAMENTARY_INPUTS;

/** Dated back from today where the reference file gives no date, so the register always shows work due and overdue. */
function items(today: string): DemoItem[] {
  return [
    {
      kind: 'committee_report',
      ...publicAccounts,
      publishedOn: publicAccounts.published,
      summary: 'The committee found the system not delivering better outcomes for children and not financially sustainable. (Recommendations paraphrased for the demonstration.)',
      response: { status: 'published', text: 'The government set out its response in a Treasury Minute. (DEMO)', on: '2025-03-13' },
      recommendations: [
        { text: 'Set out how the department will make the SEND system financially sustainable. (paraphrased)', answer: 'accepted', answerText: 'Addressed in the reform programme and the White Paper. (DEMO)', proposals: [NATIONAL_FRAMEWORK] },
        { text: 'Improve the data the department holds on outcomes for children with SEND. (paraphrased)', answer: 'partly_accepted', answerText: 'New measures to be published with the inspection framework. (DEMO)', proposals: [INSPECTION] },
        { text: 'Increase specialist capacity in mainstream schools. (paraphrased)', answer: 'accepted', answerText: 'Resourced provision expanded. (DEMO)', proposals: [RESOURCED_PROVISION] },
      ],
      link: 'ministerial_commitments',
    },
    {
      kind: 'committee_report',
      source: education.source,
      title: education.title,
      publishedOn: addDays(today, -75),
      summary: `${education.recommendations} recommendations; the demonstration records five of them, paraphrased.`,
      response: { status: 'in_clearance' },
      recommendations: [
        { text: 'Give every child with SEN a written record of the support they receive. (paraphrased)', answer: 'accepted', answerText: 'Proposed in the White Paper. (DEMO)', proposals: [WRITTEN_RECORDS] },
        { text: 'Guarantee families access to independent advice and advocacy. (paraphrased)', answer: 'under_consideration', proposals: [ADVOCACY] },
        { text: 'Publish national standards for the support ordinarily available. (paraphrased)', answer: 'accepted', answerText: 'National framework in consultation. (DEMO)', proposals: [NATIONAL_FRAMEWORK] },
        { text: 'Make inclusion part of school inspection. (paraphrased)', answer: 'not_yet_answered', proposals: [INSPECTION] },
        { text: 'Keep legal rights to support intact. (paraphrased)', answer: 'not_yet_answered', proposals: [WRITTEN_RECORDS, ADVOCACY] },
      ],
      link: 'development_group_meetings',
    },
    {
      kind: 'petition',
      title: petition.subject,
      source: 'Petitions Committee',
      publishedOn: addDays(today, -200),
      summary: 'Signature count illustrative. (DEMO)',
      petition: { number: petition.number, signatures: 12_480, responseDue: addDays(today, -150) },
      response: { status: 'published', text: petition.response, on: addDays(today, -155) },
      link: 'advocacy_positions',
    },
    { kind: 'white_paper', title: MILESTONES.whitePaperTitle, source: 'Department for Education', publishedOn: MILESTONES.whitePaperPublished, summary: 'The Schools White Paper, setting out the SEND reforms.' },
    {
      kind: 'consultation',
      title: MILESTONES.consultationTitle,
      source: 'Department for Education',
      publishedOn: MILESTONES.whitePaperPublished,
      closesOn: MILESTONES.consultationCloses,
      summary: 'The consultation on the SEND proposals in the White Paper.',
      response: { status: 'drafting' },
      link: 'development_group_meetings',
    },
  ];
}

const LINKED: Record<NonNullable<DemoItem['link']>, { column: string; sql: string }> = {
  development_group_meetings: { column: 'meeting_id', sql: `SELECT id FROM meetings WHERE type = 'development_group' AND classification = 'OFFICIAL' ORDER BY starts_at, id LIMIT 2` },
  advocacy_positions: { column: 'position_id', sql: `SELECT p.id FROM positions p JOIN proposals pr ON pr.id = p.proposal_id WHERE pr.title = '${PROPOSALS[ADVOCACY]?.title}' AND p.classification = 'OFFICIAL' ORDER BY p.stated_on DESC, p.id LIMIT 2` },
  ministerial_commitments: { column: 'action_id', sql: `SELECT id FROM actions WHERE kind = 'ministerial_commitment' AND classification = 'OFFICIAL' ORDER BY due_on NULLS LAST, id LIMIT 2` },
};

/** Writes the demonstration register; response dates by the same rule as the service's. */
export async function writeParliament(client: ClientBase, actorId: string, today: string): Promise<number> {
  const all = items(today);
  for (const item of all) {
    const due = responseDueOf({ kind: item.kind, publishedOn: item.publishedOn, closesOn: item.closesOn ?? null, petitionResponseDue: item.petition?.responseDue ?? null });
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO parliamentary_items (kind, title, source, published_on, closes_on, summary, petition_number, signatures, signatures_counted_on,
         petition_response_due, response_due, response_status, response_text, responded_on, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
      [item.kind, item.title, item.source, item.publishedOn, item.closesOn ?? null, item.summary, item.petition?.number ?? null, item.petition?.signatures ?? null, item.petition ? today : null,
        item.petition?.responseDue ?? null, due, item.response?.status ?? 'not_started', item.response?.text ?? null, item.response?.on ?? null, actorId],
    );
    const itemId = rows[0]?.id;
    for (const [i, r] of (item.recommendations ?? []).entries()) {
      const rec = await client.query<{ id: string }>(
        `INSERT INTO parliamentary_recommendations (item_id, number, text, answer, answer_text, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [itemId, i + 1, r.text, r.answer, r.answerText ?? null, actorId],
      );
      await client.query(
        `INSERT INTO parliamentary_links (item_id, recommendation_id, proposal_id, created_by) SELECT $1, $2, id, $3 FROM proposals WHERE title = ANY($4)`,
        [itemId, rec.rows[0]?.id, actorId, r.proposals.map((p) => PROPOSALS[p]?.title)],
      );
    }
    if (item.link) {
      const { column, sql } = LINKED[item.link];
      await client.query(`INSERT INTO parliamentary_links (item_id, ${column}, created_by) SELECT $1, t.id, $2 FROM (${sql}) t`, [itemId, actorId]);
    }
  }
  return all.length;
}
