// The one number grammar of imported cells, applied per column (never to codes such as ids or
// country codes, which stay text so "08123" keeps its zero), plus the evidence a value gives
// about its decimal mark. Per-column decisions and ambiguity warnings are in numberFormat.ts.
import { worded, type IssueText } from './issueText';

export type DecimalMark = '.' | ',';
/** A thousands separator the user can choose; ' ' stands for every space (normal, no-break, narrow no-break); '' for none. */
export type ThousandsSeparator = ',' | '.' | ' ' | "'" | '';

/** How a column's numbers are written: the user's choice, or what was detected. */
export interface NumberFormat {
  readonly decimalMark: DecimalMark;
  /** Left out: spaces, apostrophes and the other mark all separate thousands. */
  readonly thousandsSeparator?: ThousandsSeparator;
}

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string; readonly text: IssueText };

/*
 * Grammar, after trimming spaces, tabs and no-break spaces at both ends:
 *   number    = [sign] (integer [mark digits] | mark digits) [exponent]
 *   sign      = "+" | "-" | "−" (U+2212, as some spreadsheets write it)
 *   integer   = digits | 1*3digit 1*(group-sep 3digit)     — one kind of group separator per number
 *   group-sep = " " | U+00A0 | U+202F | "'" | "’" | ","  (with decimal ".")
 *             = " " | U+00A0 | U+202F | "'" | "’" | "."  (with decimal ",")
 *             = only the chosen separator, when the user chose one
 *   mark      = the decimal option, "." or ","
 *   exponent  = ("e" | "E") ["+" | "-"] digits
 * Anything else ("12%", "$5", "1.2.3", "1,00,000", "n/a") is an error quoting the value.
 */
