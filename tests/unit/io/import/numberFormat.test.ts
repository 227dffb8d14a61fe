// Numbers read as the file means them: locale formats, the convention decided per column, and
// a warning (with the value as read and the other reading) for every figure that could be 1,000 times off.
import { describe, expect, it } from 'vitest';
import { ambiguityOf, chosenNumberFormat, columnFormats, columnNumberFormat, numberAsRead } from '../../../../src/lib/io/import/numberFormat';
import { parseNumber } from '../../../../src/lib/io/import/parseNumber';
import type { ImportIssue } from '../../../../src/lib/io/import/validateImport';
import { context, importText } from './importHelpers';

describe('locale formats, each read exactly or refused (never silently misread)', () => {
  it.each([
    { locale: 'de', raw: '1.234.567,89', decimal: ',', value: 1234567.89 },
    { locale: 'de', raw: '250.000', decimal: ',', value: 250000 },
    { locale: 'es', raw: '-1.234,5', decimal: ',', value: -1234.5 },
    { locale: 'fr (no-break space)', raw: '1\u00a0234\u00a0567,89', decimal: ',', value: 1234567.89 },
    { locale: 'fr (narrow no-break space)', raw: '1\u202f234,5', decimal: ',', value: 1234.5 },
    { locale: 'ru (space)', raw: '12 345,75', decimal: ',', value: 12345.75 },
    { locale: 'en', raw: '1,715,320.50', decimal: '.', value: 1715320.5 },
    { locale: 'zh', raw: '1,234.5', decimal: '.', value: 1234.5 },
    { locale: 'ch (apostrophe)', raw: "1'234'567.89", decimal: '.', value: 1234567.89 },
    { locale: 'ch (right single quote)', raw: '1\u2019234.5', decimal: '.', value: 1234.5 },
    { locale: 'minus sign U+2212', raw: '\u22121.234,5', decimal: ',', value: -1234.5 },
    { locale: 'minus sign U+2212', raw: '\u221212.5', decimal: '.', value: -12.5 },
  ] as const)('$locale: "$raw" with "$decimal" is $value', ({ raw, decimal, value }) => {
    expect(parseNumber(raw, decimal)).toEqual({ ok: true, value });
  });

  it.each([
    { what: 'Indian lakh grouping', raw: '1,00,000', decimal: '.' },
    { what: 'a percentage', raw: '12%', decimal: '.' },
    { what: 'a percentage with a space', raw: '12,5 %', decimal: ',' },
    { what: 'a dollar sign', raw: '$1,234', decimal: '.' },
    { what: 'a euro sign', raw: '1.234 €', decimal: ',' },
    { what: 'a currency code', raw: "CHF 1'234", decimal: '.' },
    { what: 'a rupee sign', raw: '₹1,00,000', decimal: '.' },
    { what: 'Arabic-Indic digits', raw: '١٢٣', decimal: '.' },
    { what: 'two kinds of group separator', raw: "1'234.567,5", decimal: ',' },
  ] as const)('$what ("$raw") is an error that quotes the value and says how to write it', ({ raw, decimal }) => {
    const result = parseNumber(raw, decimal);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(`"${raw}" is not a number. Write digits with "${decimal}" as the decimal mark`) });
  });

  it('limits the group separator to the one the user chose', () => {
    expect(parseNumber('1.234,5', ',', '.')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1 234,5', ',', ' ')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1\u202f234,5', ',', ' ')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("1'234.5", '.', "'")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('1.234,5', ',', ' ').ok).toBe(false);
    expect(parseNumber('1,234', '.', '').ok).toBe(false);
    expect(parseNumber('1234.5', '.', '')).toEqual({ ok: true, value: 1234.5 });
  });
});

