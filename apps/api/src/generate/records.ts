import type { GenerateContext } from './generate-context';
import { uuidArray } from './generate-context';
import { attendeeCount, attendeeOrg, meetingDay, meetingHasMinisters, meetingSensitive, meetingType } from './meetings';
import { genId, pick, referenceSql, rint, rnd, skewed, textArray, weighted } from './sql-random';
import { ACTION_VERBS, COMPLETION_NOTES, EVIDENCE, QUOTES, REASONS, STANCES, STANCE_OPENERS, TOPICS } from './vocabulary';

/**
 * Positions and actions: the two big tables. Each row either belongs to a meeting (then it takes the meeting's date,
 * an attendee as its organisation and the meeting's classification, all by arithmetic on the meeting number) or
 * stands alone (a letter, a written submission, an action raised by officials).
 *
 * `OFFSET 0` keeps each derived column a real column: without it the planner inlines the subquery and evaluates the
 * expression once per use.
 */

function days(ctx: GenerateContext): number {
  return Math.max(1, Math.round((Date.parse(ctx.today) - Date.parse(ctx.firstDay)) / 86_400_000));
}

/** Row number → linked meeting, its attendee organisation, date and classification; `n` names the series column. */
function anchored(ctx: GenerateContext, n: string, count: number, linkedShare: number, salt: number, standaloneOrg: string): string {
  const { meetings } = ctx.scale;
  return `
    SELECT ${n}, linked, m, mtype,
           CASE WHEN linked THEN ${attendeeOrg(ctx, 'm', `1 + ${rint(n, salt + 3, attendeeCount('m', 'mtype'))}`, 'mtype')} ELSE ${standaloneOrg} END AS org,
           CASE WHEN linked THEN ${meetingDay(ctx, 'm')} ELSE DATE '${ctx.firstDay}' + ${rint(n, salt + 4, days(ctx))} END AS day,
           linked AND ${meetingSensitive('m')} AS sensitive
      FROM (SELECT ${n}, linked, m, ${meetingType('m')} AS mtype
              FROM (SELECT ${n}, ${rnd(n, salt + 1)} < ${linkedShare} AS linked, 1 + ${rint(n, salt + 2, meetings)} AS m
                      FROM generate_series(1, ${count}) AS ${n} OFFSET 0) l1 OFFSET 0) l2
     OFFSET 0`;
}

/**
 * Stances drift with the phases (concerns in the national conversation, conditions in the consultation, support by
 * implementation), around a fixed lean per organisation × proposal so a pair's statements tell a story.
 */
export function positionsInsert(ctx: GenerateContext): string {
  const { organisations, positions } = ctx.scale;
  const proposals = uuidArray(ctx.proposalIds);
  const recorders = uuidArray(ctx.users.recorder);
  const openers = textArray(STANCES.flatMap((s) => STANCE_OPENERS[s]));
  const drift = `(CASE s.phase WHEN 'national_conversation' THEN 2.5 WHEN 'white_paper' THEN 2.2 WHEN 'consultation' THEN 1.8 WHEN 'government_response' THEN 1.5 ELSE 1.2 END)`;
  const lean = `(${rnd('s.org * 64 + s.prop', 507)} * 2 - 1)`;
  const noise = `(${rnd('s.p', 508)} * 2 - 1) * 1.1`;
  const stance = `(CASE WHEN ${rnd('s.p', 509)} < 0.04 THEN 5 ELSE LEAST(4, GREATEST(0, round(${drift} + ${lean} + ${noise})))::int END)`;
  return `
    INSERT INTO positions (id, organisation_id, proposal_id, stance, summary, quote, meeting_id, stated_on, phase, classification,
                           created_at, updated_at, created_by, updated_by)
    SELECT ${genId('position', 't.p')}, ${genId('organisation', 't.org')}, ${proposals}[1 + t.prop], ${textArray(STANCES)}[1 + t.stance],
           ${openers}[1 + t.stance * 5 + ${rint('t.p', 510, 5)}] || ' ' || ${pick(TOPICS, 't.p', 511)} || ' ' || ${pick(REASONS, 't.p', 512)} || '.'
             || CASE WHEN ${rnd('t.p', 513)} < 0.4 THEN ' ' || ${pick(EVIDENCE, 't.p', 514)} ELSE '' END,
           CASE WHEN ${rnd('t.p', 515)} < 0.2 THEN ${pick(QUOTES, 't.p', 516)} END,
           CASE WHEN t.linked THEN ${genId('meeting', 't.m')} END, t.day, t.phase,
           CASE WHEN t.sensitive OR ${rnd('t.p', 517)} < 0.02 THEN 'OFFICIAL_SENSITIVE' ELSE 'OFFICIAL' END,
           t.day + time '17:00' + ${rint('t.p', 518, 180)} * interval '1 minute', t.day + time '17:00' + ${rint('t.p', 518, 180)} * interval '1 minute',
           ${recorders}[1 + ${rint('t.p', 519, ctx.users.recorder.length)}], ${recorders}[1 + ${rint('t.p', 519, ctx.users.recorder.length)}]
      FROM (SELECT s.*, ${stance} AS stance
              FROM (SELECT a.*, ${ctx.phaseOf('a.day')} AS phase, ${rint('a.p', 506, ctx.proposalIds.length)} AS prop
                      FROM (${anchored(ctx, 'p', positions, 0.55, 500, skewed('p', 505, organisations))}) a OFFSET 0) s
             OFFSET 0) t`;
}

