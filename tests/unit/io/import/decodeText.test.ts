import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/io/import/decodeText';
import { fixture } from './importHelpers';

const reference = new TextDecoder().decode(fixture('encoding-utf8.csv'));

describe('decodeBytes', () => {
  it.each([
    { file: 'encoding-utf8.csv', encoding: 'utf-8', bom: false },
    { file: 'encoding-utf8-bom.csv', encoding: 'utf-8', bom: true },
    { file: 'encoding-utf16le-bom.csv', encoding: 'utf-16le', bom: true },
    { file: 'encoding-utf16be-bom.csv', encoding: 'utf-16be', bom: true },
  ])('reads $file as $encoding (bom: $bom) to the same text', ({ file, encoding, bom }) => {
    const decoded = decodeBytes(fixture(file));
    expect(decoded).toEqual({ text: reference, encoding, bom, issues: [] });
    expect(decoded.text).toContain('Bureau régional Sénégal €');
  });

  it('reads a Windows-1252 file to the same text, saying the encoding is a guess', () => {
    const decoded = decodeBytes(fixture('encoding-windows1252.csv'));
    expect(decoded).toMatchObject({ text: reference, encoding: 'windows-1252', bom: false });
    expect(decoded.issues).toEqual([{ line: 1, kind: 'encoding-guessed', severity: 'warning', message: expect.stringMatching(/^The file is not UTF-8, so it was read as Windows-1252, a guess .* choose MacRoman or another encoding/), text: expect.anything() }]);
  });

  it('maps every byte 0x80–0x9F by the Windows-1252 table, not by TextDecoder', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const codes = [...decodeBytes(bytes, 'windows-1252').text].map((c) => c.codePointAt(0)?.toString(16));
    expect(codes).toEqual([
      '20ac', 'fffd', '201a', '192', '201e', '2026', '2020', '2021', '2c6', '2030', '160', '2039', '152', 'fffd', '17d', 'fffd',
      'fffd', '2018', '2019', '201c', '201d', '2022', '2013', '2014', '2dc', '2122', '161', '203a', '153', 'fffd', '17e', '178',
    ]);
  });

  it('keeps Latin-1 bytes 0xA0–0xFF as their code points', () => {
    expect(decodeBytes(Uint8Array.from([0x41, 0xa0, 0xe9, 0xff]), 'windows-1252').text).toBe('A\u00a0éÿ');
  });

  it('reports the undefined Windows-1252 bytes 0x81, 0x8D, 0x9D by line', () => {
    const decoded = decodeBytes(fixture('encoding-windows1252-undefined.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    const undecodable = decoded.issues.filter((i) => i.kind !== 'encoding-guessed');
    expect(undecodable.map((i) => i.line)).toEqual([3, 4]);
    expect(undecodable[0]?.message).toMatch(/^1 character .* Windows-1252/);
    expect(undecodable[1]?.message).toMatch(/^2 characters/);
  });

  it('decodes as told with an override, reporting the lines that came out as U+FFFD', () => {
    const decoded = decodeBytes(fixture('encoding-windows1252.csv'), 'utf-8');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.issues.map((i) => i.line)).toEqual([3, 4]);
    // Line 3 is "AFR-SEN,Bureau régional Sénégal €,…": "AFR-SEN," is 8 characters, "Bureau " 7, "r" 1: é (0xE9) is the 17th.
    expect(decoded.issues[0]?.message).toMatch(/^4 bytes on this line are not valid UTF-8 \(the first, 0xE9, at character 17\)/);
  });

  it('reads UTF-8 as Windows-1252 when told (mojibake, but nothing undecodable)', () => {
    const decoded = decodeBytes(fixture('encoding-utf8.csv'), 'windows-1252');
    expect(decoded.text).toContain('rÃ©gional');
    expect(decoded.issues).toEqual([]);
  });

  it('drops a BOM that matches the override and keeps one that does not', () => {
    expect(decodeBytes(fixture('encoding-utf8-bom.csv'), 'utf-8')).toMatchObject({ bom: true, text: reference });
    expect(decodeBytes(fixture('encoding-utf8-bom.csv'), 'windows-1252').text.startsWith('ï»¿id')).toBe(true);
  });

  it('decodes BOM-less UTF-16 when told, and reports a cut-off last byte', () => {
    const le = Uint8Array.from([0x61, 0, 0x0a, 0, 0x62, 0, 0x63]);
    expect(decodeBytes(le, 'utf-16le')).toMatchObject({ text: 'a\nb\ufffd', bom: false, issues: [{ line: 2 }] });
    expect(decodeBytes(Uint8Array.from([0, 0x61, 0xd8, 0x3d, 0xde, 0x00]), 'utf-16be').text).toBe('a😀');
  });

  it.each([
    { name: 'CRLF', text: 'a\r\nb\r\n\xff' },
    { name: 'LF', text: 'a\nb\n\xff' },
    { name: 'CR', text: 'a\rb\r\xff' },
  ])('counts $name line ends when reporting', ({ text }) => {
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(decodeBytes(bytes, 'utf-8').issues.map((i) => i.line)).toEqual([3]);
  });

  it('treats valid UTF-8 with a written U+FFFD as text, not as a decoding problem', () => {
    expect(decodeBytes(new TextEncoder().encode('a\ufffdb')).issues).toEqual([]);
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false, issues: [] });
  });
});
