// The data set's CSV tables as records keyed by header, each with the line it starts on,
// so every later message can say "line 12". The reading itself is the importer's (readTable,
// on PapaParse): one CSV reader for the embedded data and for imports.
import type { DataIssue } from '../model/dataIssue';
import { readTable } from './import/readTable';

export interface CsvRecord {
  /** 1-based line on which the record starts (records may span lines inside quotes). */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvReadResult {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly issues: readonly DataIssue[];
}

/**
 * Parses comma-separated text with a header row; blank lines are skipped, never merged.
 * @example readCsvRecords('id,name\nA,"Addis, Ababa"\n', 'offices.csv')
 * // → { header: ['id','name'], records: [{ line: 2, values: { id: 'A', name: 'Addis, Ababa' } }], issues: [] }
 */
export function readCsvRecords(text: string, file: string): CsvReadResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const table = readTable(content, { delimiter: ',' });
  if (table.header.length === 0) return { header: [], records: [], issues: [{ file, message: 'The file is empty. It needs a header row and at least one data row.' }] };
  const issues: DataIssue[] = table.issues.map((issue) => ({ file, line: issue.line, ...(issue.column ? { column: issue.column } : {}), message: issue.message }));
  const records = table.rows.map(({ line, cells }) => {
    // No prototype: a "__proto__" column is a column like any other.
    const values: Record<string, string> = Object.create(null);
    table.header.forEach((name, i) => (values[name] = cells[i] ?? ''));
    return { line, values };
  });
  return { header: table.header, records, issues };
}
