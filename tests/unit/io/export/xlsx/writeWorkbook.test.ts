// An exported workbook reopens with the same values and types: text as text (never a formula),
// numbers as numbers with their formats, the header row bold and frozen, columns sized.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLibrarySheets, writeWorkbook, XLSX_MIME } from '../../../../../src/lib/io/export/xlsx/writeWorkbook';
import type { SheetSpec } from '../../../../../src/lib/io/export/xlsx/workbookTypes';
import { readWorkbook, workbookParts } from './readBack';

const HOSTILE_TEXT = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-3+4', '@SUM(A1:A9)', '\t=1', "'=already quoted", 'a "quoted", multi\nline', 'مكتب القاهرة \u202e gnp.exe', '  padded  ', '北京办事处'];

const hostile: SheetSpec = {
  name: 'Cells',
  columns: [
    { header: 'text', kind: 'text' },
    { header: 'lat', kind: 'coordinate' },
    { header: 'usd', kind: 'usd' },
    { header: 'year', kind: 'year' },
  ],
  rows: HOSTILE_TEXT.map((text, i) => [text, -33.45 + i, i === 3 ? null : 1_234_567.89 * i, 2020 + i]),
};

describe('writeWorkbook', () => {
  it('gives an .xlsx that reads back with the same text and numbers, cell by cell', async () => {
    const blob = await writeWorkbook([hostile]);
    expect(blob.type).toBe(XLSX_MIME);
    const [sheet] = await readWorkbook(blob);
    expect(sheet?.sheet).toBe('Cells');
    expect(sheet?.data[0]).toEqual(['text', 'lat', 'usd', 'year']);
    expect(sheet?.data.slice(1)).toEqual(hostile.rows.map((row) => [...row]));
    // Types as well as values: numbers come back as numbers, formula-looking text as text.
    expect(typeof sheet?.data[1]?.[1]).toBe('number');
    expect(sheet?.data[1]?.[0]).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('writes no formula: every text cell is a string cell, even one that starts with "="', async () => {
    const parts = await workbookParts(await writeWorkbook([hostile]));
    const xml = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml).not.toMatch(/<f[\s>]/);
    const textCells = [...xml.matchAll(/<c r="A(\d+)"[^>]*>/g)].map((m) => m[0]);
    expect(textCells).toHaveLength(HOSTILE_TEXT.length + 1);
    for (const cell of textCells) expect(cell).toContain('t="s"');
    // The shared strings hold the text as written: no apostrophe was added, unlike the CSV twin.
    expect(parts['xl/sharedStrings.xml']).toContain('<t>=HYPERLINK("http://evil.example","click")</t>');
  });

  it('freezes the header row, sizes the columns to their content and formats the numbers', async () => {
    const parts = await workbookParts(await writeWorkbook([hostile]));
    const xml = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    // Each column is as wide as its longest cell as shown plus 2: the 41-character formula text,
    // "-33.4500", "11,111,111" (1,234,567.89 × 9 without decimals); the year column stays at the minimum of 6.
    expect(widths).toEqual([43, 10, 12, 6]);
    const styles = parts['xl/styles.xml'] ?? '';
    for (const format of ['0.0000', '#,##0', '0']) expect(styles).toContain(`formatCode="${format}"`);
    expect(styles).toMatch(/<font>(?:(?!<\/font>).)*<b\/>/);
  });

  it('makes one tab per sheet, with names Excel accepts', async () => {
    const sheets = await readWorkbook(await writeWorkbook([{ ...hostile, name: 'Two tiers: Africa/Asia' }, { ...hostile, name: 'two tiers: africa/asia' }, { ...hostile, name: '' }]));
    expect(sheets.map((s) => s.sheet)).toEqual(['Two tiers Africa Asia', 'two tiers africa asia (2)', 'Sheet 3']);
  });

  it('leaves NaN and Infinity empty, as the CSV does, and refuses a workbook without a sheet', async () => {
    const [sheet] = await readWorkbook(await writeWorkbook([{ name: 'x', columns: [{ header: 'n', kind: 'decimal' }], rows: [[Number.NaN], [Number.POSITIVE_INFINITY], [1]] }]));
    expect(sheet?.data).toEqual([['n'], [null], [null], [1]]);
    await expect(writeWorkbook([])).rejects.toThrow(/at least one sheet/);
  });

  it('keeps every row of a large sheet (the zip is not cut short)', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [`line ${i}`, i]);
    const [sheet] = await readWorkbook(await writeWorkbook([{ name: 'big', columns: [{ header: 'text', kind: 'text' }, { header: 'n', kind: 'integer' }], rows }]));
    expect(sheet?.data).toHaveLength(5_001);
    expect(sheet?.data.at(-1)).toEqual(['line 4999', 4999]);
  });

  it('reads back any text as written: formula characters, quotes, line breaks, bidi and any script', async () => {
    // XML 1.0 cannot hold C0 controls other than tab and line feeds, so the generator leaves them out;
    // nor DEL and the C1 controls (U+007F–U+009F) or Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE,
    // U+xFFFF), which write-excel-file 4.1 drops (U+10FFFE takes the rest of its cell with it).
    const isDropped = (cp: number) => (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
    const anyCharacter = fc.integer({ min: 0x20, max: 0x10ffff }).filter((cp) => (cp < 0xd800 || cp > 0xdfff) && !isDropped(cp)).map((cp) => String.fromCodePoint(cp));
    const legal = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '"', "'", '\t', '\n', '\r\n', ' ', '\u202e', '\u200f', '&', '<', '>', ']]>'), anyCharacter), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(fc.array(legal, { minLength: 1, maxLength: 8 }), async (texts) => {
        // The row number keeps a row with empty text from being an empty row (readers drop trailing ones).
        const rows = texts.map((t, i) => [t, i]);
        const [sheet] = await readWorkbook(await writeWorkbook([{ name: 's', columns: [{ header: 'text', kind: 'text' }, { header: 'n', kind: 'integer' }], rows }]));
        // An empty string is an empty cell, as in the CSV.
        expect(sheet?.data.slice(1).map((row) => row[0] ?? '')).toEqual(texts);
      }),
      { numRuns: 40 },
    );
  });

  it('hands write-excel-file typed cells: String for text, Number with a format for numbers, bold headers', () => {
    const [sheet] = toLibrarySheets([hostile]);
    expect(sheet?.stickyRowsCount).toBe(1);
    expect(sheet?.data[0]?.[0]).toEqual({ value: 'text', type: String, fontWeight: 'bold' });
    expect(sheet?.data[1]?.[0]).toEqual({ value: HOSTILE_TEXT[0], type: String });
    expect(sheet?.data[1]?.[1]).toEqual({ value: -33.45, type: Number, format: '0.0000' });
  });
});
