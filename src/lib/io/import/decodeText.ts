// Turns the bytes of a dropped file into text: BOM sniffing (UTF-8, UTF-16 LE/BE), UTF-16 without a
// BOM by its zero bytes, UTF-8 (invalid bytes reported by line and character), else a Windows-1252
// or MacRoman guess, said as a warning. Characters that cannot be decoded are never dropped silently.
import { worded, type IssueText } from './issueText';
import { plausibility, scanUtf8, utf16ByZeroBytes } from './sniffEncoding';

/** The encodings spreadsheets write: Unicode, the Western code pages of Windows and old Macs, and the code pages of the other UN languages' markets. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh', 'windows-1251', 'windows-1256', 'gb18030', 'shift_jis'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Names for the encoding chooser and the report. */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252', macintosh: 'MacRoman',
  'windows-1251': 'Windows-1251', 'windows-1256': 'Windows-1256', gb18030: 'GB18030', shift_jis: 'Shift_JIS',
};

export type DecodeIssueKind = 'undecodable' | 'encoding-guessed';

export interface DecodeIssue {
  readonly line: number;
  /** 'undecodable' (an error on its row) unless said otherwise. */
  readonly kind?: DecodeIssueKind;
  readonly severity?: 'error' | 'warning';
  /** In English. */
  readonly message: string;
  /** The same for the interface. */
  readonly text: IssueText;
}

export interface DecodedText {
  /** The text without its byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when the bytes began with a byte order mark (which is not part of `text`). */
  readonly bom: boolean;
  readonly issues: readonly DecodeIssue[];
}

const REPLACEMENT = '\ufffd';

/** Windows-1252 0x80–0x9F; '' marks the five bytes the code page leaves undefined. */
const CP1252_HIGH = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

const BOMS: readonly { encoding: TextEncodingName; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Every byte's UTF-16 code unit in Windows-1252: Latin-1 except 0x80–0x9F; undefined bytes become U+FFFD. */
const CP1252 = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] || REPLACEMENT).charCodeAt(0) : b));

/** The first bytes, enough to judge an encoding by without reading a large file twice more. */
const SAMPLE_BYTES = 1 << 18;

/** The encoding to read bytes without a BOM in, and the warning when that is a guess. */
function chooseEncoding(bytes: Uint8Array): { encoding: TextEncodingName; guess?: DecodeIssue } {
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return { encoding: utf16, guess: { line: 1, kind: 'encoding-guessed', severity: 'warning', ...worded('import.issue.utf16Guessed', { encoding: ENCODING_LABELS[utf16] }) } };
  if (strictUtf8(bytes) !== null) return { encoding: 'utf-8' };
  const scan = scanUtf8(bytes);
  // As many well-formed multi-byte sequences as bad bytes is UTF-8 with damage, reported by line
  // (a legacy code page rarely forms even one sequence by chance).
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid.length) return { encoding: 'utf-8' };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const encoding = plausibility(decodeText(sample, 'macintosh')) > plausibility(decodeWindows1252(sample)) ? 'macintosh' : 'windows-1252';
  const other = encoding === 'macintosh' ? 'windows-1252' : 'macintosh';
  return { encoding, guess: { line: 1, kind: 'encoding-guessed', severity: 'warning', ...worded('import.issue.legacyGuessed', { encoding: ENCODING_LABELS[encoding], other: ENCODING_LABELS[other] }) } };
}

/** The text of strictly valid UTF-8, or null (the browser's own decoder: fast on large files). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Decodes file bytes. Without `override`: a BOM decides; else zero bytes in every other place mean
 * UTF-16; else (mostly) valid UTF-8 is UTF-8; else Windows-1252 or MacRoman, whichever reads more
 * plausibly, with a warning. With `override`: decodes as told (a matching BOM is still dropped).
 * Each line with bytes that could not be decoded is reported.
 * @example decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // → { text: 'a', encoding: 'utf-8', bom: true, issues: [] }
 * @example decodeBytes(new Uint8Array([0x42, 0x9f, 0x72, 0x6f])) // → { text: 'Büro', encoding: 'macintosh', bom: false, issues: [{ line: 1, kind: 'encoding-guessed', … }] }
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const sniffed = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const chosen = override || sniffed ? null : chooseEncoding(bytes);
  const encoding = override ?? sniffed?.encoding ?? chosen?.encoding ?? 'utf-8';
  const bom = sniffed !== undefined && sniffed.encoding === encoding;
  const body = bom && sniffed ? bytes.subarray(sniffed.bytes.length) : bytes;
  // Strictly valid UTF-8 needs no report: a U+FFFD in it was written by the author.
  const valid = encoding === 'utf-8' ? strictUtf8(body) : null;
  const text = valid ?? decodeText(body, encoding);
  const issues = valid !== null ? [] : encoding === 'utf-8' ? reportInvalidUtf8(body) : reportReplacements(text, ENCODING_LABELS[encoding]);
  const said = chosen?.guess ?? misreadUtf16(body, text, encoding);
  return { text, encoding, bom, issues: said ? [said, ...issues] : issues };
}

/** UTF-16 read as something else (the user's choice) gives text full of NULs: say which encoding it probably is. */
function misreadUtf16(bytes: Uint8Array, text: string, encoding: TextEncodingName): DecodeIssue | undefined {
  const utf16 = encoding.startsWith('utf-16') || !text.includes('\0') ? null : utf16ByZeroBytes(bytes);
  if (!utf16) return undefined;
  return { line: 1, kind: 'encoding-guessed', severity: 'warning', ...worded('import.issue.nulCharacters', { encoding: ENCODING_LABELS[encoding], utf16: ENCODING_LABELS[utf16] }) };
}

/** One error per line with bytes that are not UTF-8, naming the first one and where it is. */
function reportInvalidUtf8(bytes: Uint8Array): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  const { invalid } = scanUtf8(bytes);
  for (let i = 0; i < invalid.length; ) {
    const first = invalid[i]!;
    let count = 0;
    while (i < invalid.length && invalid[i]!.line === first.line) {
      count++;
      i++;
    }
    const byte = `0x${first.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    issues.push({ line: first.line, ...worded('import.issue.invalidUtf8', { count, byte, column: first.column }) });
  }
  return issues;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = CP1252[bytes[i] as number] as number;
  const chunks: string[] = [];
  // Chunks keep String.fromCharCode within the engine's argument limit.
  for (let start = 0; start < units.length; start += 8192) chunks.push(String.fromCharCode.apply(null, units.subarray(start, start + 8192) as unknown as number[]));
  return chunks.join('');
}

/** One issue per line that holds U+FFFD, counting CRLF, LF and lone CR as line ends. */
function reportReplacements(text: string, label: string): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  if (!text.includes(REPLACEMENT)) return issues;
  let line = 1;
  let count = 0;
  const flush = () => {
    if (count === 0) return;
    issues.push({ line, ...worded('import.issue.undecodable', { count, encoding: label }) });
    count = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === REPLACEMENT) count++;
    else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      flush();
      line++;
    }
  }
  flush();
  return issues;
}
