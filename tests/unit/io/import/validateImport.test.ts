import { describe, expect, it } from 'vitest';
import { groupReport, reportToCsv, type ImportIssue } from '../../../../src/lib/io/import/validateImport';
import { worded } from '../../../../src/lib/io/import/issueText';
import { context, importText } from './importHelpers';

const HEADER = 'id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3';
const ETH = 'AFR-ETH,Hub Ethiopia,Addis Ababa,ETH,Africa,Regional Hub,9.03,38.74,,ETH;DJI';
const offices = (...rows: string[]) => importText([HEADER, ...rows].join('\n') + '\n', 'offices').result;
const only = (issues: readonly ImportIssue[]) => issues.map(({ line, column, value, severity, kind }) => ({ line, column, value, severity, kind }));

describe('validateOffices', () => {
  it('reads a clean row into an Office', () => {
    const result = offices(ETH);
    expect(result.issues).toEqual([]);
    expect(result.blocked).toBe(false);
    expect(result.records).toEqual([{ line: 2, value: {
      id: 'AFR-ETH', name: 'Hub Ethiopia', city: 'Addis Ababa', hostCountry: 'ETH', region: 'Africa', tier: 'regional-hub',
      point: { lat: 9.03, lon: 38.74 }, reportsTo: null, coveredCountries: ['ETH', 'DJI'], inferredCoverage: [], confidence: 'inferred', source: '', reportsToBasis: '',
    } }]);
  });

  it.each([
    { name: 'empty latitude (never 0)', row: 'A,x,c,KEN,Africa,Country Office,,36.8,,KEN', issue: { column: 'lat', value: '', kind: 'empty-value' } },
    { name: 'blank longitude', row: 'A,x,c,KEN,Africa,Country Office,-1.2,  ,,KEN', issue: { column: 'lon', value: '  ', kind: 'empty-value' } },
    { name: 'latitude out of range', row: 'A,x,c,KEN,Africa,Country Office,91,36.8,,KEN', issue: { column: 'lat', value: '91', kind: 'out-of-range' } },
    { name: 'longitude out of range', row: 'A,x,c,KEN,Africa,Country Office,-1.2,-180.5,,KEN', issue: { column: 'lon', value: '-180.5', kind: 'out-of-range' } },
    { name: 'a coordinate that is not a number', row: 'A,x,c,KEN,Africa,Country Office,1°17′S,36.8,,KEN', issue: { column: 'lat', value: '1°17′S', kind: 'not-a-number' } },
    { name: 'unknown host country', row: 'A,x,c,KEY,Africa,Country Office,-1.2,36.8,,KEN', issue: { column: 'country_iso3', value: 'KEY', kind: 'unknown-country' } },
    { name: 'unknown covered country', row: 'A,x,c,KEN,Africa,Country Office,-1.2,36.8,,KEN;SOMA', issue: { column: 'covered_countries_iso3', value: 'SOMA', kind: 'unknown-country' } },
    { name: 'unknown region', row: 'A,x,c,KEN,Afrika West,Country Office,-1.2,36.8,,KEN', issue: { column: 'region', value: 'Afrika West', kind: 'unknown-word' } },
    { name: 'unknown tier', row: 'A,x,c,KEN,Africa,Liaison desk,-1.2,36.8,,KEN', issue: { column: 'tier', value: 'Liaison desk', kind: 'unknown-word' } },
    { name: 'empty name', row: 'A, ,c,KEN,Africa,Country Office,-1.2,36.8,,KEN', issue: { column: 'name', value: ' ', kind: 'empty-value' } },
    { name: 'empty id', row: ',x,c,KEN,Africa,Country Office,-1.2,36.8,,KEN', issue: { column: 'id', value: '', kind: 'empty-value' } },
    { name: 'reports-to pointing nowhere', row: 'A,x,c,KEN,Africa,Country Office,-1.2,36.8,AFR-ETX,KEN', issue: { column: 'reports_to', value: 'AFR-ETX', kind: 'unknown-office' } },
  ])('an error skips the row: $name', ({ row, issue }) => {
    const result = offices(ETH, row);
    expect(only(result.issues)).toEqual([{ line: 3, severity: 'error', ...issue }]);
    expect(result.records.map((r) => r.line)).toEqual([2]);
    expect(result.skippedLines).toEqual([3]);
    expect(result.issues[0]?.message.length).toBeGreaterThan(30);
  });

  it.each([
    { value: 'KEY', hint: 'KEN (Kenya)' },
    { value: 'KNE', hint: 'KEN (Kenya)' },
    { value: 'Kenja', hint: 'KEN (Kenya)' },
    { value: 'Viet-Nam', hint: 'VNM (Viet Nam)' },
    { value: 'XXXXXXXX', hint: null },
  ])('suggests the closest known code for "$value"', ({ value, hint }) => {
    const message = offices(`A,x,c,${value},Africa,Country Office,-1.2,36.8,,`).issues[0]?.message ?? '';
    if (hint) expect(message).toMatch(new RegExp(`Did you mean .*${hint.replace(/[()]/g, '\\$&')}`));
    else expect(message).not.toMatch(/Did you mean/);
  });

  it('gives the interface each issue as a catalogue key, with the suggestions as alternatives it can join in any language', () => {
    const issue = offices('A,x,c,KNE,Africa,Country Office,-1.2,36.8,,').issues[0];
    expect(issue?.text).toEqual({ key: 'import.issue.unknownCountryHint', values: { value: 'KNE' }, alternatives: { options: ['KEN (Kenya)', 'KNA (Saint Kitts and Nevis)', 'MNE (Montenegro)'] } });
    expect(issue?.message).toMatch(/Did you mean KEN \(Kenya\), KNA \(Saint Kitts and Nevis\) or MNE \(Montenegro\)\?$/);
    const plain = offices('A,x,c,XXXXXXXX,Africa,Country Office,-1.2,36.8,,').issues[0];
    expect(plain?.text).toEqual({ key: 'import.issue.unknownCountry', values: { value: 'XXXXXXXX' } });
  });

  it('suggests the closest office for a reports-to that points nowhere', () => {
    expect(offices(ETH, 'A,x,c,KEN,Africa,Country Office,-1.2,36.8,AFR-ETX,KEN').issues[0]?.message).toContain('Did you mean AFR-ETH (Hub Ethiopia)?');
  });

  it('accepts codes in any case and lists with ; , | or spaces', () => {
    const result = offices('A,x,c, ken ,Africa,Country Office,-1.2,36.8,,"ken, som|eri  DJI"');
    expect(result.records[0]?.value).toMatchObject({ hostCountry: 'KEN', coveredCountries: ['KEN', 'SOM', 'ERI', 'DJI'] });
  });

  it.each([
    { region: 'Africa', tier: 'Regional Hub', expected: { region: 'Africa', tier: 'regional-hub' }, warned: [] },
    { region: 'AFRICA', tier: 'regional-hub', expected: { region: 'Africa', tier: 'regional-hub' }, warned: [['AFRICA', 'region', 'Africa']] },
    { region: 'asia-and-the-pacific', tier: 'Regional office', expected: { region: 'Asia and the Pacific', tier: 'regional-office' }, warned: [['asia-and-the-pacific', 'region', 'Asia and the Pacific'], ['Regional office', 'tier', 'Regional Office']] },
    { region: 'LAC', tier: 'Sub-regional Office', expected: { region: 'Latin America and the Caribbean', tier: 'sub-regional-office' }, warned: [['LAC', 'region', 'Latin America and the Caribbean']] },
    { region: 'Europe and Central Asia', tier: 'country_office', expected: { region: 'Europe and Central Asia', tier: 'country-office' }, warned: [['country_office', 'tier', 'Country Office']] },
    { region: '+Africa', tier: 'Country Office', expected: { region: 'Africa', tier: 'country-office' }, warned: [['+Africa', 'region', 'Africa']] },
    { region: 'Arab States', tier: 'Country Office', expected: { region: 'Arab States', tier: 'country-office' }, warned: [] },
  ])('accepts region "$region" and tier "$tier", warning when the word is not written as listed', ({ region, tier, expected, warned }) => {
    const result = offices(`A,x,c,KEN,${region},${tier},-1.2,36.8,,KEN`);
    expect(result.issues.map((i) => [i.value, i.column, i.read])).toEqual(warned);
    expect(result.issues.every((i) => i.severity === 'warning' && i.kind === 'word-normalised')).toBe(true);
    if (warned[0]) expect(result.issues[0]?.message).toBe(`"${warned[0][0]}" was read as "${warned[0][2]}". Write "${warned[0][2]}" to remove this warning.`);
    expect(result.records[0]?.value).toMatchObject(expected);
  });

  it('reports a duplicate office id on the later row, naming the first line', () => {
    const result = offices(ETH, 'AFR-ETH,Again,x,KEN,Africa,Country Office,-1.2,36.8,,KEN');
    expect(only(result.issues)).toEqual([{ line: 3, column: 'id', value: 'AFR-ETH', severity: 'error', kind: 'duplicate-id' }]);
    expect(result.issues[0]?.message).toMatch(/already used on line 2/);
    expect(result.skippedLines).toEqual([3]);
  });

  it('reports a country covered by two offices as an error, and a repeat in one cell as a warning', () => {
    const result = offices(ETH, 'A,x,c,KEN,Africa,Country Office,-1.2,36.8,,KEN;DJI', 'B,y,c,SOM,Africa,Country Office,2,45,,SOM;SOM');
    expect(only(result.issues)).toEqual([
      { line: 3, column: 'covered_countries_iso3', value: 'KEN;DJI', severity: 'error', kind: 'covered-twice' },
      { line: 4, column: 'covered_countries_iso3', value: 'SOM', severity: 'warning', kind: 'covered-twice' },
    ]);
    expect(result.issues[0]?.message).toMatch(/DJI is already covered by office "AFR-ETH" \(line 2\)/);
    expect(result.records.map((r) => r.value.id)).toEqual(['AFR-ETH', 'B']);
    expect(result.records[1]?.value.coveredCountries).toEqual(['SOM']);
  });

  it('warns about 0, 0 but imports the row', () => {
    const result = offices('A,x,c,KEN,Africa,Country Office,0,0,,KEN');
    expect(only(result.issues)).toEqual([{ line: 2, column: 'lat', value: '0', severity: 'warning', kind: 'out-of-range' }]);
    expect(result.records).toHaveLength(1);
  });

  it('accepts a reports-to naming a later row or an office of the context', () => {
    const rows = ['A,x,c,KEN,Africa,Country Office,-1.2,36.8,B,KEN', 'B,y,c,SOM,Africa,Regional Office,2,45,OLD-1,SOM'];
    const text = [HEADER, ...rows].join('\n');
    expect(importText(text, 'offices', context(['OLD-1'])).result.issues).toEqual([]);
    const alone = importText(text, 'offices').result;
    expect(only(alone.issues)).toEqual([
      { line: 2, column: 'reports_to', value: 'B', severity: 'error', kind: 'unknown-office' },
      { line: 3, column: 'reports_to', value: 'OLD-1', severity: 'error', kind: 'unknown-office' },
    ]);
    expect(alone.issues[0]?.message).toMatch(/Office "B" \(line 3\) has errors and is skipped/);
  });

  it('skips, in a cascade, rows reporting to an office whose row is skipped', () => {
    const result = offices('A,x,c,KEN,Africa,Regional Hub,-1.2,,,KEN', 'B,y,c,SOM,Africa,Regional Office,2,45,A,SOM', 'C,z,c,ERI,Africa,Country Office,15,39,B,ERI', ETH);
    expect(result.skippedLines).toEqual([2, 3, 4]);
    expect(result.records.map((r) => r.value.id)).toEqual(['AFR-ETH']);
    expect(result.issues.find((i) => i.line === 4)?.message).toMatch(/Office "B" \(line 3\) has errors and is skipped/);
  });

  it('keeps text exactly as written: spaces, any script, RTL, emoji, combining marks, markup (an invisible mark with a warning)', () => {
    const names = ['  Café\u0301 office ', 'مكتب القاهرة', 'Nairobi 🌍 👩🏽‍💼', '\u200fעברית', '<img src=x onerror=alert(1)>'];
    const result = offices(...names.map((n, i) => `O${i},"${n}",c,KEN,Africa,Country Office,-1.2,36.8,,`));
    expect(result.issues.map((i) => [i.line, i.kind, i.value])).toEqual([[5, 'invisible-characters', '⟨U+200F⟩עברית']]);
    expect(result.records.map((r) => r.value.name)).toEqual(names);
  });

  it('keeps optional columns and leading zeros in ids', () => {
    const text = 'id,name,country_iso3,region,tier,lat,lon,confidence,source,reports_to_basis,inferred_coverage_iso3\n007,x,KEN,Africa,Country Office,-1.2,36.8,confirmed,"a, b",why,KEN\n';
    expect(importText(text, 'offices').result.records[0]?.value).toMatchObject({ id: '007', city: '', confidence: 'confirmed', source: 'a, b', reportsToBasis: 'why', inferredCoverage: ['KEN'], coveredCountries: [] });
  });

  it('blocks the import when a required column is missing, once, not per row', () => {
    const result = importText('id,name,country_iso3,region,tier,lat\nA,x,KEN,Africa,Country Office,1\n', 'offices').result;
    expect(result.blocked).toBe(true);
    expect(result.records).toEqual([]);
    expect(only(result.issues)).toEqual([{ line: 1, column: 'Longitude', value: '', severity: 'error', kind: 'missing-column' }]);    // The interface names the field in the reader's language: its label is a catalogue key.
    expect(result.issues[0]?.columnText).toEqual({ key: 'import.field.offices.lon' });
    expect(result.issues[0]?.text).toEqual({ key: 'import.issue.missingColumn', terms: { field: 'import.field.offices.lon' } });
    expect(result.issues[0]?.message).toMatch(/^No column is mapped to "Longitude", which is required\./);
  });

  it.each([
    { name: 'a duplicate header', text: `${HEADER},name\n${ETH},Other\n`, blocked: true, severity: 'error' },
    { name: 'a blank header over data', text: `${HEADER},\n${ETH},data\n`, blocked: true, severity: 'error' },
    { name: 'a blank header over an empty column', text: `${HEADER},\n${ETH},\n`, blocked: false, severity: 'warning' },
  ])('reports $name', ({ text, blocked, severity }) => {
    const result = importText(text, 'offices').result;
    expect(result.blocked).toBe(blocked);
    expect(result.issues.map((i) => [i.line, i.severity])).toEqual([[1, severity]]);
    expect(result.records).toHaveLength(blocked ? 0 : 1);
  });

  it('skips a row with the wrong number of cells or an undecodable character', () => {
    const text = [HEADER, ETH, 'A,x,c,KEN,Africa,Country Office,-1.2,36.8,,KEN,extra', 'B,"y\nz",c,SOM,Africa,Country Office,2,45,,SOM'].join('\n');
    const result = importText(text, 'offices', context([], { decodeIssues: [{ line: 5, ...worded('import.issue.undecodable', { count: 1, encoding: 'UTF-8' }) }] })).result;
    expect(result.skippedLines).toEqual([3, 4]);
    expect(only(result.issues).map((i) => [i.line, i.kind])).toEqual([[3, 'row-width'], [5, 'undecodable']]);
  });

  it('reads decimal commas when the values use them, or when told', () => {
    const text = 'id;name;country_iso3;region;tier;lat;lon\nA;x;KEN;Africa;Country Office;-1,29;36,82\nB;y;SOM;Africa;Country Office;2,046;45,318\n';
    const detected = importText(text, 'offices').result;
    expect(detected.decimal).toBe(',');
    expect(detected.records.map((r) => r.value.point)).toEqual([{ lat: -1.29, lon: 36.82 }, { lat: 2.046, lon: 45.318 }]);
    const told = importText(text, 'offices', context([], { decimal: '.' })).result;
    // With a decimal point, "2,046" is 2046 (a thousands group): out of range, not silently 2.046.
    expect(told.issues.map((i) => [i.value, i.kind])).toEqual([['-1,29', 'not-a-number'], ['36,82', 'not-a-number'], ['2,046', 'out-of-range'], ['45,318', 'out-of-range']]);
  });
});