const STILL_OPEN = [['open', 12], ['in_progress', 8], ['blocked', 4], ['done', 66], ['cancelled', 10]] as const;
const NOT_YET_DUE = [['open', 40], ['in_progress', 22], ['blocked', 5], ['done', 28], ['cancelled', 5]] as const;

/**
 * Due dates run from a week to a year after the action was raised, so they spread over two years around today;
 * actions past their date are mostly done, so roughly 40% are still open, in progress or blocked and a good share
 * of those are overdue. Owners are officials, organisations or nobody yet.
 */
export function actionsInsert(ctx: GenerateContext, referenceBase: number): string {
  const { organisations, actions } = ctx.scale;
  const owners = [...ctx.users.recorder, ...ctx.users.reviewer];
  const ownerIds = uuidArray(owners);
  const recorders = uuidArray(ctx.users.recorder);
  const proposals = uuidArray(ctx.proposalIds);
  const themes = uuidArray(ctx.themeIds);
  const np = ctx.proposalIds.length;
  const nt = ctx.themeIds.length;
  const raised = `CASE WHEN linked AND ${rnd('a', 620)} < 0.6 THEN org WHEN NOT linked AND ${rnd('a', 621)} < 0.3 THEN org END`;
  const created = `t.day + time '16:00' + ${rint('t.a', 622, 240)} * interval '1 minute'`;
  const closed = `(t.day + floor((DATE '${ctx.today}' - t.day) * ${rnd('t.a', 623)})::int + time '15:00')`;
  const ids = (list: string, n: number, salt: number) =>
    `CASE WHEN ${rnd('t.a', salt)} < 0.35 THEN '{}'::uuid[] WHEN ${rnd('t.a', salt)} < 0.8 THEN ARRAY[${list}[1 + ${rint('t.a', salt + 1, n)}]]
          ELSE ARRAY[${list}[1 + ${rint('t.a', salt + 1, n)}], ${list}[1 + (${rint('t.a', salt + 1, n)} + 1) % ${n}]] END`;
  return `
    INSERT INTO actions (id, reference, title, description, meeting_id, owner_user_id, owner_organisation_id, due_on, priority, status, kind,
                         raised_by_organisation_id, proposal_ids, theme_ids, completion_note, classification, closed_at,
                         created_at, updated_at, created_by, updated_by)
    SELECT ${genId('action', 't.a')}, ${referenceSql('ACT', `${referenceBase} + t.a`)},
           ${pick(ACTION_VERBS, 't.a', 624)} || ' ' || ${pick(TOPICS, 't.a', 625)},
           'Raised ' || ${pick(REASONS, 't.a', 626)} || '. ' || ${pick(EVIDENCE, 't.a', 627)},
           CASE WHEN t.linked THEN ${genId('meeting', 't.m')} END,
           CASE WHEN t.owner < 0.5 THEN ${ownerIds}[1 + ${rint('t.a', 628, owners.length)}] END,
           CASE WHEN t.owner >= 0.5 AND t.owner < 0.85 THEN ${genId('organisation', `COALESCE(t.raised, ${skewed('t.a', 629, organisations)})`)} END,
           t.due, ${weighted('t.a', 630, [['low', 25], ['medium', 55], ['high', 20]])}, t.status,
           CASE WHEN t.linked AND ${meetingHasMinisters('t.m', 't.mtype')} AND ${rnd('t.a', 631)} < 0.5 THEN 'ministerial_commitment' ELSE 'action' END,
           CASE WHEN t.raised IS NOT NULL THEN ${genId('organisation', 't.raised')} END,
           ${ids(proposals, np, 632)}, ${ids(themes, nt, 634)},
           CASE WHEN t.status = 'done' THEN ${pick(COMPLETION_NOTES, 't.a', 636)} END,
           CASE WHEN t.sensitive OR ${rnd('t.a', 637)} < 0.02 THEN 'OFFICIAL_SENSITIVE' ELSE 'OFFICIAL' END,
           CASE WHEN t.status IN ('done', 'cancelled') THEN ${closed} END,
           ${created}, CASE WHEN t.status IN ('done', 'cancelled') THEN ${closed} ELSE ${created} END,
           ${recorders}[1 + ${rint('t.a', 638, ctx.users.recorder.length)}], ${recorders}[1 + ${rint('t.a', 639, ctx.users.recorder.length)}]
      FROM (SELECT d.*, CASE WHEN d.due < DATE '${ctx.today}' THEN ${weighted('d.a', 640, STILL_OPEN)} ELSE ${weighted('d.a', 641, NOT_YET_DUE)} END AS status
              FROM (SELECT x.*, ${raised} AS raised, ${rnd('a', 642)} AS owner,
                           CASE WHEN ${rnd('a', 643)} < 0.05 THEN NULL ELSE day + 7 + floor(365 * power(${rnd('a', 644)}, 1.5))::int END AS due
                      FROM (${anchored(ctx, 'a', actions, 0.75, 600, skewed('a', 605, organisations))}) x OFFSET 0) d
             OFFSET 0) t`;
}
