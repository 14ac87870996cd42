import { Injectable, type NestMiddleware } from '@nestjs/common';
import { text, type NextFunction, type Request, type Response } from 'express';
import { IMPORT_MAX_BYTES } from '@send/contracts';
import { ValidationFailed } from '../common/errors';

/** Only the import routes read a CSV body; the global JSON parser stays as it is for everything else. */
const readCsv = text({ type: 'text/csv', limit: IMPORT_MAX_BYTES, defaultCharset: 'utf-8' });

/** A body over the limit is refused by body-parser with 413; the problem filter answers that as problem+json. */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    readCsv(req, res, next);
  }
}

/** The CSV text sent with Content-Type text/csv, or 400 naming the file. */
export function csvBodyOf(req: Request): string {
  const body: unknown = req.body;
  if (typeof body !== 'string') throw new ValidationFailed([{ field: 'file', message: 'Send the file as CSV text with Content-Type: text/csv' }], 'The request body is not a CSV file.');
  // A spreadsheet saved as .xlsx or .ods is a zip file; other binary files hold NUL bytes.
  if (body.startsWith('PK\u0003\u0004') || body.includes('\u0000')) {
    throw new ValidationFailed([{ field: 'file', message: 'The file is not a CSV file: in Excel choose Save As, then "CSV UTF-8"' }], 'The request body is not a CSV file.');
  }
  return body;
}