describe('validateCoverage', () => {
  const coverage = (text: string, ids = ['AFR-KEN', 'AFR-ETH']) => importText(text, 'coverage', context(ids)).result;

  it('reads country → office pairs', () => {
    expect(coverage('ISO3,Office\nKEN,AFR-KEN\neth,AFR-ETH\n').records.map((r) => r.value)).toEqual([{ country: 'KEN', office: 'AFR-KEN' }, { country: 'ETH', office: 'AFR-ETH' }]);
  });

  it.each([
    { name: 'unknown country', text: 'iso3,office\nKNE,AFR-KEN\n', issue: { line: 2, column: 'iso3', value: 'KNE', severity: 'error', kind: 'unknown-country' }, skipped: [2] },
    { name: 'unknown office', text: 'iso3,office\nKEN,AFR-KNE\n', issue: { line: 2, column: 'office', value: 'AFR-KNE', severity: 'error', kind: 'unknown-office' }, skipped: [2] },
    { name: 'country covered by two offices', text: 'iso3,office\nKEN,AFR-KEN\nKEN,AFR-ETH\n', issue: { line: 3, column: 'iso3', value: 'KEN', severity: 'error', kind: 'covered-twice' }, skipped: [3] },
    { name: 'the same pair twice', text: 'iso3,office\nKEN,AFR-KEN\nKEN,AFR-KEN\n', issue: { line: 3, column: 'iso3', value: 'KEN', severity: 'warning', kind: 'covered-twice' }, skipped: [] },
    { name: 'empty office', text: 'iso3,office\nKEN,\nSOM,AFR-KEN\n', issue: { line: 2, column: 'office', value: '', severity: 'error', kind: 'empty-value' }, skipped: [2] },
  ])('$name', ({ text, issue, skipped }) => {
    const result = coverage(text);
    expect(only(result.issues)).toEqual([issue]);
    expect(result.skippedLines).toEqual(skipped);
  });

  it('suggests the closest office id', () => {
    expect(coverage('iso3,office\nKEN,AFR-KNE\n').issues[0]?.message).toContain('Did you mean AFR-KEN');
  });
});

