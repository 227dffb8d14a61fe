// Column widths, in characters as Excel counts them, sized to what the column holds so a
// header or a name is readable without dragging, yet a long note does not make a column a page wide.

import type { ColumnKind, SheetCell, SheetColumn } from './workbookTypes';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// Enough rows to see what a column holds; a 100,000-row report need not be measured cell by cell.
const MEASURED_ROWS = 5_000;

/** Characters a cell takes on screen: wide (CJK) characters count twice, only the longest line counts. */
export function displayLength(text: string): number {
  let longest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let length = 0;
    for (const char of line) length += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

/** A number as its column's format shows it (NUMBER_FORMATS), to measure it. */
function shownNumber(value: number, kind: ColumnKind): string {
  if (kind === 'coordinate') return value.toFixed(4);
  if (kind === 'score') return value.toFixed(1);
  if (kind === 'year' || kind === 'text') return String(value);
  return value.toLocaleString('en', { maximumFractionDigits: kind === 'decimal' ? 3 : 0 });
}

/**
 * The width of each column: its longest cell (header included) plus a margin, between 6 and 60.
 * Numbers are measured as their format shows them.
 * @example columnWidths([{ header: 'id', kind: 'text' }, { header: 'lat', kind: 'coordinate' }], [['AFR-KEN', -1.28]]) // → [9, 9]
 */
export function columnWidths(columns: readonly SheetColumn[], rows: readonly (readonly SheetCell[])[]): number[] {
  return columns.map(({ header, kind }, column) => {
    let widest = displayLength(header);
    for (const row of rows.slice(0, MEASURED_ROWS)) {
      const cell = row[column];
      if (cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) continue;
      widest = Math.max(widest, displayLength(typeof cell === 'number' ? shownNumber(cell, kind) : cell));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}
