import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/lib/io/readCsvRecords';

describe('readCsvRecords', () => {
  it.each([
    { name: 'LF', text: 'id,name\nA,x\nB,y\n', lines: [2, 3] },
    { name: 'CRLF', text: 'id,name\r\nA,x\r\nB,y\r\n', lines: [2, 3] },
    { name: 'CR', text: 'id,name\rA,x\rB,y', lines: [2, 3] },
    { name: 'blank lines', text: 'id,name\n\nA,x\n\n\nB,y\n', lines: [3, 6] },
    { name: 'a line break inside quotes', text: 'id,name\nA,"two\nlines"\nB,y\n', lines: [2, 4] },
    { name: 'a UTF-8 BOM', text: '\ufeffid,name\nA,x\nB,y', lines: [2, 3] },
  ])('gives each record its starting line with $name', ({ text, lines }) => {
    const result = readCsvRecords(text, 't.csv');
    expect(result.header).toEqual(['id', 'name']);
    expect(result.records.map((r) => r.line)).toEqual(lines);
    expect(result.issues).toEqual([]);
  });

  it('keeps quoted commas, doubled quotes and empty strings', () => {
    const { records } = readCsvRecords('a,b,c\n"Addis, Ababa","say ""hi""",\n', 't.csv');
    expect(records[0]?.values).toEqual({ a: 'Addis, Ababa', b: 'say "hi"', c: '' });
  });

  it('reports a row with the wrong number of cells, with its line', () => {
    const { issues } = readCsvRecords('a,b\n1,2\n3,4,5\n', 'data.csv');
    expect(issues).toEqual([{ file: 'data.csv', line: 3, message: expect.stringMatching(/3 cells, but the header has 2/) }]);
  });

  it('reports an empty file', () => {
    expect(readCsvRecords('', 'e.csv').issues[0]?.message).toMatch(/empty/);
  });

  it('does not let a "__proto__" column reach the prototype', () => {
    const { records } = readCsvRecords('__proto__,b\nx,y\n', 't.csv');
    expect(records[0]?.values['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