describe('columnNumberFormat', () => {
  const rows = (...values: string[]) => values.map((v) => ({ cells: [v] }));
  it.each([
    { values: ['1.715.320', '250.000'], fileMark: '.', expected: { decimalMark: ',', source: 'column', example: '1.715.320', groupMarks: ['.'] } },
    { values: ['1,715,320.50', '1.234'], fileMark: ',', expected: { decimalMark: '.', source: 'column', example: '1,715,320.50', groupMarks: [','], longFractionMarks: [] } },
    { values: ['38.7456', '9.030'], fileMark: ',', expected: { decimalMark: '.', source: 'column', longFractionMarks: ['.'] } },
    { values: ['250.000', '120.500'], fileMark: ',', expected: { decimalMark: ',', source: 'file', groupMarks: [], longFractionMarks: [] } },
    { values: ['9,5', '2.5'], fileMark: '.', expected: { decimalMark: '.', source: 'file' } },
    { values: ['9,5', '2.5'], fileMark: ',', expected: { decimalMark: ',', source: 'file' } },
    { values: ['9,5', '2.5', '1,25'], fileMark: '.', expected: { decimalMark: ',', source: 'column', example: '9,5' } },
  ] as const)('$values (file: "$fileMark") → $expected', ({ values, fileMark, expected }) => {
    expect(columnNumberFormat(rows(...values), 0, fileMark)).toMatchObject(expected);
  });

  it('takes the user\'s choice over any evidence', () => {
    expect(columnNumberFormat(rows('1.715.320'), 0, '.', { decimalMark: '.', thousandsSeparator: ',' })).toEqual({ decimalMark: '.', thousandsSeparator: ',', source: 'chosen', groupMarks: [], longFractionMarks: [] });
    expect(chosenNumberFormat({ decimal: ',' })).toEqual({ decimalMark: ',' });
    expect(chosenNumberFormat({ decimal: ',', numberFormat: { decimalMark: '.', thousandsSeparator: ' ' } })).toEqual({ decimalMark: '.', thousandsSeparator: ' ' });
    expect(chosenNumberFormat({})).toBeUndefined();
  });
});

describe('ambiguityOf', () => {
  const guessed = { decimalMark: '.', source: 'file', groupMarks: [], longFractionMarks: [] } as const;
  it.each([
    { raw: '250.000', format: guessed, expected: { mark: '.', readAs: 'decimal', asRead: 250, otherReading: 250000 } },
    { raw: ' -1,234 ', format: guessed, expected: { mark: ',', readAs: 'thousands', asRead: -1234, otherReading: -1.234 } },
    { raw: '\u2212999.999', format: guessed, expected: { mark: '.', readAs: 'decimal', asRead: -999.999, otherReading: -999999 } },
    { raw: '250.000', format: { ...guessed, decimalMark: ',', groupMarks: ['.'] }, expected: null },
    { raw: '9.030', format: { ...guessed, longFractionMarks: ['.'] }, expected: null },
    { raw: '1.234', format: { ...guessed, groupMarks: ['.'] }, expected: { mark: '.', readAs: 'decimal', asRead: 1.234, otherReading: 1234 } },
    { raw: '250.000', format: { ...guessed, source: 'chosen' }, expected: null },
    { raw: '1.234e3', format: guessed, expected: { mark: '.', readAs: 'decimal', asRead: 1234, otherReading: 1234000 } },
    { raw: '0.500', format: guessed, expected: null },
    { raw: '1234.567', format: guessed, expected: null },
    { raw: '1.2345', format: guessed, expected: null },
    { raw: '1,234,567', format: guessed, expected: null },
  ] as const)('"$raw" → $expected', ({ raw, format, expected }) => {
    expect(ambiguityOf(raw, format)).toEqual(expected);
  });
});

const FIGURES = 'office_id;year;tc_delivery_usd;budget_usd';
const figures = (rows: string[], extra = {}) => importText([FIGURES, ...rows].join('\n') + '\n', 'figures', context(['AFR-KEN'], extra)).result;
const said = (issues: readonly ImportIssue[]) => issues.map(({ line, column, value, read, severity, kind }) => ({ line, column, value, read, severity, kind }));

