// Writes the resolution into a PNG (its pHYs chunk), so Word, PowerPoint and print layouts
// place an A4 export at A4 size rather than at 96 dpi. A canvas's PNG carries none.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 that closes every PNG chunk. @example crc32(new TextEncoder().encode('IEND')) // → 0xae426082 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const SIGNATURE_AND_IHDR = 8 + 25;
const PHYS_DATA_LENGTH = 9;

/** Where a chunk of this type starts (its length field), or -1: every chunk is walked, to IEND. */
function findChunk(png: Uint8Array, wanted: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === wanted) return at;
    if (type === 'IEND') return -1;
    at += 12 + length;
  }
  return -1;
}

/** The 9 data bytes of a pHYs chunk: `dpi` in dots per metre, both ways. */
function physData(dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(PHYS_DATA_LENGTH);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  return data;
}

/**
 * The same PNG saying `dpi` dots per inch in its pHYs chunk. A PNG may hold only one pHYs,
 * anywhere before its image data (encoders often put it after sRGB or gAMA): an existing one
 * is found wherever it is and rewritten in place; otherwise one is added after the header.
 * Anything that is not a PNG comes back unchanged.
 * @example withPngResolution(canvasPng, 300) // → canvasPng + a 21-byte pHYs chunk of 11811 dots per metre
 */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < SIGNATURE_AND_IHDR || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return png;
  const data = physData(dpi);
  const existing = findChunk(png, 'pHYs');
  if (existing >= 0 && new DataView(png.buffer, png.byteOffset).getUint32(existing) === PHYS_DATA_LENGTH) {
    const out = png.slice();
    out.set(data, existing + 8);
    new DataView(out.buffer).setUint32(existing + 8 + PHYS_DATA_LENGTH, crc32(out.subarray(existing + 4, existing + 8 + PHYS_DATA_LENGTH)));
    return out;
  }
  if (existing >= 0) return png; // a malformed pHYs: not ours to guess at
  const chunk = new Uint8Array(12 + PHYS_DATA_LENGTH);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, PHYS_DATA_LENGTH);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  chunk.set(data, 8);
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, SIGNATURE_AND_IHDR));
  out.set(chunk, SIGNATURE_AND_IHDR);
  out.set(png.subarray(SIGNATURE_AND_IHDR), SIGNATURE_AND_IHDR + chunk.length);
  return out;
}
