// The one number grammar of imported cells, applied per column (never to codes such as ids or
// country codes, which stay text so "08123" keeps its zero), plus detection of a file's decimal mark.
import { worded, type IssueText } from './issueText';

export type DecimalMark = '.' | ',';

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string; readonly text: IssueText };

/*
 * Grammar, after trimming spaces, tabs and no-break spaces at both ends:
 *   number    = [sign] (integer [mark digits] | mark digits) [exponent]
 *   sign      = "+" | "-" | "−" (U+2212, as some spreadsheets write it)
 *   integer   = digits | 1*3digit 1*(group-sep 3digit)     — one kind of group separator per number
 *   group-sep = " " | U+00A0 | U+202F | "'" | ","  (with decimal ".")
 *             = " " | U+00A0 | U+202F | "'" | "."  (with decimal ",")
 *   mark      = the decimal option, "." or ","
 *   exponent  = ("e" | "E") ["+" | "-"] digits
 * Anything else ("12%", "$5", "1.2.3", "n/a") is an error quoting the value.
 */
const SPACES = ' \u00a0\u202f';
const GROUP_SEPARATORS: Readonly<Record<DecimalMark, string>> = { '.': `${SPACES}',`, ',': `${SPACES}'.` };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function grammarFor(decimal: DecimalMark): RegExp {
  const mark = escapeRegExp(decimal);
  const groups = [...GROUP_SEPARATORS[decimal]].map((sep) => `\\d{1,3}(?:${escapeRegExp(sep)}\\d{3})+`);
  const integer = `(?:\\d+|${groups.join('|')})`;
  return new RegExp(`^([+\\-\u2212]?)(?:(${integer})(?:${mark}(\\d+))?|${mark}(\\d+))(?:[eE]([+-]?\\d+))?$`);
}

const GRAMMARS: Readonly<Record<DecimalMark, RegExp>> = { '.': grammarFor('.'), ',': grammarFor(',') };
const THREE_DIGITS_THEN_END = /^\d{3}(?:[eE]|\s*$)/;
/** Digits with an optional sign and decimal part, no spaces or groups: a subset of the grammar. */
const PLAIN_NUMBER: Readonly<Record<DecimalMark, RegExp>> = { '.': /^[+-]?\d+(?:\.\d+)?$/, ',': /^[+-]?\d+(?:,\d+)?$/ };
const EDGE_SPACE = new RegExp(`^[${SPACES}\\t]+|[${SPACES}\\t]+$`, 'g');

/**
 * Reads one cell by the grammar above.
 * @example parseNumber('-1 234,5', ',') // → { ok: true, value: -1234.5 }
 * @example parseNumber('1,234.5', '.') // → { ok: true, value: 1234.5 }
 * @example parseNumber('12%', '.') // → { ok: false, message: '"12%" is not a number. …' }
 */
export function parseNumber(raw: string, decimal: DecimalMark): ParsedNumber {
  // Most cells are plain ("-12", "1234.5"): read them directly, the grammar's answer for them.
  if (PLAIN_NUMBER[decimal].test(raw)) {
    const value = Number(decimal === '.' ? raw : raw.replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  const text = raw.replace(EDGE_SPACE, '');
  const match = GRAMMARS[decimal].exec(text);
  if (!match) {
    const example = decimal === '.' ? { plain: '1234.5', grouped: '1,234.5' } : { plain: '1234,5', grouped: '1.234,5' };
    return { ok: false, ...worded(text === '' ? 'import.issue.emptyNotANumber' : 'import.issue.notANumber', { value: raw, mark: decimal, ...example }) };
  }
  const [, sign = '', integer = '0', fraction, leadingFraction, exponent] = match;
  const digits = (integer.replace(/\D/g, '') || '0') + '.' + (fraction ?? leadingFraction ?? '0');
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}${exponent === undefined ? '' : `e${exponent}`}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, ...worded('import.issue.tooLarge', { value: raw }) };
}

/** Evidence one value gives about the decimal mark, or null when it could be either. */
function voteOf(raw: string): DecimalMark | null {
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  if (at < 0) return null;
  const mark = raw[at] as DecimalMark;
  // Two of one mark ("1.234.567") are thousands groups, so the other mark is the decimal one.
  if (raw.indexOf(mark) !== at) return mark === '.' ? ',' : '.';
  // "1,234" or "1.234" could be a thousands group; "1,5", "9,03" or "1,2345" cannot.
  return isThreeDigitGroup(raw, at + 1) ? null : mark;
}

/** THREE_DIGITS_THEN_END on raw.slice(from), without the copy (this runs for every numeric cell of a file). */
function isThreeDigitGroup(raw: string, from: number): boolean {
  for (let i = from; i < from + 3; i++) {
    const code = raw.charCodeAt(i);
    if (!(code >= 48 && code <= 57)) return false;
  }
  if (from + 3 === raw.length) return true;
  return THREE_DIGITS_THEN_END.test(raw.slice(from));
}

/**
 * The decimal mark a file's numeric cells use: the majority of the values that tell (ties and
 * no evidence give "."), so "9,03" and "-1,29" point to a decimal comma.
 * @example detectDecimalMark(['9,03', '38,74', '1.234']) // → ','
 * @example detectDecimalMark(['1,234', '']) // → '.'
 */
export function detectDecimalMark(values: Iterable<string>): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const value of values) {
    const vote = voteOf(value);
    if (vote === '.') dot++;
    else if (vote === ',') comma++;
  }
  return comma > dot ? ',' : '.';
}

/**
 * detectDecimalMark over some columns of table rows, without making a list of their cells
 * (a 100,000-row file has half a million).
 * @example detectDecimalMarkIn([{ cells: ['A', '9,03'] }, { cells: ['B', '1.234'] }], [1]) // → ','
 */
export function detectDecimalMarkIn(rows: readonly { readonly cells: readonly string[] }[], columns: readonly number[]): DecimalMark {
  let dot = 0;
  let comma = 0;
  let left = rows.length * columns.length;
  for (const row of rows) {
    for (const column of columns) {
      const vote = voteOf(row.cells[column] ?? '');
      if (vote === '.') dot++;
      else if (vote === ',') comma++;
    }
    left -= columns.length;
    // Stop once the cells left cannot change the majority.
    if (comma + left <= dot || comma > dot + left) break;
  }
  return comma > dot ? ',' : '.';
}
