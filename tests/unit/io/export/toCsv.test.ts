import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralised, toCsv } from '../../../../src/lib/io/export/toCsv';

describe('toCsv', () => {
  it.each([
    { name: 'plain text', cell: 'Nairobi', out: 'Nairobi' },
    { name: 'a comma', cell: 'Addis, Ababa', out: '"Addis, Ababa"' },
    { name: 'quotes', cell: 'say "hi"', out: '"say ""hi"""' },
    { name: 'a line feed', cell: 'a\nb', out: '"a\nb"' },
    { name: 'a carriage return', cell: 'a\rb', out: '"a\rb"' },
    { name: 'an empty string', cell: '', out: '' },
    { name: 'null', cell: null, out: '' },
    { name: 'a negative number', cell: -17.45, out: '-17.45' },
    { name: 'zero', cell: 0, out: '0' },
    { name: 'a huge number', cell: 1e21, out: '1e+21' },
    { name: 'NaN', cell: Number.NaN, out: '' },
    { name: 'a leading-zero code', cell: '08123', out: '08123' },
    { name: 'markup', cell: '<img src=x onerror=alert(1)>', out: '<img src=x onerror=alert(1)>' },
    { name: 'Arabic and emoji', cell: 'مكتب 🌍', out: 'مكتب 🌍' },
  ])('writes $name', ({ cell, out }) => {
    expect(toCsv([{ a: cell }], ['a'], { bom: false })).toBe(`a\r\n${out}\r\n`);
  });

  it.each([
    { cell: '=1+1', out: "'=1+1" },
    { cell: '+41 22', out: "'+41 22" },
    { cell: '-x', out: "'-x" },
    { cell: '-12', out: "'-12" },
    { cell: '@SUM(A1)', out: "'@SUM(A1)" },
    { cell: '\tx', out: "'\tx" },
    { cell: '\rx', out: "\"'\rx\"" },
    { cell: 'ok\n=cmd|"/c calc"!A1', out: "\"ok\n'=cmd|\"\"/c calc\"\"!A1\"" },
    { cell: '=A1\r\n-B2\r+C3\n@D4', out: "\"'=A1\r\n'-B2\r'+C3\n'@D4\"" },
    { cell: 'a-b=c', out: 'a-b=c' },
  ])('neutralises formula text $cell', ({ cell, out }) => {
    expect(toCsv([{ a: cell }], ['a'], { bom: false })).toBe(`a\r\n${out}\r\n`);
  });

  it('writes a BOM on request, CRLF after every row, and empty cells for missing keys', () => {
    expect(toCsv([{ a: 1 }, { b: 'x' }], ['a', 'b'], { bom: true })).toBe('\ufeffa,b\r\n1,\r\n,x\r\n');
  });

  it('quotes by the delimiter in force', () => {
    expect(toCsv([{ a: 'x;y', b: '1,5' }], ['a', 'b'], { bom: false, delimiter: ';' })).toBe('a;b\r\n"x;y";1,5\r\n');
    expect(toCsv([{ a: 'x\ty' }], ['a'], { bom: false, delimiter: '\t' })).toBe('a\r\n"x\ty"\r\n');
  });

  it('reads only own keys, so a __proto__ column is a column', () => {
    const row: Record<string, string> = Object.create(null);
    row['__proto__'] = 'x';
    expect(toCsv([row, {}], ['__proto__', 'toString'], { bom: false })).toBe('__proto__,toString\r\nx,\r\n,\r\n');
  });
});

describe('neutraliseFormula / restoreNeutralised', () => {
  it.each(['=1', '+1', '-1', '@a', '\t', '\r', 'a\n=b', '=a\r\n\r\n-b', '\r\n=x', 'plain', '', "it's", "a\n'b", 'a\r\rb'])('round-trips %j', (text) => {
    expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
  });

  it('also removes a hand-written apostrophe before a formula character (documented)', () => {
    expect(restoreNeutralised("'=x")).toBe('=x');
    expect(restoreNeutralised("'x")).toBe("'x");
  });
});
