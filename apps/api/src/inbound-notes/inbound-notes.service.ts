import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboundAttachmentResponse, InboundNoteResponse, InboundNoteStatus, InboundRefusalResponse, Page } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound, Unprocessable, ValidationFailed } from '../common/errors';
import { offset, type PageQuery } from '../common/list-query';
import { sql, type Db } from '../common/sql';
import type { FileInboundNoteBody, InboundNoteListQuery } from './inbound-note.requests';

interface NoteRow {
  id: string;
  sender_user_id: string;
  sender_name: string;
  subject: string;
  body: string;
  organisation_id: string | null;
  organisation_name: string | null;
  matched_domain: string | null;
  received_at: Date;
  status: InboundNoteStatus;
  meeting_id: string | null;
  position_id: string | null;
  decided_at: Date | null;
}

interface AttachmentRow {
  id: string;
  note_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
}

const SELECT = `SELECT n.id, n.sender_user_id, u.name AS sender_name, n.subject, n.body, n.organisation_id, o.name AS organisation_name, n.matched_domain,
    n.received_at, n.status, n.meeting_id, n.position_id, n.decided_at
  FROM inbound_notes n JOIN users u ON u.id = n.sender_user_id LEFT JOIN organisations o ON o.id = n.organisation_id`;

function toAttachment(a: AttachmentRow): InboundAttachmentResponse {
  return { id: a.id, filename: a.filename, contentType: a.content_type, sizeBytes: a.size_bytes };
}

function toNote(r: NoteRow, attachments: AttachmentRow[]): InboundNoteResponse {
  return {
    id: r.id,
    senderUserId: r.sender_user_id,
    senderName: r.sender_name,
    subject: r.subject,
    body: r.body,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    matchedDomain: r.matched_domain,
    receivedAt: r.received_at.toISOString(),
    status: r.status,
    meetingId: r.meeting_id,
    positionId: r.position_id,
    decidedAt: r.decided_at?.toISOString() ?? null,
    attachments: attachments.filter((a) => a.note_id === r.id).map(toAttachment),
  };
}

/** Notes that came in by email: read, filed against a meeting or a position, or discarded; and what was refused. */
@Injectable()
export class InboundNotesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: InboundNoteListQuery): Promise<Page<InboundNoteResponse>> {
    const status = query.status ?? 'draft';
    const [rows, [count]] = await Promise.all([
      sql<NoteRow>(this.db, `${SELECT} WHERE n.status = $1 ORDER BY n.received_at DESC, n.id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`, [status]),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM inbound_notes WHERE status = $1`, [status]),
    ]);
    const attachments = await this.attachmentsOf(this.db, rows.map((r) => r.id));
    return { items: rows.map((r) => toNote(r, attachments)), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0, totalIsLowerBound: false };
  }

  async get(id: string, db: Db = this.db): Promise<InboundNoteResponse> {
    const [row] = await sql<NoteRow>(db, `${SELECT} WHERE n.id = $1`, [id]);
    if (!row) throw new NotFound('inbound note', id);
    return toNote(row, await this.attachmentsOf(db, [id]));
  }

  async attachment(id: string, attachmentId: string): Promise<{ filename: string; content: Buffer }> {
    const [row] = await sql<{ filename: string; content: Buffer }>(this.db, `SELECT filename, content FROM inbound_note_attachments WHERE id = $1 AND note_id = $2`, [attachmentId, id]);
    if (!row) throw new NotFound('attachment', attachmentId);
    return row;
  }

  async file(id: string, body: FileInboundNoteBody, user: AuthUser): Promise<InboundNoteResponse> {
    if (Boolean(body.meetingId) === Boolean(body.positionId)) {
      throw new ValidationFailed([{ field: 'meetingId', message: 'give either meetingId or positionId: a note is filed against one meeting or one position' }]);
    }
    const [field, table, target] = body.meetingId ? (['meetingId', 'meetings', body.meetingId] as const) : (['positionId', 'positions', body.positionId as string] as const);
    return this.db.transaction(async (tx) => {
      await this.lockDraft(tx, id);
      if (!(await sql(tx, `SELECT 1 FROM ${table} WHERE id = $1`, [target])).length) {
        throw new Unprocessable(`There is no ${field === 'meetingId' ? 'meeting' : 'position'} with that id.`, [{ field, message: `no ${table.slice(0, -1)} with id ${target}` }]);
      }
      await tx.query(`UPDATE inbound_notes SET status = 'filed', ${field === 'meetingId' ? 'meeting_id' : 'position_id'} = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [id, target, user.id]);
      await this.audit.record(tx, { actorId: user.id, entity: 'inbound_note', entityId: id, action: 'filed', details: { [field]: target } });
      return this.get(id, tx);
    });
  }

  async discard(id: string, user: AuthUser): Promise<InboundNoteResponse> {
    return this.db.transaction(async (tx) => {
      await this.lockDraft(tx, id);
      await tx.query(`UPDATE inbound_notes SET status = 'discarded', decided_by = $2, decided_at = now() WHERE id = $1`, [id, user.id]);
      await this.audit.record(tx, { actorId: user.id, entity: 'inbound_note', entityId: id, action: 'discarded' });
      return this.get(id, tx);
    });
  }

  async refusals(query: PageQuery): Promise<Page<InboundRefusalResponse>> {
    const [rows, [count]] = await Promise.all([
      sql<{ id: string; received_at: Date; remote_address: string; from_address: string; to_address: string; reason: string }>(
        this.db,
        `SELECT id, received_at, remote_address, from_address, to_address, reason FROM inbound_refusals ORDER BY received_at DESC, id DESC LIMIT ${query.pageSize} OFFSET ${offset(query)}`,
      ),
      sql<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM inbound_refusals`),
    ]);
    return {
      items: rows.map((r) => ({ id: r.id, receivedAt: r.received_at.toISOString(), remoteAddress: r.remote_address, fromAddress: r.from_address, toAddress: r.to_address, reason: r.reason })),
      page: query.page,
      pageSize: query.pageSize,
      total: count?.n ?? 0,
      totalIsLowerBound: false,
    };
  }

  private async lockDraft(tx: Db, id: string): Promise<void> {
    const [row] = await sql<{ status: InboundNoteStatus }>(tx, `SELECT status FROM inbound_notes WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFound('inbound note', id);
    if (row.status !== 'draft') throw new Conflict(`This note has already been ${row.status}.`);
  }

  private attachmentsOf(db: Db, ids: string[]): Promise<AttachmentRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return sql<AttachmentRow>(db, `SELECT id, note_id, filename, content_type, size_bytes FROM inbound_note_attachments WHERE note_id = ANY($1::uuid[]) ORDER BY filename, id`, [ids]);
  }
}