describe('validateFigures', () => {
  const figures = (text: string) => importText(text, 'figures', context(['AFR-KEN', '007'])).result;

  it('reads figures, leaving unknown ones out (never 0)', () => {
    const result = figures('office,year,tc delivery,resources mobilized,staff,budget,representative vacant\nAFR-KEN,2025,"1,250,000.50",300000,12,,yes\n007,2024,,,,,\n');
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.value)).toStrictEqual([
      { office: 'AFR-KEN', year: 2025, tcDeliveryUsd: 1250000.5, resourcesMobilizedUsd: 300000, staff: 12, representativeVacant: true },
      { office: '007', year: 2024 },
    ]);
  });

  it.each([
    { name: 'a year that is not whole', row: 'AFR-KEN,2025.5,,', issue: { column: 'year', value: '2025.5', kind: 'out-of-range' } },
    { name: 'no year', row: 'AFR-KEN,,,', issue: { column: 'year', value: '', kind: 'empty-value' } },
    { name: 'fractional staff', row: 'AFR-KEN,2025,2.5,', issue: { column: 'staff', value: '2.5', kind: 'out-of-range' } },
    { name: 'negative budget', row: 'AFR-KEN,2025,,-5', issue: { column: 'budget', value: '-5', kind: 'out-of-range' } },
    { name: 'a budget with a currency', row: 'AFR-KEN,2025,,$5', issue: { column: 'budget', value: '$5', kind: 'not-a-number' } },
    { name: 'unknown office', row: '7,2025,,', issue: { column: 'office', value: '7', kind: 'unknown-office' } },
  ])('an error skips the row: $name', ({ row, issue }) => {
    const result = figures(`office,year,staff,budget\n${row}\n`);
    expect(only(result.issues)).toEqual([{ line: 2, severity: 'error', ...issue }]);
    expect(result.records).toEqual([]);
  });

  it('reports a second row for the same office and year', () => {
    const result = figures('office,year,staff\nAFR-KEN,2025,1\nAFR-KEN,2025,2\nAFR-KEN,2024,3\n');
    expect(only(result.issues)).toEqual([{ line: 3, column: 'year', value: '2025', severity: 'error', kind: 'duplicate-id' }]);
    expect(result.records.map((r) => r.value.staff)).toEqual([1, 3]);
  });

  it.each([['yes', true], ['No', false], ['TRUE', true], ['0', false], ['vacant', true], ['filled', false]])('reads vacancy "%s" as %s', (word, vacant) => {
    expect(figures(`office,year,vacant\nAFR-KEN,2025,${word}\n`).records[0]?.value.representativeVacant).toBe(vacant);
  });
});

