// Evidence about a file's encoding when it has no byte order mark: the zero bytes of UTF-16, the
// invalid sequences of almost-UTF-8 (by line and character), and whether Western text reads
// better as Windows-1252 or MacRoman (what old Mac Excel writes).

/**
 * UTF-16 without a BOM: most text is ASCII, so one byte of each pair is zero.
 * @example utf16ByZeroBytes(Uint8Array.from([0x69, 0, 0x64, 0])) // → 'utf-16le'
 */
export function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (accented letters, any script, emoji). */
  readonly multibyte: number;
  /** Bytes that start no well-formed sequence, with the line and character they sit at. */
  readonly invalid: readonly { readonly line: number; readonly column: number; readonly byte: number }[];
}

/** Length of the well-formed UTF-8 sequence at `i` (per the Unicode table of well-formed sequences), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Walks the bytes as UTF-8, counting good multi-byte sequences and placing every bad byte
 * (line and character are 1-based; CRLF, LF and lone CR end a line).
 * @example scanUtf8(new TextEncoder().encode('a\nCaf\u00e9')) // → { multibyte: 1, invalid: [] }
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  const invalid: { line: number; column: number; byte: number }[] = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        column = 1;
      } else if (b !== 0x0d) column++;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) invalid.push({ line, column, byte: b });
    else multibyte++;
    column++;
    i += Math.max(length, 1);
  }
  return { multibyte, invalid };
}

/** Western letters and signs a spreadsheet's text commonly holds. */
const COMMON = new Set('àáâäãåçèéêëìíîïñòóôöõùúûüÿœæøßÀÁÂÄÅÇÈÉÊËÍÎÑÓÔÖØÙÚÛÜ€£°«»’‘“”–—…•'.split(''));
const isAsciiLetter = (ch: string) => /^[A-Za-z]$/.test(ch);
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * How plausible a decoding of the non-ASCII bytes is: common characters count for it, a capital
 * inside a lower-case word ("CafÈ", "BŸro") or a small letter before a capital ("ìHello") against it.
 * @example plausibility('Café Büro') // → 2
 */
export function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch.charCodeAt(0) < 0x80) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (COMMON.has(ch)) score++;
    if (isUpper(ch) && (isLower(before) || (isAsciiLetter(before) && isLower(after)))) score -= 2;
    if (isLower(ch) && isAsciiLetter(after) && isUpper(after)) score -= 2;
  }
  return score;
}
