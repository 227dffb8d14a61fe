// The cell readers of the embedded data set: numbers only in plain decimal form, and text without
// invisible characters or runaway length, each problem reported at its file, line and column.
import { describe, expect, it } from 'vitest';
import { RecordReader, findMissingColumns } from '../../../src/lib/io/cellReaders';
import type { DataIssue } from '../../../src/lib/model/dataIssue';

const readerOf = (values: Record<string, string>) => {
  const issues: DataIssue[] = [];
  return { reader: new RecordReader('offices.csv', { line: 7, values } as never, issues), issues };
};

describe('RecordReader.number', () => {
  it.each([
    { raw: '9.03', value: 9.03 },
    { raw: '-17.45', value: -17.45 },
    { raw: ' 12 ', value: 12 },
    { raw: '.5', value: 0.5 },
    { raw: '1e-3', value: 0.001 },
  ])('reads "$raw" as $value', ({ raw, value }) => {
    const { reader, issues } = readerOf({ lat: raw });
    expect(reader.number('lat', -90, 90)).toBe(value);
    expect(issues).toEqual([]);
  });

  it.each(['0x1A', 'Infinity', '1,5', '1 000', '12%', '1.2.3', '--1', '0b11'])('refuses "%s", which Number() would read or misread', (raw) => {
    const { reader, issues } = readerOf({ lat: raw });
    expect(reader.number('lat', -1000, 1000)).toBeNaN();
    expect(issues).toEqual([{ file: 'offices.csv', line: 7, column: 'lat', message: `"${raw}" is not a number. Write it with a decimal point, e.g. 9.03.` }]);
  });

  it('reports a value out of range', () => {
    const { reader, issues } = readerOf({ lat: '91' });
    expect(reader.number('lat', -90, 90)).toBe(91);
    expect(issues[0]?.message).toBe('91 is out of range. It must be between -90 and 90.');
  });
});

describe('RecordReader.text', () => {
  it('reports invisible characters, shown visibly', () => {
    const { reader, issues } = readerOf({ name: 'office\u202Ecod.exe' });
    reader.text('name');
    expect(issues).toEqual([{ file: 'offices.csv', line: 7, column: 'name', message: '"office⟨U+202E⟩cod.exe" holds invisible characters (U+202E) that can reorder or hide text. Remove them.' }]);
  });

  it('reports a name over 200 characters', () => {
    const { reader, issues } = readerOf({ name: 'x'.repeat(201) });
    reader.text('name');
    expect(issues.map((i) => i.message)).toEqual(['The cell holds 201 characters; at most 200 are allowed. Shorten it.']);
  });

  it('reports an empty required cell and accepts an empty optional one', () => {
    const { reader, issues } = readerOf({ name: '  ' });
    expect(reader.text('name')).toBe('');
    expect(reader.text('city', false)).toBe('');
    expect(issues.map((i) => i.message)).toEqual(['The cell is empty. Fill in the name.']);
  });
});

describe('RecordReader codes and words', () => {
  it('reads one of a set of words ignoring case, and names the choices otherwise', () => {
    const { reader, issues } = readerOf({ tier: 'HUB', region: 'Mars' });
    expect(reader.oneOf('tier', { hub: 'regional-hub' })).toBe('regional-hub');
    expect(reader.oneOf('region', { africa: 'Africa' })).toBeNull();
    expect(issues.map((i) => i.message)).toEqual(['"Mars" is not a valid region. Use one of: "africa".']);
  });

  it('checks codes and code lists against the pattern', () => {
    const { reader, issues } = readerOf({ iso3: 'KE', list: 'KEN; so;XX1' });
    expect(reader.code('iso3', /^[A-Z]{3}$/, 'KEN')).toBe('KE');
    expect(reader.codeList('list', /^[A-Z]{3}$/, 'KEN;SOM')).toEqual(['KEN']);
    expect(issues.map((i) => i.message)).toEqual([
      '"KE" is not a valid code. Write it like KEN.',
      '"SO" is not a valid code. Separate codes with semicolons, e.g. KEN;SOM.',
      '"XX1" is not a valid code. Separate codes with semicolons, e.g. KEN;SOM.',
    ]);
  });

  it('reads yes/no flags', () => {
    const { reader } = readerOf({ ldc: 'yes', sids: 'No' });
    expect([reader.flag('ldc'), reader.flag('sids')]).toEqual([true, false]);
  });
});

describe('findMissingColumns', () => {
  it('names each expected column the header lacks, on line 1', () => {
    const missing = findMissingColumns({ header: ['id'], records: [] } as never, ['id', 'name'], 'offices.csv');
    expect(missing).toEqual([{ file: 'offices.csv', line: 1, column: 'name', message: 'The header has no "name" column. Expected columns: id, name.' }]);
  });
});
