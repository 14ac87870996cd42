import { IMPORT_HEADINGS } from '@send/contracts';
import { planImport, previewOf } from './import-plan';
import { readSheet } from './import-sheet';

const HEADINGS = IMPORT_HEADINGS.join(',');
const NONE = { organisations: [], contacts: [] };
const place = (errors: { line: number; column: string | null }[]) => errors.map((e) => `${e.line} ${e.column ?? '-'}`);

describe('readSheet', () => {
  it('numbers rows by the line they start on, whatever the line endings, and skips blank rows', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const sheet = readSheet(['\uFEFF' + HEADINGS, 'A,charity,,,,,Ann,,,,"two', 'lines"', ',,,,,,,,,,', '', 'B,charity,,,,,,,,,'].join(eol));
      expect(sheet.errors).toEqual([]);
      expect(sheet.rows.map((row) => [row.line, row.cells.get('Organisation name')])).toEqual([
        [2, 'A'],
        [6, 'B'],
      ]);
      expect(sheet.rows[0].cells.get('Contact notes')).toBe('two\nlines');
    }
  });

  it('accepts headings in any order, case and spacing', () => {
    const headings = [...IMPORT_HEADINGS].reverse().map((h) => ` ${h.toUpperCase()}`);
    const sheet = readSheet(`${headings.join(',')}\nnote,,,,Ann,,,,,charity,Org A`);
    expect(sheet.errors).toEqual([]);
    expect(Object.fromEntries(sheet.rows[0].cells)).toEqual({ 'Contact notes': 'note', 'Contact name': 'Ann', 'Organisation type': 'charity', 'Organisation name': 'Org A' });
  });

  it('reports an empty file, a repeated heading, an unclosed quote, a cell without a heading and unreadable characters', () => {
    expect(place(readSheet('').errors)).toEqual(['1 -']);
    expect(readSheet(`${HEADINGS},Tags\n`).errors.map((e) => e.message)).toEqual(['The "Tags" heading appears more than once']);
    expect(readSheet(`${HEADINGS}\nA,charity,,,"unclosed\n`).errors[0]).toMatchObject({ column: null, message: expect.stringContaining('could not be read as CSV') });
    expect(place(readSheet(`${HEADINGS}\nA,charity,,,,,,,,,,extra`).errors)).toEqual(['2 -']);
    expect(readSheet(`${HEADINGS}\nCaf\uFFFD,charity,,,,,,,,,`).errors).toEqual([
      { field: 'line 2, Organisation name', line: 2, column: 'Organisation name', message: 'Organisation name has characters that could not be read: save the file as "CSV UTF-8"' },
    ]);
  });
});

describe('planImport', () => {
  it('reads labels as codes and lists split by semicolons or commas', async () => {
    const plan = await planImport(readSheet(`${HEADINGS}\nOrg,Parent carer forum,"london, North East; LONDON",,,a; b,,,,,\nUnion Org,TRADE UNION,yorkshire_and_the_humber,,,,,,,,\nNHS Org,nhs or health body,,,,,,,,,`), NONE);
    expect(plan.errors).toEqual([]);
    expect(plan.organisations[0].body).toMatchObject({ name: 'Org', type: 'parent_carer_forum', regions: ['london', 'north_east'], tags: ['a', 'b'] });
    expect(plan.organisations.map((o) => o.body.type)).toEqual(['parent_carer_forum', 'union', 'health_body']);
  });

  it('takes an organisation from all its rows: blanks are filled from another row, differences are errors', async () => {
    const plan = await planImport(readSheet(`${HEADINGS}\nOrg,,,,,,Ann,,,,\nORG,charity,,https://org.example,,,Bo,,,,\nOrg,union,,HTTPS://ORG.EXAMPLE,,,,,,,`), NONE);
    expect(plan.errors).toEqual([expect.objectContaining({ line: 4, column: 'Organisation type', message: expect.stringContaining('differs from line 3') })]);
    expect(plan.organisations).toHaveLength(1);
    expect(plan.organisations[0]).toMatchObject({ line: 2, name: 'Org', body: { type: 'charity', website: 'https://org.example' } });
  });

  it('needs a type only for an organisation it creates, and never changes one already on the tracker', async () => {
    const sheet = readSheet(`${HEADINGS}\nKnown  ORG,,,,,,Ann,,,,\nNew Org,,,,,,,,,,`);
    const plan = await planImport(sheet, { organisations: [{ id: 'o1', name: 'Known Org' }], contacts: [{ organisationId: 'o1', name: 'Someone', email: null }] });
    expect(place(plan.errors)).toEqual(['3 Organisation type']);
    expect(previewOf(plan)).toMatchObject({ existingOrganisations: [{ line: 2, name: 'Known Org' }], newOrganisations: [{ line: 3, name: 'New Org' }], newContacts: 1 });
  });

  it('refuses contact details without a contact name, using the request class rule', async () => {
    const plan = await planImport(readSheet(`${HEADINGS}\nOrg,charity,,,,,,,ann@example.org,,`), NONE);
    expect(plan.errors).toEqual([{ field: 'line 2, Contact name', line: 2, column: 'Contact name', message: 'Contact name must be longer than or equal to 1 characters' }]);
  });
});
