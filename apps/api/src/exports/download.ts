import { ApiOkResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Marking } from './marking';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

export type FileFormat = keyof typeof CONTENT_TYPES;

/** `actions-2026-11-24-official-sensitive.ods`: the marking travels with the file wherever it is saved. */
export function fileName(base: string, date: string, marking: Marking, format: FileFormat): string {
  return `${base}-${date}-${marking.toLowerCase()}.${format}`;
}

/**
 * Headers for a file download. The marking is also sent as X-Classification so the dashboard can show it before the
 * file is opened; Content-Disposition carries the name in both forms (RFC 6266).
 */
export function startDownload(res: Response, name: string, format: FileFormat, marking: Marking): void {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('X-Classification', marking);
  res.setHeader('Cache-Control', 'no-store');
}

/** The media type of a format, without parameters: what the OpenAPI document lists. */
export function mediaType(format: FileFormat): string {
  return CONTENT_TYPES[format].split(';')[0] as string;
}

/** Declares in the OpenAPI document the file types a route answers with. */
export function ApiDownload(...formats: FileFormat[]): MethodDecorator {
  const content = Object.fromEntries(formats.map((format) => [mediaType(format), { schema: { type: 'string', format: 'binary' } }]));
  return ApiOkResponse({ description: 'The file; its marking is in X-Classification and in the file name.', content });
}
