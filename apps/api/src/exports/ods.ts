import type { Marking } from './marking';
import { isDateCell, xmlText, type Cell, type Sheet, type SpreadsheetParts } from './sheet';

const MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Text as ODF paragraphs: a line break is a new paragraph, and runs of spaces need their own elements
 * because ODF collapses white space like HTML does.
 */
export function odfParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const body = xmlText(line)
        .replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`)
        .replace(/^ /, '<text:s/>');
      return `<text:p>${body}</text:p>`;
    })
    .join('');
}

function cell(value: Cell, style?: string): string {
  const styled = style ? ` table:style-name="${style}"` : '';
  if (value === null || value === '') return `<table:table-cell${styled}/>`;
  if (typeof value === 'number') return `<table:table-cell${styled} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  if (isDateCell(value)) {
    return `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${xmlText(value.date)}"><text:p>${xmlText(value.date)}</text:p></table:table-cell>`;
  }
  // Always a string cell: text that looks like a formula stays text.
  return `<table:table-cell${styled} office:value-type="string">${odfParagraphs(value)}</table:table-cell>`;
}

/** ODF 1.3 spreadsheet: `mimetype` first and stored, as the standard requires and LibreOffice checks. */
export function odsParts(sheets: Sheet[], marking: Marking): SpreadsheetParts {
  const mark = xmlText(marking);
  return {
    before: [
      { path: 'mimetype', text: MIMETYPE, stored: true },
      {
        path: 'META-INF/manifest.xml',
        text: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIMETYPE}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`,
      },
      {
        path: 'meta.xml',
        text: `${XML}<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>SEND engagement tracker</meta:generator><dc:subject>${mark}</dc:subject><meta:keyword>${mark}</meta:keyword></office:meta></office:document-meta>`,
      },
      {
        // The marking printed at the top and bottom of every page.
        path: 'styles.xml',
        text: `${XML}<office:document-styles ${NS} office:version="1.3"><office:automatic-styles><style:page-layout style:name="page"/></office:automatic-styles>
<office:master-styles><style:master-page style:name="Marked" style:page-layout-name="page"><style:header><text:p>${mark}</text:p></style:header><style:footer><text:p>${mark}</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`,
      },
    ],
    sheetEntries: 'one',
    sheetPath: () => 'content.xml',
    start: `${XML}<office:document-content ${NS} office:version="1.3"><office:automatic-styles>
<number:date-style style:name="iso-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="iso-date"/>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="sheet" style:family="table" style:master-page-name="Marked"><style:table-properties table:display="true"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet>`,
    open: (sheet) => `<table:table table:name="${xmlText(sheet.name)}" table:style-name="sheet"><table:table-column table:number-columns-repeated="${Math.max(1, sheet.headings.length)}"/>`,
    row: (cells, _rowNumber, style) => `<table:table-row>${cells.map((value) => cell(value, style ? 'bold' : undefined)).join('')}</table:table-row>\n`,
    close: () => '</table:table>',
    end: '</office:spreadsheet></office:body></office:document-content>',
    after: [],
  };
}
