import type { Marking } from './marking';
import { isDateCell, xmlText, type Cell, type Sheet, type SpreadsheetParts } from './sheet';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Excel refuses a cell longer than this. */
const EXCEL_CELL_MAX = 32_767;
// Style indexes in cellXfs below.
const DATE_STYLE = 1;
const BOLD_STYLE = 2;

/** Days since 1899-12-30, Excel's day zero (it keeps Lotus's 1900 leap-year bug, which this offset absorbs). */
export function excelSerial(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ] */
export function excelSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

function cell(value: Cell, bold: boolean): string {
  const style = bold ? ` s="${BOLD_STYLE}"` : '';
  if (value === null || value === '') return `<c${style}/>`;
  if (typeof value === 'number') return `<c${style}><v>${value}</v></c>`;
  if (isDateCell(value)) return `<c s="${DATE_STYLE}"><v>${excelSerial(value.date)}</v></c>`;
  // Inline strings, never formulas: "=1+1" stays text.
  return `<c${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value.slice(0, EXCEL_CELL_MAX))}</t></is></c>`;
}

/** Office Open XML workbook with inline strings (no shared-string table, so rows can stream). */
export function xlsxParts(sheets: Sheet[], marking: Marking): SpreadsheetParts {
  const sheetOverrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  const sheetList = sheets.map((s, i) => `<sheet name="${xmlText(excelSheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const sheetRels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const mark = xmlText(marking);
  return {
    before: [
      {
        path: '[Content_Types].xml',
        text: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetOverrides}</Types>`,
      },
      { path: '_rels/.rels', text: `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { path: 'xl/workbook.xml', text: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>` },
      {
        path: 'xl/_rels/workbook.xml.rels',
        text: `${XML}<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      },
      {
        path: 'xl/styles.xml',
        text: `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
      },
    ],
    sheetEntries: 'each',
    sheetPath: (index) => `xl/worksheets/sheet${index + 1}.xml`,
    open: () => `${XML}<worksheet xmlns="${MAIN}"><sheetData>`,
    row: (cells, rowNumber, style) => `<row r="${rowNumber}">${cells.map((value) => cell(value, style !== undefined)).join('')}</row>\n`,
    // The marking printed at the top and bottom of every page (&C = centred).
    close: () => `</sheetData><headerFooter><oddHeader>&amp;C${mark}</oddHeader><oddFooter>&amp;C${mark}</oddFooter></headerFooter></worksheet>`,
    after: [],
  };
}
