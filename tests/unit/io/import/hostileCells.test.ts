// Text cells read as written or with a word in the report: countries by alpha-2 code or name,
// invisible characters shown, oversized text refused, trimmed/re-cased/re-worded values said.
import { describe, expect, it } from 'vitest';
import { findInvisible, shortened, showInvisible } from '../../../../src/lib/io/import/cellText';
import { findCountryByAlias } from '../../../../src/lib/io/import/countryNames';
import { headerLooksLikeData } from '../../../../src/lib/io/import/columnMapping';
import type { ImportIssue } from '../../../../src/lib/io/import/validateImport';
import { context, countries, importText } from './importHelpers';

const HEADER = 'id,name,country_iso3,region,tier,lat,lon,covered_countries_iso3';
const office = (cells: { id?: string; name?: string; country?: string; region?: string; covered?: string }) =>
  [cells.id ?? 'A', cells.name ?? 'Office', cells.country ?? 'KEN', cells.region ?? 'Africa', 'Country Office', '-1.2', '36.8', cells.covered ?? ''].map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
const offices = (...rows: string[]) => importText([HEADER, ...rows].join('\n') + '\n', 'offices').result;
const said = (issues: readonly ImportIssue[]) => issues.map(({ line, column, value, read, severity, kind }) => ({ line, column, value, read, severity, kind }));

describe('countries written other than as ISO3', () => {
  it.each([
    { written: 'KR', code: 'KOR', via: 'ISO alpha-2 code', name: 'Republic of Korea' },
    { written: 'ke', code: 'KEN', via: 'ISO alpha-2 code', name: 'Kenya' },
    { written: 'CI', code: 'CIV', via: 'ISO alpha-2 code', name: "Côte d'Ivoire" },
    { written: 'Kenya', code: 'KEN', via: 'name', name: 'Kenya' },
    { written: 'viet nam', code: 'VNM', via: 'name', name: 'Viet Nam' },
    { written: 'Côte d’Ivoire', code: 'CIV', via: 'name', name: "Côte d'Ivoire" },
    { written: 'Allemagne', code: 'DEU', via: 'name', name: 'Germany' },
    { written: 'Alemania', code: 'DEU', via: 'name', name: 'Germany' },
    { written: 'Германия', code: 'DEU', via: 'name', name: 'Germany' },
    { written: '德国', code: 'DEU', via: 'name', name: 'Germany' },
    { written: 'ألمانيا', code: 'DEU', via: 'name', name: 'Germany' },
  ])('"$written" becomes $code, with a warning', ({ written, code, via, name }) => {
    const result = offices(office({ country: written }));
    expect(result.records[0]?.value.hostCountry).toBe(code);
    expect(said(result.issues)).toEqual([{ line: 2, column: 'country_iso3', value: written, read: code, severity: 'warning', kind: 'country-converted' }]);
    const what = via === 'name' ? `the name of ${name}` : `the ISO alpha-2 code of ${name}`;
    expect(result.issues[0]?.message).toBe(`"${written}" is ${what}: read as ${code}. Write ${code} to remove this warning.`);
  });

  it('converts each country of a coverage list, one warning per conversion', () => {
    const result = offices(office({ covered: 'KE;SOM;Djibouti' }));
    expect(result.records[0]?.value.coveredCountries).toEqual(['KEN', 'SOM', 'DJI']);
    expect(said(result.issues).map((i) => [i.value, i.read, i.kind])).toEqual([['KE', 'KEN', 'country-converted'], ['Djibouti', 'DJI', 'country-converted']]);
  });

  it('never suggests another country for a two-letter value it does not know (no "KR → KIR")', () => {
    const issue = offices(office({ country: 'XY' })).issues[0];
    expect(issue).toMatchObject({ kind: 'unknown-country', severity: 'error', text: { key: 'import.issue.unknownCountry' } });
    expect(issue?.message).not.toMatch(/Did you mean/);
    expect(findCountryByAlias('KR', countries)).toEqual({ code: 'KOR', name: 'Republic of Korea', via: 'alpha-2' });
    expect(findCountryByAlias('KI', countries)?.code).toBe('KIR');
  });

  it('accepts a coverage file with alpha-2 codes, listing every row converted', () => {
    const result = importText('country,office\nKE,AFR-KEN\nSO,AFR-KEN\nDJI,AFR-KEN\n', 'coverage', context(['AFR-KEN'])).result;
    expect(result.records.map((r) => r.value.country)).toEqual(['KEN', 'SOM', 'DJI']);
    expect(result.issues.map((i) => [i.line, i.kind])).toEqual([[2, 'country-converted'], [3, 'country-converted']]);
  });
});

