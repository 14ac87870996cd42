import type { MeetingType } from '@send/contracts';
import type { GenerateContext } from './generate-context';
import { uuidArray } from './generate-context';
import { genId, pick, referenceSql, rint, rnd, skewed, textArray, weighted } from './sql-random';
import { EVIDENCE, MEETING_PURPOSES, PLACE_LIST, REASONS, TOPICS } from './vocabulary';

/**
 * The shape of meeting number m as pure SQL expressions of m. Positions and actions call the same functions to
 * land on a meeting's date, its attendees and its classification without joining back to the rows.
 */
const TYPE_WEIGHTS: readonly (readonly [MeetingType, number])[] = [
  ['development_group', 0.5], ['regional_event', 2], ['online_event', 8], ['listening_session', 20],
  ['bilateral', 42], ['roundtable', 15], ['written_submission', 12.5],
];

export function meetingType(m: string): string {
  return weighted(m, 401, TYPE_WEIGHTS);
}

/** 1–15 organisations: many at events, one or two at a bilateral. */
export function attendeeCount(m: string, type = meetingType(m)): string {
  return `(CASE ${type}
    WHEN 'development_group' THEN 9 + ${rint(m, 402, 4)} WHEN 'regional_event' THEN 10 + ${rint(m, 402, 6)}
    WHEN 'online_event' THEN 8 + ${rint(m, 402, 8)} WHEN 'listening_session' THEN 3 + ${rint(m, 402, 8)}
    WHEN 'roundtable' THEN 4 + ${rint(m, 402, 7)} WHEN 'bilateral' THEN 1 + ${rint(m, 402, 2)} ELSE 1 END)`;
}

/** Organisation row number of attendee k (1-based) of meeting m; development group meetings seat organisations 1–9 first. */
export function attendeeOrg(ctx: GenerateContext, m: string, k: string, type = meetingType(m)): string {
  const devGroup = Math.min(9, ctx.scale.organisations);
  return `(CASE WHEN ${type} = 'development_group' AND (${k}) <= ${devGroup} THEN (${k}) ELSE ${skewed(`(${m}) * 16 + (${k})`, 403, ctx.scale.organisations)} END)`;
}

/** A weekday between the first phase and today (the first phase starts on a Monday). */
export function meetingDay(ctx: GenerateContext, m: string): string {
  const weeks = Math.max(1, Math.floor((Date.parse(ctx.today) - Date.parse(ctx.firstDay)) / (7 * 86_400_000)));
  return `(DATE '${ctx.firstDay}' + 7 * ${rint(m, 404, weeks)} + ${rint(m, 405, 5)})`;
}

export function meetingSensitive(m: string): string {
  return `(${rnd(m, 408)} < 0.05)`;
}

export function meetingHasMinisters(m: string, type = meetingType(m)): string {
  return `(${type} = 'development_group' OR ${rnd(m, 407)} < 0.09)`;
}

