// Encodings a spreadsheet really writes: damaged UTF-8 is reported by line and character, UTF-16
// without a BOM and MacRoman are recognised, and every guess is said as a warning.
import { describe, expect, it } from 'vitest';
import { ENCODING_LABELS, TEXT_ENCODINGS, decodeBytes } from '../../../../src/lib/io/import/decodeText';
import { plausibility, scanUtf8, utf16ByZeroBytes } from '../../../../src/lib/io/import/sniffEncoding';
import { context, importBytes } from './importHelpers';

/** Bytes from a mix of text (encoded as UTF-8) and raw byte values. */
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
/** ASCII text as UTF-16 code units, without a BOM. */
const utf16 = (text: string, order: 'le' | 'be') => Uint8Array.from([...text].flatMap((c) => { const u = c.charCodeAt(0); return order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]; }));

describe('damaged UTF-8', () => {
  // "A,Café,Zürich" holds two good sequences, "B,Köln" one: the bad 0xE9 on line 3 is damage, not another encoding.
  const file = bytes('id,name,city\nA,Café,Zürich\nB,Caf', [0xe9], ',Köln\n');

  it('stays UTF-8 and reports the bad byte by line and character', () => {
    const decoded = decodeBytes(file);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('id,name,city\nA,Café,Zürich\nB,Caf\ufffd,Köln\n');
    expect(decoded.issues).toEqual([{ line: 3, message: '1 byte on this line is not valid UTF-8 (the first, 0xE9, at character 6); shown as "\ufffd". Correct the text, or choose the encoding the file was saved in.', text: { key: 'import.issue.invalidUtf8', values: { count: 1, byte: '0xE9', column: 6 } } }]);
  });

  it('skips that row in the import, as an error, and keeps the others', () => {
    const { result } = importBytes(bytes('id,name,country_iso3,region,tier,lat,lon\nA,Café Zürich,KEN,Africa,Country Office,1,2\nB,Caf', [0xe9], ',SOM,Africa,Country Office,3,4\n'), 'offices');
    expect(result.issues.map((i) => [i.line, i.severity, i.kind])).toEqual([[3, 'error', 'undecodable']]);
    expect(result.records.map((r) => r.value.name)).toEqual(['Café Zürich']);
  });

  it.each([
    { what: 'one good sequence, one bad byte', file: bytes('A,Café\nB,Caf', [0xe9], '\n'), encoding: 'utf-8' },
    { what: 'one good sequence, two bad bytes', file: bytes('A,Café\nB,Caf', [0xe9], ' S', [0xe9], 'n\n'), encoding: 'windows-1252' },
    { what: 'no good sequence, one bad byte', file: bytes('A,Cafe\nB,Caf', [0xe9], '\n'), encoding: 'windows-1252' },
  ])('$what → $encoding', ({ file, encoding }) => {
    expect(decodeBytes(file).encoding).toBe(encoding);
  });

  it('counts characters, not bytes, and CRLF, LF and CR as line ends', () => {
    expect(scanUtf8(bytes('é€😀\r\nab', [0xff], '\rx', [0xc3]))).toEqual({ multibyte: 3, invalid: [{ line: 2, column: 3, byte: 0xff }, { line: 3, column: 2, byte: 0xc3 }] });
    expect(scanUtf8(bytes([0xed, 0xa0, 0x80]))).toMatchObject({ multibyte: 0 }); // an encoded surrogate is not UTF-8
    expect(scanUtf8(bytes([0xc0, 0xaf]))).toMatchObject({ multibyte: 0 }); // nor an overlong "/"
  });
});

