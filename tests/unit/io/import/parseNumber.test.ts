import { describe, expect, it } from 'vitest';
import { countDecimalEvidence, decimalEvidence, detectDecimalMarkIn, parseNumber } from '../../../../src/lib/io/import/parseNumber';

describe('parseNumber', () => {
  it.each([
    { raw: '9.03', decimal: '.', value: 9.03 },
    { raw: '-17.45', decimal: '.', value: -17.45 },
    { raw: '+3', decimal: '.', value: 3 },
    { raw: '\u221299.13', decimal: '.', value: -99.13 },
    { raw: '1,234,567.25', decimal: '.', value: 1234567.25 },
    { raw: '1 234 567.25', decimal: '.', value: 1234567.25 },
    { raw: '1\u00a0234.5', decimal: '.', value: 1234.5 },
    { raw: "1'234.5", decimal: '.', value: 1234.5 },
    { raw: '.5', decimal: '.', value: 0.5 },
    { raw: '1e-3', decimal: '.', value: 0.001 },
    { raw: '2.5E+2', decimal: '.', value: 250 },
    { raw: '  42 ', decimal: '.', value: 42 },
    { raw: '08123', decimal: '.', value: 8123 },
    { raw: '9,03', decimal: ',', value: 9.03 },
    { raw: '-1,29', decimal: ',', value: -1.29 },
    { raw: '1.234.567,25', decimal: ',', value: 1234567.25 },
    { raw: '1 234,5', decimal: ',', value: 1234.5 },
    { raw: '1\u202f234,5', decimal: ',', value: 1234.5 },
    { raw: ',5', decimal: ',', value: 0.5 },
    { raw: '1,5e3', decimal: ',', value: 1500 },
    { raw: '1,234', decimal: '.', value: 1234 },
    { raw: '1,234', decimal: ',', value: 1.234 },
  ] as const)('reads $raw with decimal "$decimal" as $value', ({ raw, decimal, value }) => {
    expect(parseNumber(raw, decimal)).toEqual({ ok: true, value });
  });

  it.each([
    { raw: '12%', decimal: '.' },
    { raw: '$5', decimal: '.' },
    { raw: '1.2.3', decimal: '.' },
    { raw: '1,2', decimal: '.' },
    { raw: '9.03', decimal: ',' },
    { raw: '1,23,456', decimal: '.' },
    { raw: '1,234 567', decimal: '.' },
    { raw: 'n/a', decimal: '.' },
    { raw: '5.', decimal: '.' },
    { raw: '--5', decimal: '.' },
    { raw: '0x1F', decimal: '.' },
    { raw: 'Infinity', decimal: '.' },
    { raw: '1e999', decimal: '.' },
    { raw: '', decimal: '.' },
  ] as const)('rejects "$raw" with decimal "$decimal", quoting the value', ({ raw, decimal }) => {
    const result = parseNumber(raw, decimal);
    expect(result.ok).toBe(false);
    if (!result.ok && raw !== '') expect(result.message).toContain(`"${raw}"`);
  });

  it('says how to write a number with the decimal mark in force', () => {
    expect(parseNumber('abc', ',')).toEqual({
      ok: false,
      message: expect.stringMatching(/"," as the decimal mark, e\.g\. 1234,5/),
      text: { key: 'import.issue.notANumber', values: { value: 'abc', mark: ',', plain: '1234,5', grouped: '1.234,5' } },
    });
  });
});

describe('decimalEvidence', () => {
  it.each([
    { raw: '9.03', mark: '.' },
    { raw: '9,03', mark: ',' },
    { raw: '-1,2921', mark: ',' },
    { raw: '1.234,5', mark: ',' },
    { raw: '1,234.5', mark: '.' },
    { raw: '1.234.567', mark: ',' },
    { raw: '1,234,567', mark: '.' },
    { raw: '0.500', mark: '.' },
    { raw: '0,500', mark: ',' },
    { raw: '1,234', mark: null },
    { raw: '250.000', mark: null },
    { raw: '-1.234', mark: null },
    { raw: '12', mark: null },
    { raw: '', mark: null },
  ])('$raw shows the decimal mark $mark', ({ raw, mark }) => {
    expect(decimalEvidence(raw)).toBe(mark);
  });
});

describe('detectDecimalMarkIn (what validation calls)', () => {
  const rows = (...values: string[]) => values.map((v) => ({ cells: ['id', v] }));
  it.each([
    { values: ['9.03', '38.74'], decimal: '.' },
    { values: ['9,03', '38,74', '-1,2921'], decimal: ',' },
    { values: ['1.234,5'], decimal: ',' },
    { values: ['1,234.5'], decimal: '.' },
    { values: ['1.234.567'], decimal: ',' },
    { values: ['1,234', '5,678'], decimal: '.' },
    { values: ['1,234', '9,5'], decimal: ',' },
    { values: ['', '12', 'n/a'], decimal: '.' },
    { values: ['1,5', '2.5'], decimal: '.' },
    { values: ['9,5', '2.5'], decimal: '.' },
    { values: ['9,5', '2.5', '1,25'], decimal: ',' },
    { values: [], decimal: '.' },
  ])('$values → "$decimal"', ({ values, decimal }) => {
    expect(detectDecimalMarkIn(rows(...values), [1])).toBe(decimal);
  });

  it('a tie, in any order, is a decimal point: a tie is no evidence for a comma', () => {
    expect(detectDecimalMarkIn([{ cells: ['9,5'] }, { cells: ['2.5'] }], [0])).toBe('.');
    expect(detectDecimalMarkIn([{ cells: ['2.5'] }, { cells: ['9,5'] }], [0])).toBe('.');
    expect(detectDecimalMarkIn([{ cells: ['9,5', '2.5'] }], [0, 1])).toBe('.');
  });

  it('reads only the columns it is given, across rows', () => {
    const table = [{ cells: ['1,5', '2.5'] }, { cells: ['3,5', '4.5'] }, { cells: ['x', '5.5'] }];
    expect(detectDecimalMarkIn(table, [0])).toBe(',');
    expect(detectDecimalMarkIn(table, [1])).toBe('.');
    expect(detectDecimalMarkIn(table, [0, 1])).toBe('.');
  });

  it('stops early only when the rest cannot change the answer', () => {
    // Two commas then three points: a count stopped after the commas would say ",".
    const table = rows('1,5', '2,5', '1.5', '2.5', '3.5');
    expect(detectDecimalMarkIn(table, [1])).toBe('.');
    expect(countDecimalEvidence(table, [1])).toEqual({ dot: 3, comma: 2 });
  });
});
