// CSV injection: every line of a text cell that a spreadsheet would read as a formula, past any
// blanks it skips (spaces, no-break and zero-width spaces, BOM) or after a CR/LF inside the cell,
// starts with an apostrophe; numbers stay numbers; export → import gives back the exact text.
import { describe, expect, it } from 'vitest';
import { exportOfficesCsv, neutraliseFormula, restoreNeutralised, toCsv } from '../../../../src/lib/io/export/toCsv';
import { asOfficeId, type Office } from '../../../../src/lib/model/types';
import { countries, importBytes } from '../import/importHelpers';

// Hand-worked: where the apostrophe goes, cell by cell.
const CASES: readonly { readonly text: string; readonly out: string }[] = [
  { text: ' =1+1', out: "' =1+1" },
  { text: '   +1', out: "'   +1" },
  { text: '\u00a0=1', out: "'\u00a0=1" },
  { text: '\ufeff=1', out: "'\ufeff=1" },
  { text: '\u200b@SUM(A1)', out: "'\u200b@SUM(A1)" },
  { text: '\u3000-1', out: "'\u3000-1" },
  { text: ' \u00a0\ufeff =1', out: "' \u00a0\ufeff =1" },
  { text: '\r=1', out: "'\r'=1" },
  { text: 'ok\r=1', out: "ok\r'=1" },
  { text: 'ok\n =1', out: "ok\n' =1" },
  { text: 'ok\r\n\u00a0+1', out: "ok\r\n'\u00a0+1" },
  { text: '\t=1', out: "'\t=1" },
  { text: ' \tx', out: "' \tx" },
  { text: "'=x", out: "''=x" },
  { text: "' =x", out: "'' =x" },
  { text: 'a =1', out: 'a =1' },
  { text: '   ', out: '   ' },
  { text: "it's", out: "it's" },
  { text: 'x\n y', out: 'x\n y' },
  { text: '1-2', out: '1-2' },
];

describe('neutraliseFormula', () => {
  it.each(CASES)('writes $text as $out', ({ text, out }) => {
    expect(neutraliseFormula(text)).toBe(out);
  });

  it.each(CASES)('reads $out back as $text', ({ text, out }) => {
    expect(restoreNeutralised(out)).toBe(text);
  });

  it('keeps numbers numbers, negative ones included, and neutralises the same figure given as text', () => {
    expect(toCsv([{ lat: -1.5, n: 0, text: '-1.5' }], ['lat', 'n', 'text'], { bom: false })).toBe("lat,n,text\r\n-1.5,0,'-1.5\r\n");
  });

  it('quotes a cell with a CR, with the apostrophe inside the quotes', () => {
    expect(toCsv([{ a: '\r=1' }], ['a'], { bom: false })).toBe("a\r\n\"'\r'=1\"\r\n");
  });
});

describe('export → import of formula-like names', () => {
  // Each office in a country of its own region, covering only it, so the rows are valid.
  const hosts = countries.filter((c) => c.region !== null);
  const offices: Office[] = CASES.filter((c) => c.text.trim() !== '').map((c, i) => {
    const host = hosts[i]!;
    return {
      id: asOfficeId(`X-${i}`), name: c.text, city: 'Geneva', hostCountry: host.code, region: host.region!, tier: 'country-office', point: { lat: 46.2, lon: 6.14 },
      reportsTo: null, coveredCountries: [host.code], inferredCoverage: [], confidence: 'confirmed', source: '', reportsToBasis: `basis ${i}\r\n${c.text}`,
    };
  });

  it('gives back every name exactly, and exporting again the same bytes', () => {
    const csv = exportOfficesCsv(offices, { bom: true });
    const { result } = importBytes(new TextEncoder().encode(csv), 'offices');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.records.map((r) => r.value.name)).toStrictEqual(offices.map((o) => o.name));
    expect(result.records.map((r) => r.value.reportsToBasis)).toStrictEqual(offices.map((o) => o.reportsToBasis));
    expect(exportOfficesCsv(result.records.map((r) => r.value), { bom: true })).toBe(csv);
  });
});
