import type { ClientBase } from 'pg';
import type { DemoRole } from './demo-actions';

/**
 * Records from the service's predecessor, old enough that the retention schedule's periods have run, so the disposal
 * review list shows one of each action and one record a legal hold keeps back. Dated back from now, so they stay due.
 */
export async function writeRetention(client: ClientBase, users: Record<DemoRole, string>): Promise<number> {
  const admin = users.admin;
  const one = async (text: string, params: unknown[]): Promise<string> => (await client.query<{ id: string }>(text, params)).rows[0]?.id ?? '';
  const [first, second] = (await client.query<{ id: string }>(`SELECT id FROM organisations ORDER BY lower(name) LIMIT 2`)).rows.map((r) => r.id);

  // Personal data: last engaged with seven years ago, so six years have run (anonymise).
  await one(
    `INSERT INTO contacts (organisation_id, name, role, email, created_at, updated_at, created_by, updated_by)
     VALUES ($1, 'Former forum chair (DEMO)', 'Chair until 2019', 'former.chair@demo.example.org', now() - interval '7 years', now() - interval '7 years', $2, $2) RETURNING id`,
    [first, admin],
  );
  // The same, but kept back by a legal hold while a complaint is open.
  const held = await one(
    `INSERT INTO contacts (organisation_id, name, role, email, created_at, updated_at, created_by, updated_by)
     VALUES ($1, 'Former trustee (DEMO)', 'Trustee until 2018', 'former.trustee@demo.example.org', now() - interval '8 years', now() - interval '8 years', $2, $2) RETURNING id`,
    [second, admin],
  );
  await client.query(`INSERT INTO legal_holds (entity, entity_id, reason, placed_by) VALUES ('contact', $1, 'Complaint to the ICO under review (DEMO)', $2)`, [held, admin]);
  // An action closed eight years ago (delete after seven).
  await one(
    `INSERT INTO actions (title, description, status, completion_note, closed_at, created_at, updated_at, created_by, updated_by)
     VALUES ('Send the 2018 SEND review summary to parent carer forums (DEMO)', 'From the previous engagement programme.', 'done', 'Sent by email.', now() - interval '8 years', now() - interval '8 years', now() - interval '8 years', $1, $1) RETURNING id`,
    [admin],
  );
  // An FOI case answered four years ago (delete after three).
  await one(
    `INSERT INTO information_requests (type, received_on, requester_name, summary, status, deadline, responded_on, created_at, updated_at, created_by, updated_by)
     VALUES ('foi', (now() - interval '4 years 1 month')::date, 'J. Requester (DEMO)', 'Attendance at the 2021 SEND review roundtables.', 'responded', (now() - interval '4 years 1 month' + interval '28 days')::date, (now() - interval '4 years')::date,
             now() - interval '4 years 1 month', now() - interval '4 years', $1, $1) RETURNING id`,
    [admin],
  );
  // A meeting twenty-one years ago: reviewed for permanent preservation after twenty.
  await one(
    `INSERT INTO meetings (title, type, starts_at, summary, status, phase, created_at, updated_at, created_by, updated_by)
     VALUES ('Roundtable on the SEN Green Paper (DEMO, from the archive)', 'roundtable', now() - interval '21 years', 'Scanned minutes from the department’s archive.', 'agreed', 'national_conversation',
             now() - interval '21 years', now() - interval '21 years', $1, $1) RETURNING id`,
    [admin],
  );
  return 5;
}
