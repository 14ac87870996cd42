import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { sql } from '../common/sql';
import { organisationByDomain } from './organisation-match';

export interface Refusal {
  remoteAddress: string;
  fromAddress: string;
  toAddress: string;
  reason: string;
}

export interface ArrivedNote {
  senderUserId: string;
  subject: string;
  body: string;
  domains: string[];
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** What the listener writes: a refusal with its reason, or a draft note with its attachments, in one transaction. */
export class InboundStore {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async activeUser(address: string): Promise<string | undefined> {
    const [row] = await sql<{ id: string }>(this.db, `SELECT id FROM users WHERE email = lower($1) AND deactivated_at IS NULL`, [address]);
    return row?.id;
  }

  async refuse(refusal: Refusal): Promise<void> {
    await this.db.query(`INSERT INTO inbound_refusals (remote_address, from_address, to_address, reason) VALUES ($1, $2, $3, $4)`, [
      refusal.remoteAddress.slice(0, 100),
      refusal.fromAddress.slice(0, 320),
      refusal.toAddress.slice(0, 320),
      refusal.reason.slice(0, 500),
    ]);
  }

  async save(note: ArrivedNote): Promise<string> {
    return this.db.transaction(async (tx) => {
      const match = await organisationByDomain(tx, note.domains);
      const [{ id }] = (await sql<{ id: string }>(
        tx,
        `INSERT INTO inbound_notes (sender_user_id, subject, body, organisation_id, matched_domain) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [note.senderUserId, note.subject.slice(0, 1000), note.body.slice(0, 200_000), match?.organisationId ?? null, match?.domain ?? null],
      )) as [{ id: string }];
      for (const a of note.attachments) {
        await tx.query(`INSERT INTO inbound_note_attachments (note_id, filename, content_type, size_bytes, content) VALUES ($1, $2, $3, $4, $5)`, [
          id,
          a.filename.slice(0, 255) || 'attachment',
          a.contentType.slice(0, 255),
          a.content.length,
          a.content,
        ]);
      }
      await this.audit.record(tx, { actorId: note.senderUserId, entity: 'inbound_note', entityId: id, action: 'received', details: { organisationId: match?.organisationId ?? null, attachments: note.attachments.length } });
      return id;
    });
  }
}
