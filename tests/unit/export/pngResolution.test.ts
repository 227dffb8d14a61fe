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
    expect(withPngResolution(out, 72)).toBe(out);
  });
});