export function meetingsInsert(ctx: GenerateContext, referenceBase: number): string {
  const recorders = uuidArray(ctx.users.recorder);
  const r = ctx.users.recorder.length;
  const themes = uuidArray(ctx.themeIds);
  const t = ctx.themeIds.length;
  const places = textArray(PLACE_LIST.map((p) => p.place));
  const regions = textArray(PLACE_LIST.map((p) => p.region));
  const topic = `${textArray(TOPICS)}[1 + s.topic]`;
  const titles: Record<MeetingType, string> = {
    development_group: `'SEND Reform Development Group: ' || ${topic}`,
    regional_event: `'Regional event: ' || s.place`,
    online_event: `'Online event on ' || ${topic}`,
    listening_session: `'Listening session on ' || ${topic}`,
    bilateral: `'Bilateral on ' || ${topic}`,
    roundtable: `'Roundtable on ' || ${topic}`,
    written_submission: `'Written submission on ' || ${topic}`,
  };
  const groups = uuidArray(ctx.groupIds);
  const devGroup = `${groups}[1]`;
  const otherGroup = `${groups}[2 + ${rint('s.m', 413, Math.max(1, ctx.groupIds.length - 1))}]`;
  const reason = pick(REASONS, 'm', 414);
  const evidence = pick(EVIDENCE, 'm', 415);
  return `
    INSERT INTO meetings (id, reference, title, type, starts_at, ends_at, region, online, location, group_id, official_ids, theme_ids,
                          agenda, summary, purpose, no_official_present, classification, status, phase, created_at, updated_at, created_by, updated_by)
    SELECT ${genId('meeting', 's.m')}, ${referenceSql('MTG', `${referenceBase} + s.m`)},
           CASE s.type ${Object.entries(titles).map(([type, title]) => `WHEN '${type}' THEN ${title}`).join(' ')} END,
           s.type, s.starts, s.starts + (1 + ${rint('s.m', 416, 4)}) * interval '30 minutes',
           CASE WHEN s.type = 'development_group' THEN 'national'
                WHEN s.type = 'regional_event' OR (s.type IN ('listening_session', 'roundtable') AND ${rnd('s.m', 417)} < 0.6) THEN s.region END,
           s.online,
           CASE WHEN s.online THEN 'Microsoft Teams' WHEN s.type = 'development_group' THEN 'Sanctuary Buildings, London'
                WHEN s.type = 'regional_event' THEN s.place ELSE '' END,
           CASE WHEN s.type = 'development_group' THEN ${devGroup} WHEN s.type = 'roundtable' AND ${rnd('s.m', 418)} < 0.1 THEN ${otherGroup} END,
           CASE WHEN s.no_official THEN '{}'::uuid[]
                WHEN ${rnd('s.m', 419)} < 0.4 THEN ARRAY[${recorders}[1 + ${rint('s.m', 420, r)}], ${recorders}[1 + (${rint('s.m', 420, r)} + 1) % ${r}]]
                ELSE ARRAY[${recorders}[1 + ${rint('s.m', 420, r)}]] END,
           CASE WHEN ${rnd('s.m', 421)} < 0.4 THEN ARRAY[${themes}[1 + s.theme], ${themes}[1 + (s.theme + 1 + ${rint('s.m', 422, Math.max(1, t - 1))}) % ${t}]]
                ELSE ARRAY[${themes}[1 + s.theme]] END,
           jsonb_build_array(
             jsonb_build_object('title', 'Welcome and introductions', 'notes', ''),
             jsonb_build_object('title', initcap(left(${topic}, 1)) || substr(${topic}, 2), 'notes', 'Attendees discussed ' || ${topic} || ' ' || ${reason} || '.'),
             jsonb_build_object('title', 'Next steps', 'notes', ${evidence})),
           'Attendees discussed ' || ${topic} || '. ' || ${evidence},
           ${textArray(MEETING_PURPOSES)}[1 + ${rint('s.m', 423, MEETING_PURPOSES.length)}] || ' ' || ${topic} || '.',
           s.no_official,
           CASE WHEN ${meetingSensitive('s.m')} THEN 'OFFICIAL_SENSITIVE' ELSE 'OFFICIAL' END,
           ${weighted('s.m', 424, [['agreed', 85], ['submitted', 8], ['draft', 7]])},
           ${ctx.phaseOf('s.day')}, s.starts + interval '1 day', s.starts + interval '2 days',
           ${recorders}[1 + ${rint('s.m', 425, r)}], ${recorders}[1 + ${rint('s.m', 425, r)}]
      FROM (SELECT m, ${meetingType('m')} AS type, ${meetingDay(ctx, 'm')} AS day,
                   ${meetingStarts(ctx, 'm')} AS starts,
                   ${rint('m', 410, TOPICS.length)} AS topic, ${rint('m', 411, t)} AS theme,
                   ${places}[1 + ${rint('m', 412, PLACE_LIST.length)}] AS place, ${regions}[1 + ${rint('m', 412, PLACE_LIST.length)}] AS region,
                   (${meetingType('m')} = 'online_event' OR (${meetingType('m')} IN ('listening_session', 'bilateral') AND ${rnd('m', 426)} < 0.35)) AS online,
                   ${rnd('m', 427)} < 0.03 AS no_official
              FROM generate_series(1, ${ctx.scale.meetings}) AS m OFFSET 0) s`;
}

/** When meeting `m` starts: the same arithmetic for the meeting and the copy its attendances keep. */
function meetingStarts(ctx: GenerateContext, m: string): string {
  return `(${meetingDay(ctx, m)} + time '09:00' + ${rint(m, 409, 16)} * interval '30 minutes') AT TIME ZONE 'Europe/London'`;
}

/** Attendees by arithmetic; a skewed draw can repeat an organisation, so repeats are skipped. */
export function attendeesInsert(ctx: GenerateContext): string {
  const { organisations, contacts } = ctx.scale;
  return `
    INSERT INTO meeting_attendees (meeting_id, organisation_id, contact_ids, attendance, position, meeting_starts_at)
    SELECT ${genId('meeting', 's.m')}, ${genId('organisation', 'a.org')},
           CASE WHEN a.org <= ${Math.min(organisations, contacts)} THEN ARRAY[${genId('contact', 'a.org')}] ELSE '{}'::uuid[] END,
           CASE WHEN ${rnd('s.m * 16 + k', 430)} < 0.08 THEN 'apologies' ELSE 'attended' END, k, s.starts
      FROM (SELECT m, ${meetingType('m')} AS type, ${meetingStarts(ctx, 'm')} AS starts FROM generate_series(1, ${ctx.scale.meetings}) AS m OFFSET 0) s
      CROSS JOIN LATERAL generate_series(1, ${attendeeCount('s.m', 's.type')}) AS k
      CROSS JOIN LATERAL (SELECT ${attendeeOrg(ctx, 's.m', 'k', 's.type')} AS org) a
    ON CONFLICT DO NOTHING`;
}

/** Ministers at about one meeting in ten (every development group meeting); a third of those with both. */
export function ministersInsert(ctx: GenerateContext): string {
  const ministers = uuidArray(ctx.ministerIds);
  const count = ctx.ministerIds.length;
  return `
    INSERT INTO meeting_ministers (meeting_id, minister_id)
    SELECT DISTINCT ${genId('meeting', 's.m')}, ${ministers}[1 + (${rint('s.m', 431, count)} + x) % ${count}]
      FROM (SELECT m, ${meetingType('m')} AS type FROM generate_series(1, ${ctx.scale.meetings}) AS m OFFSET 0) s
      CROSS JOIN generate_series(0, 1) AS x
     WHERE ${meetingHasMinisters('s.m', 's.type')} AND (x = 0 OR ${rnd('s.m', 432)} < 0.33)`;
}