describe('silent normalisation is no longer silent', () => {
  it('" civ " is CIV, saying the spaces were removed and the code put in capitals', () => {
    const result = offices(office({ country: ' civ ' }));
    expect(result.records[0]?.value.hostCountry).toBe('CIV');
    expect(said(result.issues)).toEqual([
      { line: 2, column: 'country_iso3', value: ' civ ', read: 'civ', severity: 'warning', kind: 'code-normalised' },
      { line: 2, column: 'country_iso3', value: 'civ', read: 'CIV', severity: 'warning', kind: 'code-normalised' },
    ]);
    expect(result.issues.map((i) => i.message)).toEqual(['The spaces around " civ " were removed: read as "civ".', '"civ" was read as CIV: codes are written in capitals. Write CIV to remove this warning.']);
  });

  it.each(['+Africa', 'africa', 'AFR'])('region "%s" is Africa, with a warning', (region) => {
    const result = offices(office({ region }));
    expect(result.records[0]?.value.region).toBe('Africa');
    expect(said(result.issues)).toEqual([{ line: 2, column: 'region', value: region, read: 'Africa', severity: 'warning', kind: 'word-normalised' }]);
  });

  it('says when a leading apostrophe is taken off, with the text as read', () => {
    const result = offices(office({ name: "'=Office" }));
    expect(result.records[0]?.value.name).toBe('=Office');
    expect(said(result.issues)).toEqual([{ line: 2, column: 'name', value: "'=Office", read: '=Office', severity: 'warning', kind: 'apostrophe-removed' }]);
  });

  it('keeps an apostrophe that does not neutralise a formula, silently: nothing is changed', () => {
    const result = offices(office({ name: "'t Hooft office" }));
    expect(result.records[0]?.value.name).toBe("'t Hooft office");
    expect(result.issues).toEqual([]);
  });
});

describe('invisible and oversized text', () => {
  it('warns about a right-to-left override and shows it in the report, keeping the name as written', () => {
    const name = 'office\u202Ecod.exe';
    const result = offices(office({ name }));
    expect(result.records[0]?.value.name).toBe(name);
    expect(said(result.issues)).toEqual([{ line: 2, column: 'name', value: 'office⟨U+202E⟩cod.exe', read: undefined, severity: 'warning', kind: 'invisible-characters' }]);
    expect(result.issues[0]?.message).toBe('This cell holds invisible characters (U+202E) that can reorder or hide text: "office⟨U+202E⟩cod.exe". Remove them unless they are meant to be there.');
    expect(result.issues[0]?.message).not.toContain('\u202E');
  });

  it.each([
    { what: 'a zero-width space', text: 'Nai\u200Brobi', codes: ['U+200B'] },
    { what: 'a BOM inside a cell', text: '\uFEFFNairobi', codes: ['U+FEFF'] },
    { what: 'bidi isolates', text: '\u2066x\u2069', codes: ['U+2066', 'U+2069'] },
    { what: 'a left-to-right mark', text: 'a\u200Eb', codes: ['U+200E'] },
    { what: 'a soft hyphen', text: 'Nai\u00ADrobi', codes: ['U+00AD'] },
    { what: 'a control character', text: 'Nai\u0007robi', codes: ['U+0007'] },
    { what: 'a zero-width joiner between Latin letters', text: 'Nai\u200Drobi', codes: ['U+200D'] },
    { what: 'a joiner inside an emoji', text: 'Team 👩🏽\u200D💼', codes: [] },
    { what: 'a non-joiner in Persian', text: 'می\u200Cخواهم', codes: [] },
    { what: 'tabs and line breaks', text: 'a\tb\r\nc', codes: [] },
  ])('$what → $codes', ({ text, codes }) => {
    expect(findInvisible(text)).toEqual(codes);
    expect(showInvisible(text)).toEqual(codes.length ? expect.stringContaining(`⟨${codes[0]}⟩`) : text);
  });

  it('refuses a 100 KB name with a clear error, shortening it in the report', () => {
    const result = offices(office({ name: 'x'.repeat(100_000) }));
    expect(result.records).toEqual([]);
    expect(said(result.issues)).toEqual([{ line: 2, column: 'name', value: `${'x'.repeat(60)}…`, read: undefined, severity: 'error', kind: 'too-long' }]);
    expect(result.issues[0]?.message).toBe('This cell holds 100000 characters; at most 200 are allowed here. Shorten it.');
  });

  it('accepts a name of exactly 200 characters, counting an emoji as one', () => {
    expect(offices(office({ name: `${'x'.repeat(199)}🌍` })).issues).toEqual([]);
    expect(offices(office({ name: `${'x'.repeat(200)}🌍` })).issues.map((i) => i.kind)).toEqual(['too-long']);
    expect(shortened('ab', 1)).toBe('a…');
  });
});

describe('a file without a header row', () => {
  it('says its first line looks like data, once, before the missing columns it causes', () => {
    const result = importText('AFR-KEN,Nairobi office,KEN,Africa,Country Office,-1.29,36.82\nAFR-ETH,Addis office,ETH,Africa,Regional Hub,9.03,38.74\n', 'offices').result;
    expect(result.blocked).toBe(true);
    const first = result.issues.find((i) => i.kind === 'header-looks-like-data');
    expect(first).toMatchObject({ line: 1, severity: 'error' });
    expect(first?.message).toBe('The first line is read as the header row, but it looks like data ("AFR-KEN", "KEN", "-1.29", "36.82"). Add a first line that names the columns (the template has them); otherwise the first row is lost and the rest is read under the wrong names.');
  });

  it.each([
    { header: ['KEN', 'AFR-KEN'], cells: ['KEN', 'AFR-KEN'] },
    { header: ['AFR-KEN', '2024', '1.715.320'], cells: ['AFR-KEN', '2024', '1.715.320'] },
    { header: ['id', 'KEN'], cells: [] },
    { header: ['Office code', 'ISO'], cells: [] },
    { header: ['Notes', 'Remarks'], cells: [] },
  ])('$header → $cells', ({ header, cells }) => {
    expect(headerLooksLikeData(header)).toEqual(cells);
  });
});
