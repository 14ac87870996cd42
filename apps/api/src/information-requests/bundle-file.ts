import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CLASSIFICATION_LABELS, EXEMPTIONS, type BundleItemKind, type BundleItemResponse, type DisclosureDecision } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { dateOnly, londonDate } from '../common/dates';
import { NotFound } from '../common/errors';
import { sql } from '../common/sql';
import { writeCsvZip, type WorkbookFormat } from '../exports/csv-zip';
import { fileName, startDownload } from '../exports/download';
import { markingOf } from '../exports/marking';
import { writeWorkbook, type Cell, type Sheet } from '../exports/spreadsheet';
import { ITEM_SELECT, toItem, type ItemRow } from './bundle';

const SHEETS: [BundleItemKind, string][] = [
  ['meeting', 'Meetings'],
  ['position', 'Positions'],
  ['action', 'Actions'],
  ['contact', 'Contacts'],
  ['audit_event', 'Audit events'],
];
const DECISIONS: Record<DisclosureDecision, string> = { undecided: 'Not yet decided', disclose: 'Disclose', withhold: 'Withhold', partly_withhold: 'Disclose in part' };
const HEADINGS = ['Reference', 'Record', 'Date', 'Marking', 'Decision', 'Exemption', 'Note', 'Found by'];

function cells(item: BundleItemResponse): Cell[] {
  return [item.reference, item.title, item.date ? { date: item.date } : null, CLASSIFICATION_LABELS[item.classification], DECISIONS[item.decision], item.exemption ? EXEMPTIONS[item.exemption] : null, item.note, item.foundBy];
}

/**
 * The bundle as a file for the response: one sheet (or CSV in a zip) per kind of record, each row with the decision
 * and exemption; a first sheet about the request. Marked with the highest classification it holds, and audited.
 */
@Injectable()
export class BundleFile {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async send(res: Response, requestId: string, format: WorkbookFormat, user: AuthUser): Promise<void> {
    const [request] = await sql<{ reference: string; type: string; received_on: Date | string; summary: string; deadline: Date | string | null; status: string; classification: 'OFFICIAL' | 'OFFICIAL_SENSITIVE' }>(
      this.db,
      `SELECT reference, type, received_on, summary, deadline, status, classification FROM information_requests WHERE id = $1`,
      [requestId],
    );
    if (!request) throw new NotFound('information request', requestId);
    const items = (await sql<ItemRow>(this.db, `${ITEM_SELECT} WHERE i.request_id = $1 ORDER BY r.day NULLS LAST, i.id`, [requestId])).map(toItem);
    const marking = markingOf([request.classification, ...items.map((i) => i.classification)]);
    const sheets: Sheet[] = [
      {
        name: 'Request',
        headings: ['Reference', 'Type', 'Received', 'Deadline', 'Status', 'What was asked for', 'Records in the bundle'],
        rows: [[request.reference, request.type.toUpperCase(), { date: dateOnly(request.received_on) ?? '' }, request.deadline ? { date: dateOnly(request.deadline) ?? '' } : null, request.status, request.summary, items.length]],
      },
      ...SHEETS.map(([kind, name]) => ({ name, headings: HEADINGS, rows: items.filter((i) => i.kind === kind).map(cells) })),
    ];
    await this.db.transaction((tx) =>
      this.audit.record(tx, {
        actorId: user.id,
        entity: 'export',
        entityId: requestId,
        action: 'request-bundle',
        details: { format, items: items.length },
        classification: marking === 'OFFICIAL-SENSITIVE' ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
      }),
    );
    startDownload(res, fileName(`bundle-${request.reference}`, londonDate(), marking, format), format, marking);
    await (format === 'zip' ? writeCsvZip(sheets, marking, res) : writeWorkbook(format, sheets, marking, res));
  }
}