const SPACES = ' \u00a0\u202f';
const APOSTROPHES = "'\u2019";
const OTHER_MARK: Readonly<Record<DecimalMark, DecimalMark>> = { '.': ',', ',': '.' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The characters each accepted group separator may be written as (spaces are one separator, so are apostrophes). */
function separatorsFor(decimal: DecimalMark, thousands: ThousandsSeparator | undefined): string[] {
  if (thousands === undefined) return [SPACES, APOSTROPHES, OTHER_MARK[decimal]];
  if (thousands === ' ') return [SPACES];
  if (thousands === "'") return [APOSTROPHES];
  return thousands === '' || thousands === decimal ? [] : [thousands];
}

function grammarFor(decimal: DecimalMark, thousands: ThousandsSeparator | undefined): RegExp {
  const mark = escapeRegExp(decimal);
  const groups = separatorsFor(decimal, thousands).flatMap((kind) => [...kind].map((sep) => `\\d{1,3}(?:${escapeRegExp(sep)}\\d{3})+`));
  const integer = `(?:${['\\d+', ...groups].join('|')})`;
  return new RegExp(`^([+\\-\u2212]?)(?:(${integer})(?:${mark}(\\d+))?|${mark}(\\d+))(?:[eE]([+-]?\\d+))?$`);
}

const GRAMMARS = new Map<string, RegExp>();
const grammar = (decimal: DecimalMark, thousands?: ThousandsSeparator) => {
  const key = `${decimal}${thousands ?? 'any'}`;
  return GRAMMARS.get(key) ?? GRAMMARS.set(key, grammarFor(decimal, thousands)).get(key)!;
};

/** Digits with an optional sign and decimal part, no spaces or groups: a subset of the grammar. */
const PLAIN_NUMBER: Readonly<Record<DecimalMark, RegExp>> = { '.': /^[+-]?\d+(?:\.\d+)?$/, ',': /^[+-]?\d+(?:,\d+)?$/ };
const EDGE_SPACE = new RegExp(`^[${SPACES}\\t]+|[${SPACES}\\t]+$`, 'g');
const THREE_DIGITS_THEN_END = /^\d{3}(?:[eE]|\s*$)/;

/** A cell without the spaces and tabs around it, as the grammar reads it. */
export const trimNumberCell = (raw: string) => raw.replace(EDGE_SPACE, '');

/**
 * Reads one cell by the grammar above; `thousands` limits the group separator to the user's choice.
 * @example parseNumber('-1 234,5', ',') // → { ok: true, value: -1234.5 }
 * @example parseNumber('1,234.5', '.') // → { ok: true, value: 1234.5 }
 * @example parseNumber('1 234.5', '.', ',') // → { ok: false, … } (only "," separates thousands)
 * @example parseNumber('12%', '.') // → { ok: false, message: '"12%" is not a number. …' }
 */
export function parseNumber(raw: string, decimal: DecimalMark, thousands?: ThousandsSeparator): ParsedNumber {
  // Most cells are plain ("-12", "1234.5"): read them directly, the grammar's answer for them.
  if (PLAIN_NUMBER[decimal].test(raw)) {
    const value = Number(decimal === '.' ? raw : raw.replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  const text = trimNumberCell(raw);
  const match = grammar(decimal, thousands).exec(text);
  if (!match) {
    const example = decimal === '.' ? { plain: '1234.5', grouped: '1,234.5' } : { plain: '1234,5', grouped: '1.234,5' };
    return { ok: false, ...worded(text === '' ? 'import.issue.emptyNotANumber' : 'import.issue.notANumber', { value: raw, mark: decimal, ...example }) };
  }
  const [, sign = '', integer = '0', fraction, leadingFraction, exponent] = match;
  const digits = (integer.replace(/\D/g, '') || '0') + '.' + (fraction ?? leadingFraction ?? '0');
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}${exponent === undefined ? '' : `e${exponent}`}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, ...worded('import.issue.tooLarge', { value: raw }) };
}

/**
 * The decimal mark one value shows, or null when it could be either ("1,234": a thousands group
 * or three decimals) or has neither mark.
 * @example decimalEvidence('9,03') // → ','
 * @example decimalEvidence('1.234.567') // → ','
 * @example decimalEvidence('0.500') // → '.' (a thousands group never follows a lone 0)
 * @example decimalEvidence('250.000') // → null
 */
export function decimalEvidence(raw: string): DecimalMark | null {
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  if (at < 0) return null;
  const mark = raw[at] as DecimalMark;
  // Two of one mark ("1.234.567") are thousands groups, so the other mark is the decimal one.
  if (raw.indexOf(mark) !== at) return OTHER_MARK[mark];
  // "1,234" or "1.234" could be a thousands group; "1,5", "9,03", "1,2345" or "0,500" cannot.
  return isThreeDigitGroup(raw, at + 1) && !isLoneZeroBefore(raw, at) ? null : mark;
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

/** True when the digits before `at` are "0" alone or start with 0 ("0.500", "-00.250"): no group starts so. */
function isLoneZeroBefore(raw: string, at: number): boolean {
  let start = at;
  while (start > 0 && raw.charCodeAt(start - 1) >= 48 && raw.charCodeAt(start - 1) <= 57) start--;
  return start < at && raw[start] === '0';
}

/**
 * The decimal mark of some columns of table rows taken together: the majority of the values that
 * tell; a tie or no evidence gives ".". Reads the cells in place (a 100,000-row file has half a million).
 * @example detectDecimalMarkIn([{ cells: ['A', '9,03'] }, { cells: ['B', '1.234'] }], [1]) // → ','
 * @example detectDecimalMarkIn([{ cells: ['9,5'] }, { cells: ['2.5'] }], [0]) // → '.' (a tie)
 */
export function detectDecimalMarkIn(rows: readonly { readonly cells: readonly string[] }[], columns: readonly number[]): DecimalMark {
  const votes = countDecimalEvidence(rows, columns, true);
  return votes.comma > votes.dot ? ',' : '.';
}

/**
 * How many values of the columns show each decimal mark; with `early`, counting stops once the
 * cells left cannot change the majority.
 * @example countDecimalEvidence([{ cells: ['9,03'] }, { cells: ['1.5'] }, { cells: ['1.234'] }], [0]) // → { dot: 1, comma: 1 }
 */
export function countDecimalEvidence(rows: readonly { readonly cells: readonly string[] }[], columns: readonly number[], early = false): { dot: number; comma: number } {
  let dot = 0;
  let comma = 0;
  let left = rows.length * columns.length;
  for (const row of rows) {
    for (const column of columns) {
      const vote = decimalEvidence(row.cells[column] ?? '');
      if (vote === '.') dot++;
      else if (vote === ',') comma++;
    }
    left -= columns.length;
    if (early && (comma + left <= dot || comma > dot + left)) break;
  }
  return { dot, comma };
}
