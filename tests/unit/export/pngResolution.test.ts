// A PNG export carries its resolution, so an A4 image is placed at A4 size in a document.
import { describe, expect, it } from 'vitest';
import { crc32, withPngResolution } from '../../../src/lib/export/pngResolution';

function chunk(type: string, data: number[]): number[] {
  const body = [...new TextEncoder().encode(type), ...data];
  const length = [0, 0, 0, data.length];
  const crc = crc32(new Uint8Array(body));
  return [...length, ...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
}
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const tinyPng = new Uint8Array([...SIGNATURE, ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]), ...chunk('IEND', [])]);

describe('withPngResolution', () => {
  it('has the PNG checksum of a known chunk', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds a pHYs chunk after the header with the dots per metre of 300 dpi', () => {
    const out = withPngResolution(tinyPng, 300);
    expect(out.length).toBe(tinyPng.length + 21);
    const view = new DataView(out.buffer);
    expect(new TextDecoder().decode(out.subarray(37, 41))).toBe('pHYs');
    expect(view.getUint32(41)).toBe(11811);
    expect(view.getUint32(45)).toBe(11811);
    expect(out[49]).toBe(1);
    expect(view.getUint32(50)).toBe(crc32(out.subarray(37, 50)));
  });

  it('rewrites its own pHYs rather than adding a second one', () => {
    const at300 = withPngResolution(tinyPng, 300);
    const at72 = withPngResolution(at300, 72);
    expect(chunksOf(at72).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IEND']);
    expect(dotsPerMetre(at72)).toBe(2835);
  });

  // Encoders often write colour chunks first: pHYs may come anywhere before the image data.
  it('finds a pHYs that comes after other chunks, and rewrites it there', () => {
    const png = new Uint8Array([
      ...SIGNATURE,
      ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
      ...chunk('sRGB', [0]),
      ...chunk('gAMA', [0, 0, 177, 143]),
      ...chunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1]), // 2835 dots per metre: 72 dpi
      ...chunk('IDAT', [120, 156, 99, 0, 0, 0, 2, 0, 1]),
      ...chunk('IEND', []),
    ]);
    const out = withPngResolution(png, 300);
    expect(chunksOf(out).map((c) => c.type)).toEqual(['IHDR', 'sRGB', 'gAMA', 'pHYs', 'IDAT', 'IEND']);
    expect(out.length).toBe(png.length);
    expect(dotsPerMetre(out)).toBe(11811);
    expect(chunksOf(out).filter((c) => !c.crcOk)).toEqual([]);
    // Nothing else moved or changed.
    const physAt = 8 + 25 + 13 + 16;
    expect([...out.subarray(0, physAt + 8)]).toEqual([...png.subarray(0, physAt + 8)]);
    expect([...out.subarray(physAt + 21)]).toEqual([...png.subarray(physAt + 21)]);
  });

  it('leaves what is not a PNG as it is', () => {
    const text = new TextEncoder().encode('not a picture, just some text long enough to be read');
    expect(withPngResolution(text, 300)).toBe(text);
  });
});

/** The chunks of a PNG, read here independently of the writer, with their checksums verified. */
function chunksOf(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length), crcOk: view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return chunks;
}

function dotsPerMetre(png: Uint8Array): number {
  const phys = chunksOf(png).filter((c) => c.type === 'pHYs');
  expect(phys).toHaveLength(1);
  const view = new DataView(phys[0]!.data.buffer, phys[0]!.data.byteOffset, 9);
  expect(view.getUint32(0)).toBe(view.getUint32(4));
  expect(phys[0]!.data[8]).toBe(1);
  return view.getUint32(0);
}
