// Turns the bytes of a dropped file into text: BOM sniffing (UTF-8, UTF-16 LE/BE), strict UTF-8,
// and a Windows-1252 fallback with our own 0x80–0x9F table (TextDecoder differs between Node and
// Chromium there). Characters that cannot be decoded are reported by line, never silently dropped.
import { worded, type IssueText } from './issueText';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodeIssue {
  readonly line: number;
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

const LABELS: Readonly<Record<TextEncodingName, string>> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' };

/** Every byte's UTF-16 code unit in Windows-1252: Latin-1 except 0x80–0x9F; undefined bytes become U+FFFD. */
const CP1252 = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] || REPLACEMENT).charCodeAt(0) : b));

/**
 * Decodes file bytes. Without `override`: a BOM decides; else valid UTF-8 is UTF-8; else Windows-1252.
 * With `override`: decodes as told (a matching BOM is still dropped). Each line with characters that
 * could not be decoded (shown as U+FFFD) is reported.
 * @example decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // → { text: 'a', encoding: 'utf-8', bom: true, issues: [] }
 * @example decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80])) // → { text: 'Café €', encoding: 'windows-1252', bom: false, issues: [] }
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const sniffed = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const validUtf8 = !override && !sniffed && isValidUtf8(bytes);
  const encoding = override ?? sniffed?.encoding ?? (validUtf8 ? 'utf-8' : 'windows-1252');
  const bom = sniffed !== undefined && sniffed.encoding === encoding;
  const body = bom && sniffed ? bytes.subarray(sniffed.bytes.length) : bytes;
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  // Strictly valid UTF-8 needs no report: a U+FFFD in it was written by the author.
  const issues = validUtf8 ? [] : reportReplacements(text, LABELS[encoding]);
  return { text, encoding, bom, issues };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
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