describe('figures files: the convention per column, and a warning for each figure that reads two ways', () => {
  it('reads a German file whose columns show "." as thousands: 250.000 is 250000, without a warning', () => {
    const result = figures(['AFR-KEN;2024;1.715.320,50;250.000', 'AFR-KEN;2025;250.000;1.200.000']);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.value.tcDeliveryUsd, r.value.budgetUsd])).toEqual([[1715320.5, 250000], [250000, 1200000]]);
  });

  it('warns when only another column tells: 250.000 read as 250000, and how to get 250', () => {
    const result = figures(['AFR-KEN;2024;250.000;12,5']);
    expect(said(result.issues)).toEqual([{ line: 2, column: 'tc_delivery_usd', value: '250.000', read: '250000', severity: 'warning', kind: 'ambiguous-number' }]);
    expect(result.issues[0]?.message).toBe('"250.000" was read as 250000, with "." separating thousands. If "." is the decimal mark here, the value is 250: choose "." as the decimal mark and check the rows again.');
    expect(result.records[0]?.value.tcDeliveryUsd).toBe(250000);
  });

  it('warns when nothing tells: 250.000 read as 250, and how to get 250000', () => {
    const result = figures(['AFR-KEN;2024;250.000;']);
    expect(said(result.issues)).toEqual([{ line: 2, column: 'tc_delivery_usd', value: '250.000', read: '250', severity: 'warning', kind: 'ambiguous-number' }]);
    expect(result.issues[0]?.message).toBe('"250.000" was read as 250, with "." as the decimal mark. If "." separates thousands here, the value is 250000: choose "." as the thousands separator and check the rows again.');
    expect(result.issues[0]?.text).toEqual({ key: 'import.issue.ambiguousDecimal', values: { value: '250.000', read: '250', other: '250000', mark: '.' } });
  });

  it('decides each column by its own values in a file that mixes conventions', () => {
    const result = figures(['AFR-KEN;2024;1,715,320.50;1.234', 'AFR-KEN;2025;2,000.25;2.500,75']);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.value.tcDeliveryUsd, r.value.budgetUsd])).toEqual([[1715320.5, 1234], [2000.25, 2500.75]]);
  });

  it('warns about 1.234 in a column of 1,715,320.50: three decimals there are unlike the rest', () => {
    const result = figures(['AFR-KEN;2024;1,715,320.50;', 'AFR-KEN;2025;1.234;']);
    expect(said(result.issues)).toEqual([{ line: 3, column: 'tc_delivery_usd', value: '1.234', read: '1.234', severity: 'warning', kind: 'ambiguous-number' }]);
    expect(result.records[1]?.value.tcDeliveryUsd).toBe(1.234);
  });

  it('warns about 1,234 in a column whose only evidence is a decimal point', () => {
    const result = figures(['AFR-KEN;2024;9.5;', 'AFR-KEN;2025;1,234;']);
    expect(said(result.issues)).toEqual([{ line: 3, column: 'tc_delivery_usd', value: '1,234', read: '1234', severity: 'warning', kind: 'ambiguous-number' }]);
  });

  it.each([
    { choice: { decimalMark: ',', thousandsSeparator: '.' }, value: 250000 },
    { choice: { decimalMark: '.', thousandsSeparator: ',' }, value: 250 },
    { choice: { decimalMark: '.' }, value: 250 },
  ] as const)('reads as the user chose, without a warning: $choice → $value', ({ choice, value }) => {
    const result = figures(['AFR-KEN;2024;250.000;'], { numberFormat: choice });
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.value.tcDeliveryUsd).toBe(value);
  });

  it('refuses a value written with another separator than the one chosen', () => {
    const result = figures(['AFR-KEN;2024;1.234,5;'], { numberFormat: { decimalMark: ',', thousandsSeparator: ' ' } });
    expect(said(result.issues)).toEqual([{ line: 2, column: 'tc_delivery_usd', value: '1.234,5', read: undefined, severity: 'error', kind: 'not-a-number' }]);
  });

  it('gives a whole-number field read with three decimals an error and the other reading as a warning', () => {
    const result = importText('office_id;year;staff\nAFR-KEN;2024;1.234\n', 'figures', context(['AFR-KEN'])).result;
    expect(said(result.issues)).toEqual([
      { line: 2, column: 'staff', value: '1.234', read: '1.234', severity: 'warning', kind: 'ambiguous-number' },
      { line: 2, column: 'staff', value: '1.234', read: '1.234', severity: 'error', kind: 'out-of-range' },
    ]);
  });

  it('says nothing about coordinates with three decimals: the other reading is off the globe', () => {
    const result = importText('id,name,country_iso3,region,tier,lat,lon\nA,x,KEN,Africa,Country Office,-1.292,36.821\n', 'offices').result;
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.value.point).toEqual({ lat: -1.292, lon: 36.821 });
  });
});

describe('columnFormats and numberAsRead (for the preview: the value as read next to the raw text)', () => {
  const rows = [{ cells: ['AFR-KEN', '1.715.320,50', '250.000', '2024'] }];

  it('decides each mapped column as validation does, the file\'s mark for a column whose values do not tell', () => {
    const formats = columnFormats(rows, { year: 3, tcDeliveryUsd: 1, budgetUsd: 2, staff: null });
    expect(Object.keys(formats)).toEqual(['year', 'tcDeliveryUsd', 'budgetUsd']);
    expect(formats.tcDeliveryUsd).toMatchObject({ decimalMark: ',', source: 'column', example: '1.715.320,50' });
    expect(formats.budgetUsd).toMatchObject({ decimalMark: ',', source: 'file' });
    expect(numberAsRead('250.000', formats.budgetUsd!)).toBe('250000');
    expect(numberAsRead('1.715.320,50', formats.tcDeliveryUsd!)).toBe('1715320.5');
    expect(numberAsRead('12%', formats.tcDeliveryUsd!)).toBeNull();
  });

  it('follows the user\'s choice', () => {
    const formats = columnFormats(rows, { budgetUsd: 2 }, { decimalMark: '.', thousandsSeparator: ',' });
    expect(numberAsRead('250.000', formats.budgetUsd!)).toBe('250');
  });
});