describe('groupReport and reportToCsv', () => {
  const issues: ImportIssue[] = [
    { line: 7, column: 'lat', value: '0', severity: 'warning', kind: 'out-of-range', ...worded('import.issue.pointZero') },
    { line: 9, column: 'lat', value: 'x', severity: 'error', kind: 'not-a-number', ...worded('import.issue.notANumber', { value: 'x', mark: '.', plain: '1234.5', grouped: '1,234.5' }) },
    { line: 3, column: 'lon', value: 'y', severity: 'error', kind: 'not-a-number', ...worded('import.issue.notANumber', { value: 'y', mark: '.', plain: '1234.5', grouped: '1,234.5' }) },
    { line: 5, column: 'lat', value: '99', severity: 'error', kind: 'out-of-range', ...worded('import.issue.outOfRange', { value: '99', min: -90, max: 90 }) },
  ];

  it('groups by problem and severity, errors first, then by first line', () => {
    expect(groupReport(issues).map((g) => [g.severity, g.title, g.titleKey, g.issues.map((i) => i.line)])).toEqual([
      ['error', 'Not a number', 'import.issueKind.not-a-number', [3, 9]],
      ['error', 'Value out of range', 'import.issueKind.out-of-range', [5]],
      ['warning', 'Value out of range', 'import.issueKind.out-of-range', [7]],
    ]);
  });

  it('writes the report as spreadsheet-safe CSV with a BOM', () => {
    const csv = reportToCsv([{ line: 2, column: 'name', value: '=cmd|"/c calc"!A1', severity: 'error', kind: 'empty-value', message: 'Fix, then retry.', text: { key: 'import.issue.emptyRequired' } }]);
    // The report gained a "read" column (the value as the import read it): empty here.
    expect(csv).toBe('\ufeffline,column,value,read,severity,problem,message\r\n2,name,"\'=cmd|""/c calc""!A1",,error,Empty required cell,"Fix, then retry."\r\n');
  });

  it('writes the value as read next to the value as written, and invisible characters out in words', () => {
    const csv = reportToCsv([
      { line: 4, column: 'budget_usd', value: '250.000', read: '250', severity: 'warning', kind: 'ambiguous-number', message: 'Reads two ways.', text: { key: 'import.issue.emptyRequired' } },
      { line: 5, column: 'country_iso3', value: 'Ken\u202Eya', severity: 'error', kind: 'unknown-country', message: 'Unknown country "Ken\u202Eya".', text: { key: 'import.issue.emptyRequired' } },
    ]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '4,budget_usd,250.000,250,warning,Number that reads two ways,Reads two ways.',
      '5,country_iso3,Ken⟨U+202E⟩ya,,error,Unknown country code,"Unknown country ""Ken⟨U+202E⟩ya""."',
    ]);
    expect(csv).not.toContain('\u202E');
  });
});
