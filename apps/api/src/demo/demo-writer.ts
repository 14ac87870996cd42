import type { ClientBase } from 'pg';
import type { DemoAction, DemoRole } from './demo-actions';
import type { DemoMeeting } from './demo-meetings';
import type { DemoDirectory } from './demo-organisations';
import type { DemoPosition } from './demo-positions';

/** Who the demo records are written as, and what they link to. */
export interface DemoRefs {
  users: Record<DemoRole, string>;
  proposalIds: string[];
  phaseOf(dateSql: string): string;
}

/** Sets of rows go in as one jsonb parameter each: one round trip per table, typed by jsonb_to_recordset. */
const json = (rows: unknown): string => JSON.stringify(rows);

export async function writeDirectory(client: ClientBase, dir: DemoDirectory, refs: DemoRefs): Promise<void> {
  const admin = refs.users.admin;
  await client.query(
    `INSERT INTO organisations (id, name, type, regions, website, description, tags, relationship_owner_id, created_at, updated_at, created_by, updated_by)
     SELECT x.id, x.name, x.type, x.regions, x.website, x.description, x.tags, CASE WHEN 'national' = ANY(x.regions) THEN $3::uuid END,
            timestamptz '2025-11-20 09:00 Europe/London', timestamptz '2025-11-20 09:00 Europe/London', $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, type text, regions text[], website text, description text, tags text[])`,
    [json(dir.organisations), admin, refs.users.recorder],
  );
  await client.query(
    `INSERT INTO contacts (id, organisation_id, name, role, email, phone, created_at, updated_at, created_by, updated_by)
     SELECT x.id, x."organisationId", x.name, x.role, x.email, x.phone, timestamptz '2025-11-20 10:00 Europe/London', timestamptz '2025-11-20 10:00 Europe/London', $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "organisationId" uuid, name text, role text, email text, phone text)`,
    [json(dir.contacts), admin],
  );
  await client.query(
    `INSERT INTO groups (id, name, description, created_by, updated_by) SELECT x.id, x.name, x.description, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, description text)`,
    [json(dir.groups), admin],
  );
  const memberships = dir.groups.flatMap((g) => g.members.map((m) => ({ ...m, groupId: g.id })));
  await client.query(
    `INSERT INTO group_memberships (group_id, organisation_id, joined_on, left_on, reason, created_by, updated_by)
     SELECT x."groupId", x."organisationId", x."joinedOn", x."leftOn", x.reason, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x("groupId" uuid, "organisationId" uuid, "joinedOn" date, "leftOn" date, reason text)`,
    [json(memberships), admin],
  );
}

export async function writeMeetings(client: ClientBase, meetings: DemoMeeting[], refs: DemoRefs): Promise<void> {
  const { admin, recorder, reviewer } = refs.users;
  // Officials: the recorder at every meeting the department attended, the reviewer too when a minister was there.
  await client.query(
    `INSERT INTO meetings (id, title, type, starts_at, ends_at, region, online, location, group_id, official_ids, theme_ids, agenda, summary, purpose,
                           no_official_present, classification, status, status_reason, phase, created_at, updated_at, created_by, updated_by)
     SELECT x.id, x.title, x.type, s.starts, (x.date || ' ' || x."end")::timestamp AT TIME ZONE 'Europe/London', x.region, x.online, x.location, x."groupId",
            CASE WHEN x."noOfficialPresent" THEN '{}'::uuid[] WHEN cardinality(x.ministers) > 0 THEN ARRAY[$3, $4]::uuid[] ELSE ARRAY[$3]::uuid[] END,
            ARRAY(SELECT t.id FROM themes t WHERE t.key = ANY(x.themes) ORDER BY t.position), x.agenda, x.summary, x.purpose,
            x."noOfficialPresent", x.classification, x.status, x."statusReason", ${refs.phaseOf('x.date')},
            s.starts + interval '1 day', s.starts + interval '2 days', $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, title text, type text, date date, start text, "end" text, region text, online boolean,
              location text, "groupId" uuid, ministers text[], "noOfficialPresent" boolean, themes text[], agenda jsonb, summary text, purpose text,
              classification text, status text, "statusReason" text)
      CROSS JOIN LATERAL (SELECT (x.date || ' ' || x.start)::timestamp AT TIME ZONE 'Europe/London' AS starts) s
      ORDER BY s.starts`,
    [json(meetings), admin, recorder, reviewer],
  );
  await client.query(
    `INSERT INTO meeting_ministers (meeting_id, minister_id)
     SELECT x.id, mi.id FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ministers text[]) JOIN ministers mi ON mi.name = ANY(x.ministers)`,
    [json(meetings)],
  );
  const attendees = meetings.flatMap((m) => m.attendees.map((a, i) => ({ ...a, meetingId: m.id, position: i + 1 })));
  // Each organisation is represented by its first contact.
  await client.query(
    `INSERT INTO meeting_attendees (meeting_id, organisation_id, contact_ids, attendance, position)
     SELECT x."meetingId", x."organisationId",
            ARRAY(SELECT c.id FROM contacts c WHERE c.organisation_id = x."organisationId" ORDER BY c.role = 'Chair' DESC, c.name LIMIT 1),
            x.attendance, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x("meetingId" uuid, "organisationId" uuid, attendance text, position int)`,
    [json(attendees)],
  );
}

