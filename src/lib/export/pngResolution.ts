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

/**
 * The same PNG with a pHYs chunk after its header saying `dpi` dots per inch (an existing
 * pHYs is left as it is).
 */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array {
  const type = String.fromCharCode(...png.subarray(SIGNATURE_AND_IHDR + 4, SIGNATURE_AND_IHDR + 8));
  if (png.length < SIGNATURE_AND_IHDR || type === 'pHYs') return png;
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, SIGNATURE_AND_IHDR));
  out.set(chunk, SIGNATURE_AND_IHDR);
  out.set(png.subarray(SIGNATURE_AND_IHDR), SIGNATURE_AND_IHDR + chunk.length);
  return out;
}
