import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../src/lib/io/import/detectDelimiter';
import { decodeBytes } from '../../../../src/lib/io/import/decodeText';
import { fixture } from './importHelpers';

describe('detectDelimiter', () => {
  it.each([
    { name: 'comma', text: 'id,name\nA,"x; y"\nB,z\n', delimiter: ',' },
    { name: 'semicolon with decimal commas', text: 'id;lat;lon\nA;9,03;38,74\nB;-1,29;36,82\n', delimiter: ';' },
    { name: 'tab', text: 'id\tname\nA\tAddis, Ababa\n', delimiter: '\t' },
    { name: 'pipe', text: 'id|name|city\nA|x|y\n', delimiter: '|' },
    { name: 'comma despite quoted semicolons and line breaks', text: 'a,b\n"1;2;3","x\ny;z"\n4,5\n', delimiter: ',' },
    { name: 'one column', text: 'id\nA\nB\n', delimiter: ',' },
    { name: 'empty text', text: '', delimiter: ',' },
    { name: 'a BOM', text: '\ufeffa;b\n1;2\n', delimiter: ';' },
  ])('detects $name', ({ text, delimiter }) => {
    expect(detectDelimiter(text)).toEqual({ delimiter, fromSepLine: false, skipFirstLine: false });
  });

  it.each([
    { text: 'sep=;\r\na,b;c\n', delimiter: ';' },
    { text: 'SEP=,\na;b\n', delimiter: ',' },
    { text: '"sep=\t"\na\tb\n', delimiter: '\t' },
    { text: 'sep=|', delimiter: '|' },
  ])('honours an Excel sep= line: $text', ({ text, delimiter }) => {
    expect(detectDelimiter(text)).toEqual({ delimiter, fromSepLine: true, skipFirstLine: true });
  });

  it('skips a sep= line naming another character, and guesses from the rest', () => {
    expect(detectDelimiter('sep=#\na;b\n1;2\n')).toEqual({ delimiter: ';', fromSepLine: false, skipFirstLine: true });
  });

  it.each([
    { file: 'encoding-utf8.csv', delimiter: ',' },
    { file: 'semicolon-decimal-comma.csv', delimiter: ';' },
    { file: 'tab.tsv', delimiter: '\t' },
    { file: 'pipe.csv', delimiter: '|' },
    { file: 'quoted-multiline.csv', delimiter: ',' },
    { file: 'coverage-leading-zeros.csv', delimiter: ';' },
  ])('detects $delimiter in $file', ({ file, delimiter }) => {
    expect(detectDelimiter(decodeBytes(fixture(file)).text).delimiter).toBe(delimiter);
  });
});
