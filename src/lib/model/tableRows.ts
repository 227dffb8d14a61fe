// Sorting and filtering of table rows by column values; pure, so the tables' behaviour is
// tested without a DOM.

export type CellValue = string | number;
export type SortDirection = 'ascending' | 'descending';

export interface ColumnValue<Row> {
  readonly id: string;
  readonly value: (row: Row) => CellValue;
  /** What to sort by when it differs from what is shown (e.g. a rank behind a label). */
  readonly sortValue?: (row: Row) => CellValue;
}

/** A table column: its header, how to read its value, and whether it holds numbers. */
export interface Column<Row> extends ColumnValue<Row> {
  readonly label: string;
  readonly numeric?: boolean;
}

const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return collator;
}

/**
 * Rows sorted by one column; numbers by size, text in the natural order of the language
 * ("Office 2" before "Office 10"; in Spanish "Ñ" after every "N", in Chinese by pinyin).
 * @example sortRows([{ n: 'b' }, { n: 'a' }], { id: 'n', value: (r) => r.n }, 'ascending', 'en') // → [{ n: 'a' }, { n: 'b' }]
 */
export function sortRows<Row>(rows: readonly Row[], column: ColumnValue<Row>, direction: SortDirection, locale: string): Row[] {
  const collator = collatorFor(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const key = column.sortValue ?? column.value;
    const x = key(a);
    const y = key(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Rows where any column contains the query, ignoring case and accents ("cote" finds "Côte d'Ivoire").
 * @example filterRows(rows, columns, 'nairobi') // → the rows whose city or name contains "Nairobi"
 */
export function filterRows<Row>(rows: readonly Row[], columns: readonly ColumnValue<Row>[], query: string): Row[] {
  const needle = fold(query.trim());
  if (needle === '') return [...rows];
  return rows.filter((row) => columns.some((column) => fold(String(column.value(row))).includes(needle)));
}
