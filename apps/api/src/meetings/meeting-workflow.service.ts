import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Classification, FieldError, MeetingResponse, MeetingStatus, MeetingTransition } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Conflict, NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { sql } from '../common/sql';
import { updateIfVersion } from '../common/versioned-update';
import { Notices } from '../notifications/notices';
import { MeetingReader } from './meeting-reader';

interface Step {
  from: MeetingStatus;
  to: MeetingStatus;
  /** The audit action, and the verb for messages. */
  action: 'submitted' | 'agreed' | 'returned' | 'reopened';
}

/** The only ways a meeting's status changes. Who may take each step is decided by the controller's roles. */
const STEPS: Record<MeetingTransition, Step> = {
  submit: { from: 'draft', to: 'submitted', action: 'submitted' },
  agree: { from: 'submitted', to: 'agreed', action: 'agreed' },
  return: { from: 'submitted', to: 'draft', action: 'returned' },
  reopen: { from: 'agreed', to: 'draft', action: 'reopened' },
};

interface LockedMeeting {
  reference: string;
  status: MeetingStatus;
  status_reason: string | null;
  version: number;
  classification: Classification;
  purpose: string;
  attended: number;
}

@Injectable()
export class MeetingWorkflowService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly reader: MeetingReader,
    private readonly notices: Notices,
  ) {}

  /**
   * Moves a meeting one step. `expectedVersion` (If-Match) is optional: without it the step applies to whatever is
   * current, which is safe because each step is only valid from one state. A reason is kept for return and reopen.
   */
  async transition(id: string, name: MeetingTransition, user: AuthUser, expectedVersion?: number, reason?: string): Promise<MeetingResponse> {
    const step = STEPS[name];
    return this.db.transaction(async (tx) => {
      const [meeting] = await sql<LockedMeeting>(
        tx,
        `SELECT m.reference, m.status, m.status_reason, m.version, m.classification, m.purpose,
                (SELECT count(*)::int FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'attended') AS attended
           FROM meetings m WHERE m.id = $1 FOR UPDATE`,
        [id],
      );
      if (!meeting) throw new NotFound('meeting', id);
      if (expectedVersion !== undefined && expectedVersion !== meeting.version) throw new StaleVersion('meeting', id, meeting.version);
      if (meeting.status !== step.from) {
        throw new Conflict(`Only a ${step.from} meeting can be ${step.action}; ${meeting.reference} is ${meeting.status}.`);
      }
      if (name === 'submit') assertReadyToSubmit(meeting);
      const statusReason = reason ?? null;
      await updateIfVersion(tx, 'meetings', 'meeting', id, meeting.version, user.id, { status: step.to, status_reason: statusReason });
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'meeting',
        entityId: id,
        action: step.action,
        before: { status: meeting.status, statusReason: meeting.status_reason },
        after: { status: step.to, statusReason },
        details: reason === undefined ? undefined : { reason },
        classification: meeting.classification,
      });
      if (name === 'return') await this.noticeReturn(tx, id, meeting.version, user);
      return this.reader.detail(tx, id, true);
    });
  }

  private async noticeReturn(tx: EntityManager, id: string, version: number, user: AuthUser): Promise<void> {
    const recorder = await submitterOf(tx, id);
    if (!recorder || recorder === user.id) return;
    await this.notices.notify(tx, { userId: recorder, kind: 'meeting_returned', entity: 'meeting', entityId: id, dedupeKey: `meeting_returned:${id}:${version}` });
  }
}

/** Tells whoever last submitted the meeting (its creator if no submission is on record) that it came back to them. */
async function submitterOf(tx: EntityManager, id: string): Promise<string | null> {
  const [row] = await sql<{ user_id: string | null }>(
    tx,
    `SELECT coalesce((SELECT actor_id FROM audit_events WHERE entity = 'meeting' AND entity_id = $1 AND action = 'submitted' ORDER BY id DESC LIMIT 1), created_by) AS user_id
       FROM meetings WHERE id = $1`,
    [id],
  );
  return row?.user_id ?? null;
}

/** What the transparency return needs before private office sees it. */
function assertReadyToSubmit(meeting: LockedMeeting): void {
  const missing: FieldError[] = [];
  if (meeting.attended === 0) missing.push({ field: 'attendees', message: 'record at least one organisation that attended' });
  if (meeting.purpose.trim() === '') missing.push({ field: 'purpose', message: 'give the purpose of the meeting for the transparency return' });
  if (missing.length) throw new Unprocessable(`${meeting.reference} is not ready to submit: ${missing.map((m) => m.field).join(' and ')} missing.`, missing);
}
