import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { seesSensitive, type AuthUser } from '../auth/auth-user';
import { SESSION_COOKIE } from '../auth/auth.guard';
import { londonDate } from '../common/dates';
import { MeetingReader } from '../meetings/meeting-reader';
import { fileName, startDownload } from '../exports/download';
import type { Marking } from '../exports/marking';
import { PdfRenderer } from './pdf-renderer';

/** This server as its own loopback client sees it: the address and port the request came in on. */
function ownOrigin(req: Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}`;
}

/**
 * Checks the reader may see the record (404 before any browser starts), prints its page, audits the export with the
 * marking the page printed, and sends the PDF named with that marking.
 */
@Injectable()
export class PrintService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingReader,
    private readonly renderer: PdfRenderer,
    private readonly audit: AuditService,
  ) {}

  async meeting(id: string, user: AuthUser, req: Request, res: Response): Promise<void> {
    const meeting = await this.meetings.record(this.db, id, seesSensitive(user));
    await this.send(req, res, user, `/meetings/${id}`, { what: 'meeting-record', entityId: id, base: `meeting-${meeting.reference}` });
  }

  async briefingPack(meetingId: string, user: AuthUser, req: Request, res: Response): Promise<void> {
    const meeting = await this.meetings.record(this.db, meetingId, seesSensitive(user));
    await this.send(req, res, user, `/reports/briefing-pack/${meetingId}`, { what: 'briefing-pack', entityId: meetingId, base: `briefing-pack-${meeting.reference}` });
  }

  async actions(user: AuthUser, req: Request, res: Response): Promise<void> {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    await this.send(req, res, user, `/actions${query}`, { what: 'action-log', entityId: null, base: 'action-log' });
  }

  private async send(req: Request, res: Response, user: AuthUser, path: string, about: { what: string; entityId: string | null; base: string }): Promise<void> {
    const { pdf, sensitive } = await this.renderer.print(ownOrigin(req), String(req.cookies[SESSION_COOKIE]), path);
    const marking: Marking = sensitive ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL';
    await this.db.transaction((tx) =>
      this.audit.record(tx, {
        actorId: user.id,
        entity: 'export',
        entityId: about.entityId,
        action: about.what,
        details: { format: 'pdf', path, bytes: pdf.length },
        classification: sensitive ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
      }),
    );
    startDownload(res, fileName(about.base, londonDate(), marking, 'pdf'), 'pdf', marking);
    res.end(pdf);
  }
}
