// Where a key moves the current cell of an editable table (the ARIA grid pattern): arrows by one
// cell, Home/End to the ends of the row, Ctrl+Home/End to the first/last row, PageUp/PageDown by a page.
// In a right-to-left page the row runs from the right, so ArrowLeft moves to the next cell.

export interface Cell {
  readonly row: number;
  readonly column: number;
}

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** Rows a PageUp/PageDown moves by. */
export const PAGE_ROWS = 5;

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * The cell a navigation key moves to, or null when the key does not navigate.
 * @example nextCell({ key: 'ArrowLeft', ctrlKey: false }, { row: 2, column: 1 }, { rows: 20, columns: 6 }, 'rtl') // → { row: 2, column: 2 }
 */
export function nextCell(event: { readonly key: string; readonly ctrlKey: boolean }, from: Cell, size: GridSize, dir: 'ltr' | 'rtl'): Cell | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const at = (row: number, column: number): Cell => ({ row: clamp(row, lastRow), column: clamp(column, lastColumn) });
  switch (event.key) {
    case forward:
      return at(from.row, from.column + 1);
    case back:
      return at(from.row, from.column - 1);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'PageDown':
      return at(from.row + PAGE_ROWS, from.column);
    case 'PageUp':
      return at(from.row - PAGE_ROWS, from.column);
    case 'Home':
      return event.ctrlKey ? at(0, 0) : at(from.row, 0);
    case 'End':
      return event.ctrlKey ? at(lastRow, lastColumn) : at(from.row, lastColumn);
    default:
      return null;
  }
}