export async function writeRecords(client: ClientBase, positions: DemoPosition[], actions: DemoAction[], refs: DemoRefs): Promise<void> {
  const { admin } = refs.users;
  await client.query(
    `INSERT INTO positions (id, organisation_id, proposal_id, stance, summary, quote, meeting_id, stated_on, phase, classification, created_at, updated_at, created_by, updated_by)
     SELECT x.id, x."organisationId", ($2::uuid[])[x."proposalIndex" + 1], x.stance, x.summary, x.quote, x."meetingId", x."statedOn",
            ${refs.phaseOf('x."statedOn"')}, x.classification, x."statedOn" + time '17:00', x."statedOn" + time '17:00', $3, $3
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "organisationId" uuid, "proposalIndex" int, stance text, summary text, quote text,
              "meetingId" uuid, "statedOn" date, classification text)
      ORDER BY x."statedOn"`,
    [json(positions), refs.proposalIds, admin],
  );
  const owners = actions.map((a) => ({ ...a, ownerUserId: a.ownerRole ? refs.users[a.ownerRole] : null }));
  await client.query(
    `INSERT INTO actions (id, title, description, meeting_id, owner_user_id, owner_organisation_id, due_on, priority, status, kind,
                          raised_by_organisation_id, proposal_ids, theme_ids, completion_note, classification, closed_at, created_at, updated_at, created_by, updated_by)
     SELECT x.id, x.title, x.description, x."meetingId", x."ownerUserId", x."ownerOrganisationId", x."dueOn", x.priority, x.status, x.kind,
            x."raisedByOrganisationId", p.ids,
            ARRAY(SELECT DISTINCT t FROM proposals pr, unnest(pr.theme_ids) t WHERE pr.id = ANY(p.ids)),
            x."completionNote", x.classification, x."closedOn" + time '16:00', x."createdOn" + time '10:00',
            COALESCE(x."closedOn", x."createdOn") + time '16:00', $3, $3
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, title text, description text, "meetingId" uuid, "ownerUserId" uuid, "ownerOrganisationId" uuid,
              "dueOn" date, priority text, status text, kind text, "raisedByOrganisationId" uuid, "proposalIndexes" int[], "completionNote" text,
              classification text, "closedOn" date, "createdOn" date)
      CROSS JOIN LATERAL (SELECT ARRAY(SELECT ($2::uuid[])[i + 1] FROM unnest(x."proposalIndexes") i) AS ids) p
      ORDER BY x."createdOn", x.title`,
    [json(owners), refs.proposalIds, admin],
  );
  const updates = actions.flatMap((a) => a.updates.map((u) => ({ actionId: a.id, body: u.body, authorId: refs.users[u.author], on: u.on })));
  await client.query(
    `INSERT INTO action_updates (action_id, body, author_id, created_at)
     SELECT x."actionId", x.body, x."authorId", x."on" + time '11:00' FROM jsonb_to_recordset($1::jsonb) AS x("actionId" uuid, body text, "authorId" uuid, "on" date)`,
    [json(updates)],
  );
}

/**
 * A 'created' audit event for every demo record, by the demo admin, with the record's classification so viewers do
 * not see the history of records they cannot read. Memberships and progress notes are recorded on their group or
 * action. Rows created by this transaction are the ones whose created_at is its start time, now().
 */
export async function writeAudit(client: ClientBase, actorId: string): Promise<number> {
  const details = `jsonb_build_object('details', jsonb_build_object('source', 'demonstration data'))`;
  const { rowCount } = await client.query(
    `INSERT INTO audit_events (actor_id, entity, entity_id, action, changes, classification)
     SELECT $1, e.entity, e.id, e.action, ${details} || e.extra, e.classification FROM (
       SELECT 'user' AS entity, id, 'created' AS action, '{}'::jsonb AS extra, 'OFFICIAL' AS classification FROM users WHERE created_at = now()
       UNION ALL SELECT 'proposal', id, 'created', '{}', 'OFFICIAL' FROM proposals WHERE created_at = now()
       UNION ALL SELECT 'organisation', id, 'created', '{}', 'OFFICIAL' FROM organisations WHERE created_by = $1
       UNION ALL SELECT 'contact', id, 'created', '{}', 'OFFICIAL' FROM contacts WHERE created_by = $1
       UNION ALL SELECT 'group', id, 'created', '{}', 'OFFICIAL' FROM groups WHERE created_by = $1
       UNION ALL SELECT 'group', group_id, 'membership_added', jsonb_build_object('organisationId', organisation_id, 'joinedOn', joined_on), 'OFFICIAL'
                   FROM group_memberships WHERE created_by = $1
       UNION ALL SELECT 'meeting', id, 'created', '{}', classification FROM meetings WHERE created_by = $1
       UNION ALL SELECT 'position', id, 'created', '{}', classification FROM positions WHERE created_by = $1
       UNION ALL SELECT 'action', id, 'created', '{}', classification FROM actions WHERE created_by = $1
       UNION ALL SELECT 'information_request', id, 'created', '{}', classification FROM information_requests WHERE created_by = $1
       UNION ALL SELECT 'parliamentary_item', id, 'created', '{}', classification FROM parliamentary_items WHERE created_by = $1
       UNION ALL SELECT 'action', u.action_id, 'update_added', jsonb_build_object('body', u.body), a.classification
                   FROM action_updates u JOIN actions a ON a.id = u.action_id WHERE a.created_by = $1) e`,
    [actorId],
  );
  return rowCount ?? 0;
}
