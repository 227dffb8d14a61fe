// The whole pipeline (bytes → text → delimiter → table → mapping → records) over the fixture files.
import { describe, expect, it } from 'vitest';
import { context, fixture, importBytes } from './importHelpers';

const reference = importBytes(fixture('encoding-utf8.csv'), 'offices').result;

describe('importing the fixture files', () => {
  it('reads the reference file into three offices', () => {
    expect(reference.issues).toEqual([]);
    expect(reference.records.map((r) => r.value.name)).toEqual(['Regional Hub Ethiopia', 'Bureau régional Sénégal €', 'Oficina México']);
    expect(reference.records[1]?.value).toMatchObject({ point: { lat: 14.69, lon: -17.45 }, reportsTo: 'AFR-ETH', coveredCountries: ['SEN', 'GMB'], tier: 'regional-office' });
  });

  it.each([
    { file: 'encoding-utf8-bom.csv', encoding: 'utf-8', delimiter: ',' },
    { file: 'encoding-utf16le-bom.csv', encoding: 'utf-16le', delimiter: ',' },
    { file: 'encoding-utf16be-bom.csv', encoding: 'utf-16be', delimiter: ',' },
    { file: 'encoding-windows1252.csv', encoding: 'windows-1252', delimiter: ',', said: ['encoding-guessed'] },
    { file: 'no-final-newline.csv', encoding: 'utf-8', delimiter: ',' },
    { file: 'semicolon-decimal-comma.csv', encoding: 'utf-8', delimiter: ';' },
    { file: 'tab.tsv', encoding: 'utf-8', delimiter: '\t' },
    { file: 'pipe.csv', encoding: 'utf-8', delimiter: '|' },
  ])('reads $file ($encoding, "$delimiter") to the same offices', ({ file, encoding, delimiter, said = [] }) => {
    const { decoded, guess, result } = importBytes(fixture(file), 'offices');
    expect(decoded.encoding).toBe(encoding);
    expect(guess.delimiter).toBe(delimiter);
    expect(result.issues.map((i) => [i.line, i.severity, i.kind])).toEqual(said.map((kind) => [1, 'warning', kind]));
    expect(result.records.map((r) => r.value)).toEqual(reference.records.map((r) => r.value));
  });

  it('uses the sep= line and detects the decimal comma', () => {
    const { guess, table, result } = importBytes(fixture('semicolon-decimal-comma.csv'), 'offices');
    expect(guess).toEqual({ delimiter: ';', fromSepLine: true, skipFirstLine: true });
    expect(table.headerLine).toBe(2);
    expect(result.decimal).toBe(',');
    expect(result.records.map((r) => r.line)).toEqual([3, 4, 5]);
  });

  it.each(['endings-crlf.csv', 'endings-lf.csv', 'endings-cr.csv', 'endings-mixed.csv'])('reads %s with the right lines', (file) => {
    const { result } = importBytes(fixture(file), 'offices');
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.line, r.value.id])).toEqual([[2, 'AFR-ETH'], [3, 'AFR-SEN'], [5, 'LAC-MEX']]);
    expect(result.records[1]?.value.name).toMatch(/^Dakar office\r?\nsecond line$/);
  });

  it('skips the rows with undecodable Windows-1252 bytes, by line', () => {
    const { result } = importBytes(fixture('encoding-windows1252-undefined.csv'), 'offices');
    expect(result.issues.filter((i) => i.kind === 'undecodable').map((i) => [i.line, i.severity])).toEqual([[3, 'error'], [4, 'error']]);
    expect(result.skippedLines).toEqual([3, 4]);
    expect(result.records.map((r) => r.value.id)).toEqual(['AFR-ETH']);
  });

  it('keeps quoted commas, quotes and multi-line text, formula-like text included', () => {
    const { result } = importBytes(fixture('quoted-multiline.csv'), 'offices');
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.line, r.value.name, r.value.city, r.value.source])).toEqual([
      [2, 'Hub, Addis "main" office', 'Addis\r\nAbaba', 'line one\nline two\rline three'],
      [6, '=HYPERLINK("http://x")\n-2+3', 'Dakar', ''],
    ]);
  });

  it('keeps a script-like name verbatim, as text', () => {
    const { result } = importBytes(fixture('script-name.csv'), 'offices');
    expect(result.records[0]?.value).toMatchObject({ name: '<img src=x onerror=alert(1)>', city: '<script>alert("x")</script>' });
  });

  it('keeps Arabic, emoji, combining marks and RTL marks exactly, warning only about the invisible right-to-left mark', () => {
    const { result } = importBytes(fixture('arabic-emoji-names.csv'), 'offices');
    expect(result.issues.map((i) => [i.line, i.column, i.severity, i.kind, i.value])).toEqual([[4, 'name', 'warning', 'invisible-characters', 'Ankara ofi\u0307si ⟨U+200F⟩ועוד']]);
    expect(result.records.map((r) => [r.value.name, r.value.city])).toEqual([
      ['مكتب القاهرة الإقليمي', 'القاهرة'],
      ['Nairobi 🌍 office 👩🏽‍💼', 'Nairobi'],
      ['Ankara ofi\u0307si \u200fועוד', 'Ankara'],
    ]);
  });

  it('keeps leading zeros in office ids of figures and coverage', () => {
    const ids = context(['007', '0042', '08123']);
    const figures = importBytes(fixture('figures-leading-zeros.csv'), 'figures', ids).result;
    expect(figures.issues).toEqual([]);
    expect(figures.records.map((r) => r.value)).toStrictEqual([
      { office: '007', year: 2025, tcDeliveryUsd: 1250000.5, staff: 12, representativeVacant: false },
      { office: '0042', year: 2025, staff: 3, representativeVacant: true },
      { office: '08123', year: 2024, tcDeliveryUsd: 900 },
    ]);
    const coverage = importBytes(fixture('coverage-leading-zeros.csv'), 'coverage', ids).result;
    expect(coverage.records.map((r) => r.value)).toEqual([{ country: 'KEN', office: '007' }, { country: 'SOM', office: '0042' }, { country: 'ETH', office: '08123' }]);
  });

  it.each([
    { file: 'duplicate-header.csv', kind: 'duplicate-header' },
    { file: 'blank-header.csv', kind: 'blank-header' },
  ])('stops at $kind in $file, renaming nothing', ({ file, kind }) => {
    const { table, result } = importBytes(fixture(file), 'offices');
    expect(result.blocked).toBe(true);
    expect(result.issues.map((i) => [i.line, i.kind, i.severity])).toContainEqual([1, kind, 'error']);
    expect(table.header).not.toContain('name_1');
  });
});