describe('files that are not UTF-8', () => {
  it('reads a plain ASCII file with one Latin-1 letter as Windows-1252, and says it is a guess', () => {
    const decoded = decodeBytes(bytes('id,name\nA,Caf', [0xe9], '\n'));
    expect(decoded).toMatchObject({ text: 'id,name\nA,Café\n', encoding: 'windows-1252' });
    expect(decoded.issues).toEqual([{ line: 1, kind: 'encoding-guessed', severity: 'warning', message: 'The file is not UTF-8, so it was read as Windows-1252, a guess from its accented letters. If letters look wrong (e.g. "BŸro" for "Büro"), choose MacRoman or another encoding; better, save the file as "CSV UTF-8".', text: expect.anything() }]);
  });

  it('reads old Mac Excel text as MacRoman: "Büro Genève" rather than "BŸro GenÀve"', () => {
    // MacRoman: ü = 0x9F, è = 0x8F, é = 0x8E.
    const decoded = decodeBytes(bytes('id,name,city\nA,B', [0x9f], 'ro Gen', [0x8f], 've,Zurich\nB,Soci', [0x8e], 't', [0x8e], ',Lyon\n'));
    expect(decoded.encoding).toBe('macintosh');
    expect(decoded.text).toBe('id,name,city\nA,Büro Genève,Zurich\nB,Société,Lyon\n');
    expect(decoded.issues).toMatchObject([{ line: 1, kind: 'encoding-guessed', severity: 'warning', message: expect.stringMatching(/^The file is not UTF-8, so it was read as MacRoman, .* choose Windows-1252 or another encoding/) }]);
  });

  it('keeps Windows-1252 for Western text with the euro sign and quotes', () => {
    // Windows-1252: é = 0xE9, € = 0x80, “ ” = 0x93 0x94, ’ = 0x92.
    const decoded = decodeBytes(bytes('A,S', [0xe9], 'n', [0xe9], 'gal ', [0x80], ',', [0x93], 'Dakar', [0x94], ' l', [0x92], 'office\n'));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', text: 'A,Sénégal €,“Dakar” l’office\n' });
  });

  it.each([
    { order: 'le', encoding: 'utf-16le', label: 'UTF-16 LE' },
    { order: 'be', encoding: 'utf-16be', label: 'UTF-16 BE' },
  ] as const)('reads UTF-16 $order without a BOM by its zero bytes, with a warning, not as text full of NULs', ({ order, encoding, label }) => {
    const decoded = decodeBytes(utf16('id,name\nA,Nairobi\n', order));
    expect(decoded.text).toBe('id,name\nA,Nairobi\n');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.issues).toEqual([{ line: 1, kind: 'encoding-guessed', severity: 'warning', message: `The file has no byte order mark, but every other byte is zero: it was read as ${label}. If the text looks wrong, choose another encoding.`, text: expect.anything() }]);
  });

  it('imports a UTF-16 file without a BOM into the same offices as its UTF-8 twin', () => {
    const text = 'id,name,country_iso3,region,tier,lat,lon\nA,Nairobi office,KEN,Africa,Country Office,-1.29,36.82\n';
    const { result } = importBytes(utf16(text, 'le'), 'offices');
    expect(result.records.map((r) => r.value)).toEqual(importBytes(new TextEncoder().encode(text), 'offices').result.records.map((r) => r.value));
    expect(result.issues.map((i) => [i.line, i.severity, i.kind])).toEqual([[1, 'warning', 'encoding-guessed']]);
  });

  it('says so when UTF-16 is read as UTF-8 by choice: the NULs are named and the right encoding offered', () => {
    const decoded = decodeBytes(utf16('id,name\nA,Nairobi\n', 'le'), 'utf-8');
    expect(decoded.text).toContain('\0');
    expect(decoded.issues).toEqual([{ line: 1, kind: 'encoding-guessed', severity: 'warning', message: 'Read as UTF-8, the text is full of NUL characters: every other byte is zero, so the file is probably UTF-16 LE. Choose UTF-16 LE as the encoding.', text: expect.anything() }]);
    expect(decodeBytes(utf16('id,name\nA,Nairobi\n', 'le'), 'utf-16le').issues).toEqual([]);
  });

  it('sees no UTF-16 in ordinary text, or in too little of it', () => {
    expect(utf16ByZeroBytes(bytes('id,name\nA,B\n'))).toBeNull();
    expect(utf16ByZeroBytes(bytes([0x61, 0]))).toBeNull();
  });

  it('scores capitals inside a lower-case word against a decoding', () => {
    expect(plausibility('Café Büro')).toBe(2);
    expect(plausibility('CafÈ BŸro')).toBe(-3); // È is common (+1) but misplaced (−2); Ÿ is not common and misplaced (−2)
  });
});

describe('the encodings offered', () => {
  it('lists what spreadsheets write: Unicode, Western, and the other UN languages\' code pages', () => {
    expect(TEXT_ENCODINGS).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh', 'windows-1251', 'windows-1256', 'gb18030', 'shift_jis']);
    expect(ENCODING_LABELS.macintosh).toBe('MacRoman');
  });

  it.each([
    { encoding: 'windows-1251', raw: [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0], text: 'Москва' },
    { encoding: 'windows-1256', raw: [0xc7, 0xe1, 0xde, 0xc7, 0xe5, 0xd1, 0xc9], text: 'القاهرة' },
    { encoding: 'gb18030', raw: [0xb1, 0xb1, 0xbe, 0xa9], text: '北京' },
    { encoding: 'shift_jis', raw: [0x93, 0x8c, 0x8b, 0x9e], text: '東京' },
    { encoding: 'macintosh', raw: [0x8a, 0x9a, 0xa7], text: 'äöß' },
  ] as const)('decodes $encoding when chosen: $text', ({ encoding, raw, text }) => {
    expect(decodeBytes(bytes('A,', [...raw], '\n'), encoding)).toEqual({ text: `A,${text}\n`, encoding, bom: false, issues: [] });
  });

  it('never reads a Cyrillic Windows-1251 file silently: the Western guess comes with a warning naming the chooser', () => {
    const decoded = decodeBytes(bytes('id,city\nA,', [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0], '\n'));
    expect(decoded.issues[0]).toMatchObject({ kind: 'encoding-guessed', severity: 'warning' });
  });
});
