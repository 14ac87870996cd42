import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { londonDate } from '../common/dates';
import { sql, type ReadSource } from '../common/sql';
import { writeCsv } from './csv-writer';
import { fileName, startDownload } from './download';
import type { ExportFormat, ListExport } from './list-export';
import type { Marking } from './marking';
import { streamRows } from './row-stream';
import { DownloadCancelled } from './stream-writes';
import type { Cell } from './sheet';
import { writeWorkbook } from './spreadsheet';

/** Streams any list as CSV, ODS or XLSX, marked with the classification of its content, and audits it. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Rows and marking are read from `db` (the read replica when there is one); the audit is written to the primary. */
  async send<Row, Item>(res: Response, user: AuthUser, format: ExportFormat, filter: object, source: ListExport<Row, Item>, db: ReadSource = this.db): Promise<void> {
    const marking = await this.markingOf(source, db);
    startDownload(res, fileName(source.list, londonDate(), marking, format), format, marking);
    const headings = source.columns.map((c) => c.heading);
    let rows = 0;
    let complete = false;
    const cells = async function* (): AsyncGenerator<Cell[]> {
      for await (const row of streamRows<Row>(db, source.sql, source.params)) {
        const item = source.toItem(row);
        rows++;
        yield source.columns.map((c) => c.cell(item));
      }
    };
    // The file goes through `body` so the audit is written before the reader receives the end of it.
    const body = new PassThrough();
    body.pipe(res, { end: false });
    res.on('close', () => body.destroy());
    try {
      if (format === 'csv') await writeCsv(headings, cells(), body);
      else await writeWorkbook(format, [{ name: source.sheet, headings, rows: cells() }], marking, body);
      await finished(body);
      complete = true;
    } catch (error) {
      // A reader who leaves part-way is not a fault of ours: the audit records the file as not completed.
      if (!(error instanceof DownloadCancelled) && !res.destroyed) throw error;
    } finally {
      await this.record(user, source.list, format, filter, rows, complete, marking);
      if (complete) res.end();
      else res.destroy();
    }
  }

  private async markingOf(source: Pick<ListExport<unknown, unknown>, 'marking' | 'params'>, db: ReadSource): Promise<Marking> {
    if (typeof source.marking === 'string') return source.marking;
    const [{ sensitive }] = await sql<{ sensitive: boolean }>(db, source.marking.sensitiveSql, source.params);
    return sensitive ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL';
  }

  /** Who exported what, with which filter, how many rows, and whether the reader received all of it. */
  private async record(user: AuthUser, list: string, format: ExportFormat, filter: object, rows: number, complete: boolean, marking: Marking): Promise<void> {
    const details = { format, filter: { ...filter, format: undefined }, rows, complete };
    await this.db.transaction((tx) =>
      this.audit.record(tx, {
        actorId: user.id,
        entity: 'export',
        entityId: null,
        action: list,
        details,
        classification: marking === 'OFFICIAL' ? 'OFFICIAL' : 'OFFICIAL_SENSITIVE',
      }),
    );
  }
}
