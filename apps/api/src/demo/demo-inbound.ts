import type { Client } from 'pg';
import type { DemoRole } from './demo-actions';

/**
 * Email in, as the listener would have left it: a letter the recorder forwarded, matched to its organisation by a
 * contact's email domain and waiting to be filed, with its attachment; and one message refused for coming from someone
 * who is not a user.
 */
export async function writeInbound(client: Client, users: Record<DemoRole, string>): Promise<number> {
  const { rows } = await client.query<{ organisation_id: string; name: string; email: string }>(
    `SELECT c.organisation_id, o.name, c.email FROM contacts c JOIN organisations o ON o.id = c.organisation_id
      WHERE c.email LIKE '%@%' ORDER BY o.name, c.id LIMIT 1`,
  );
  const contact = rows[0];
  if (!contact) return 0;
  const domain = contact.email.split('@')[1] ?? '';
  const body = [
    'For filing against our last meeting with them.',
    '',
    '---------- Forwarded message ---------',
    `From: ${contact.email}`,
    'Subject: Our response to the consultation',
    '',
    'Thank you for meeting us. We set out below, and in the attached letter, what families told us about the proposals. (DEMO)',
  ].join('\n');
  const note = await client.query<{ id: string }>(
    `INSERT INTO inbound_notes (sender_user_id, subject, body, organisation_id, matched_domain, received_at) VALUES ($1, $2, $3, $4, $5, now() - interval '3 hours') RETURNING id`,
    [users.recorder, `Fwd: Our response to the consultation (${contact.name})`, body, contact.organisation_id, domain],
  );
  const letter = Buffer.from(`DEMO letter from ${contact.name}: what families told us about the proposals.\n`);
  await client.query(`INSERT INTO inbound_note_attachments (note_id, filename, content_type, size_bytes, content) VALUES ($1, 'letter.txt', 'text/plain', $2, $3)`, [note.rows[0]?.id, letter.length, letter]);
  await client.query(`INSERT INTO inbound_refusals (remote_address, from_address, to_address, reason, received_at) VALUES ('192.0.2.10', 'newsletter@example.com', 'notes@demo.example.org', 'newsletter@example.com is not a user of the tracker', now() - interval '1 day')`);
  return 1;
}
