// Decides, per numeric column, how its numbers are written (the user's choice; else the column's
// own values; else the file's) and finds each value whose two readings differ a thousandfold
// ("250.000": 250 or 250000), so no figure is read 1,000 times off without a warning.
import { decimalEvidence, detectDecimalMarkIn, parseNumber, trimNumberCell, type DecimalMark, type NumberFormat, type ThousandsSeparator } from './parseNumber';

/** Where a column's convention comes from. */
export type FormatSource = 'chosen' | 'column' | 'file';

export interface ColumnNumberFormat {
  readonly decimalMark: DecimalMark;
  /** Only when the user chose one; else every separator other than the decimal mark is accepted. */
  readonly thousandsSeparator?: ThousandsSeparator;
  readonly source: FormatSource;
  /** A value of the column that shows its decimal mark ("1.715.320"), when the column decided. */
  readonly example?: string;
  /** Marks the column's telling values use as thousands separators ("." in "1.715.320"). */
  readonly groupMarks: readonly DecimalMark[];
  /** Marks the column's telling values use as decimal marks with three or more decimals ("38.7456"). */
  readonly longFractionMarks: readonly DecimalMark[];
}

/** A value that reads two ways: as read, and what it would be with the other convention. */
export interface Ambiguity {
  readonly mark: DecimalMark;
  /** How the value was read: the mark as the decimal mark, or as a thousands separator. */
  readonly readAs: 'decimal' | 'thousands';
  readonly asRead: number;
  readonly otherReading: number;
}

/** One mark, after 1–3 digits that do not start with 0, followed by exactly three digits (and maybe an exponent). */
const AMBIGUOUS = /^([+\-\u2212]?)([1-9]\d{0,2})([.,])(\d{3})(?:[eE]([+-]?\d+))?$/;

/** The marks a telling value uses as group separator and as a long-fraction decimal mark. */
function rolesOf(raw: string, decimal: DecimalMark): { group: boolean; longFraction: boolean } {
  const other: DecimalMark = decimal === '.' ? ',' : '.';
  const at = raw.lastIndexOf(decimal);
  const fractionDigits = at < 0 ? 0 : /^\d*/.exec(raw.slice(at + 1))![0].length;
  return { group: raw.includes(other), longFraction: fractionDigits >= 3 };
}

/**
 * The convention of one column from all its values; `fileMark` decides when none of them tells.
 * @example columnNumberFormat([{ cells: ['1.715.320'] }, { cells: ['250.000'] }], 0, '.')
 * // → { decimalMark: ',', source: 'column', example: '1.715.320', groupMarks: ['.'], longFractionMarks: [] }
 */
export function columnNumberFormat(rows: readonly { readonly cells: readonly string[] }[], column: number, fileMark: DecimalMark, chosen?: NumberFormat): ColumnNumberFormat {
  if (chosen) return { ...chosen, source: 'chosen', groupMarks: [], longFractionMarks: [] };
  const votes = { '.': 0, ',': 0 };
  const first: Partial<Record<DecimalMark, string>> = {};
  const group = new Set<DecimalMark>();
  const longFraction = new Set<DecimalMark>();
  for (const row of rows) {
    const raw = row.cells[column] ?? '';
    const vote = decimalEvidence(raw);
    if (vote === null) continue;
    votes[vote]++;
    first[vote] ??= raw;
    const roles = rolesOf(raw, vote);
    if (roles.group) group.add(vote === '.' ? ',' : '.');
    if (roles.longFraction) longFraction.add(vote);
  }
  const evidence = { groupMarks: [...group], longFractionMarks: [...longFraction] };
  if (votes['.'] === votes[',']) return { decimalMark: fileMark, source: 'file', ...evidence };
  const decimalMark: DecimalMark = votes[','] > votes['.'] ? ',' : '.';
  return { decimalMark, source: 'column', example: first[decimalMark], ...evidence };
}

/**
 * Whether a value reads two ways under the column's convention, unless the column's own values
 * show the mark in the role it was read in (or the user chose the convention).
 * @example ambiguityOf('250.000', { decimalMark: '.', source: 'file', groupMarks: [], longFractionMarks: [] })
 * // → { mark: '.', readAs: 'decimal', asRead: 250, otherReading: 250000 }
 * @example ambiguityOf('250.000', { decimalMark: ',', source: 'column', groupMarks: ['.'], longFractionMarks: [] }) // → null
 */
export function ambiguityOf(raw: string, format: ColumnNumberFormat): Ambiguity | null {
  if (format.source === 'chosen') return null;
  const match = AMBIGUOUS.exec(trimNumberCell(raw));
  if (!match) return null;
  const [, sign = '', integer = '', mark = '.', digits = '', exponent = '0'] = match as unknown as [string, string, string, DecimalMark, string, string | undefined];
  const negative = sign === '-' || sign === '\u2212' ? '-' : '';
  const asDecimal = Number(`${negative}${integer}.${digits}e${exponent}`);
  const asGroup = Number(`${negative}${integer}${digits}e${exponent}`);
  if (format.decimalMark === mark) {
    if (format.longFractionMarks.includes(mark)) return null;
    return { mark, readAs: 'decimal', asRead: asDecimal, otherReading: asGroup };
  }
  if (format.groupMarks.includes(mark)) return null;
  return { mark, readAs: 'thousands', asRead: asGroup, otherReading: asDecimal };
}

/**
 * The user's choice from the import context: a full number format, or only a decimal mark
 * (then the other mark separates thousands, spaces and apostrophes too); undefined to detect.
 * @example chosenNumberFormat({ decimal: ',' }) // → { decimalMark: ',' }
 */
export function chosenNumberFormat(context: { readonly numberFormat?: NumberFormat; readonly decimal?: DecimalMark }): NumberFormat | undefined {
  return context.numberFormat ?? (context.decimal ? { decimalMark: context.decimal } : undefined);
}

type Rows = readonly { readonly cells: readonly string[] }[];

/**
 * The convention of each numeric field's column, as validation decides it (the file's mark
 * from all the given columns, then each column's own values): for the report and the preview.
 * @example columnFormats([{ cells: ['1.715.320,50', '250.000'] }], { tcDeliveryUsd: 0, budgetUsd: 1 })
 * // → { tcDeliveryUsd: { decimalMark: ',', source: 'column', … }, budgetUsd: { decimalMark: ',', source: 'file', … } }
 */
export function columnFormats(rows: Rows, columns: Readonly<Record<string, number | null>>, chosen?: NumberFormat): Record<string, ColumnNumberFormat> {
  const mapped = Object.entries(columns).filter((entry): entry is [string, number] => entry[1] !== null);
  const fileMark = detectDecimalMarkIn(rows, mapped.map(([, index]) => index));
  return Object.fromEntries(mapped.map(([field, index]) => [field, columnNumberFormat(rows, index, fileMark, chosen)]));
}

/**
 * A cell as the import reads it, in plain digits, to show next to the raw text; null when it is no number.
 * @example numberAsRead('1.715.320,50', { decimalMark: ',', source: 'column', groupMarks: ['.'], longFractionMarks: [] }) // → '1715320.5'
 */
export function numberAsRead(raw: string, format: ColumnNumberFormat): string | null {
  const parsed = parseNumber(raw, format.decimalMark, format.thousandsSeparator);
  return parsed.ok ? String(parsed.value) : null;
}
