// Reads CSV text into records keyed by header, each with the line it starts on, so every
// later message can say "line 12". Structural problems come back as issues, not exceptions.
import Papa from 'papaparse';
import type { DataIssue } from '../model/dataIssue';

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
 * Parses CSV text with a header row; blank lines are skipped, never merged.
 * @example readCsvRecords('id,name\nA,"Addis, Ababa"\n', 'offices.csv')
 * // → { header: ['id','name'], records: [{ line: 2, values: { id: 'A', name: 'Addis, Ababa' } }], issues: [] }
 */
export function readCsvRecords(text: string, file: string): CsvReadResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  const issues: DataIssue[] = [];
  const lines = new LineCounter(content);
  let rowStart = 0;
  Papa.parse<string[]>(content, {
    delimiter: ',',
    skipEmptyLines: false,
    step(result) {
      const line = lines.lineAt(rowStart);
      rowStart = result.meta.cursor;
      for (const error of result.errors) {
        issues.push({ file, line, message: `${error.message}. Check the quotes on this line: a field with a comma or line break must be wrapped in double quotes, and a quote inside it doubled ("").` });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      rows.push({ line, cells });
    },
  });
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return { header: [], records: [], issues: [...issues, { file, message: 'The file is empty. It needs a header row and at least one data row.' }] };
  const header = headerRow.cells.map((name) => name.trim());
  const records = dataRows.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      issues.push({ file, line, message: `This row has ${cells.length} cells, but the header has ${header.length}. Check for a missing or extra comma, or a text cell with a comma that is not in quotes.` });
    }
    const values: Record<string, string> = Object.create(null);
    header.forEach((name, i) => (values[name] = cells[i] ?? ''));
    return { line, values };
  });
  return { header, records, issues };
}

/** Maps character offsets to 1-based line numbers; CRLF, LF and lone CR each end a line. */
class LineCounter {
  private readonly breaks: number[] = [];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) this.breaks.push(i);
    }
  }
  /** Line of the first non-break character at or after offset. */
  lineAt(offset: number): number {
    let start = offset;
    while (this.text[start] === '\r' || this.text[start] === '\n') start++;
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.breaks[mid] as number) < start) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}
