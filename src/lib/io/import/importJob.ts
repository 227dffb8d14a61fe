// One import as the worker runs it: it keeps the read table, the validated rows and the report,
// and sends the page only what it shows (a summary, pages of the report, the report file, the
// rows to land in chunks), so no message is big enough to hold up the page. Pure: `post` is the
// only way out, so tests drive it without a Worker.
import { localText, type LocalText } from '../../i18n/localText';
import type { Network } from '../../model/types';
import { coverageToChanges, officesToChanges } from '../../scenario/importToChanges';
import type { ColumnMapping, ImportKind } from './columnMapping';
import type { DecodeIssue } from './decodeText';
import { reportToCsv } from './importReport';
import { importReportSheet } from '../export/xlsx/importReportSheet';
import type { SheetSpec } from '../export/xlsx/workbookTypes';
import type { IssueText } from './issueText';
import { chosenNumberFormat } from './numberFormat';
import type { NumberFormat } from './parseNumber';
import { readImportBytes, validateTable, WORKBOOK_NUMBER_FORMAT, type ReadFileResult, type ReadOverrides, type ValidatedImport } from './importPipeline';
import type { TableRecord } from './readTable';
import { keepReport, numberColumnsOf, reportPage, summarizeReport, type KeptReport, type NumberColumn, type ReportSummary } from './reportPages';
import type { ImportContext, ImportIssue } from './rowCheck';

/** Rows shown in the preview; items sent per message when the valid rows are landed. */
export const PREVIEW_ROWS = 20;
export const LAND_CHUNK = 2000;

export type ReadSummary = Omit<ReadFileResult, 'table' | 'decodeIssues'> & {
  readonly header: readonly string[];
  readonly rowCount: number;
  readonly sample: readonly TableRecord[];
  /** Why the encoding is a guess, shown next to the encoding chooser; null when the file said it. */
  readonly encodingGuess: IssueText | null;
  /** The first line looks like data, not column names: said once at the mapping step. */
  readonly headerless: IssueText | null;
};
/** What landing asks for: the scenario changes (offices, coverage) or the records themselves (figures, a new data set). */
export type LandWhat = 'changes' | 'records';

export type JobRequest =
  /** The file itself (a Blob is handed over without copying its bytes on the page). */
  | { readonly type: 'read'; readonly file: Blob; readonly kind: ImportKind; readonly overrides: ReadOverrides; readonly quiet?: boolean }
  | { readonly type: 'validate'; readonly kind: ImportKind; readonly mapping: ColumnMapping; readonly context: Omit<ImportContext, 'decodeIssues'> }
  | { readonly type: 'page'; readonly id: number; readonly group: string; readonly offset: number }
  /** How the mapped numeric columns of the read file would be read, for the mapping step's preview. */
  | { readonly type: 'formats'; readonly id: number; readonly kind: ImportKind; readonly mapping: ColumnMapping; readonly numberFormat?: NumberFormat }
  | { readonly type: 'report-csv'; readonly id: number }
  /** The report as a sheet of typed cells, for the page to write as .xlsx. */
  | { readonly type: 'report-sheet'; readonly id: number }
  | { readonly type: 'land'; readonly id: number; readonly what: LandWhat; readonly baseline: Network };

export type JobReply =
  | { readonly type: 'progress'; readonly stage: LocalText; readonly share: number }
  | { readonly type: 'read'; readonly result: ReadSummary }
  | { readonly type: 'validated'; readonly summary: ReportSummary }
  | { readonly type: 'page'; readonly id: number; readonly issues: readonly ImportIssue[] }
  | { readonly type: 'formats'; readonly id: number; readonly columns: readonly NumberColumn[] }
  | { readonly type: 'report-csv'; readonly id: number; readonly csv: string }
  | { readonly type: 'report-sheet'; readonly id: number; readonly sheet: SheetSpec }
  | { readonly type: 'land'; readonly id: number; readonly items: readonly unknown[]; readonly total: number; readonly done: boolean }
  | { readonly type: 'failed'; readonly id?: number; readonly message: string };

export class ImportJob {
  private read: ReadFileResult | null = null;
  private decodeIssues: readonly DecodeIssue[] = [];
  private validated: ValidatedImport | null = null;
  private report: KeptReport | null = null;

  constructor(private readonly post: (reply: JobReply) => void) {}

  /** Answers one request; resolves once its replies are posted (reading a file waits for its bytes). */
  async handle(request: JobRequest): Promise<void> {
    try {
      if (request.type === 'read') await this.readFile(request);
      else this.answer(request);
    } catch (error) {
      this.post({ type: 'failed', ...('id' in request ? { id: request.id } : {}), message: error instanceof Error ? error.message : String(error) });
    }
  }

  private answer(request: Exclude<JobRequest, { type: 'read' }>): void {
    if (request.type === 'validate') return this.validate(request);
    if (request.type === 'formats') return this.formats(request);
    const { validated, report } = this;
    if (!validated || !report) throw new Error('no checked import');
    if (request.type === 'page') this.post({ type: 'page', id: request.id, issues: reportPage(report, request.group, request.offset) });
    else if (request.type === 'report-csv') this.post({ type: 'report-csv', id: request.id, csv: reportToCsv(validated.result.issues) });
    else if (request.type === 'report-sheet') this.post({ type: 'report-sheet', id: request.id, sheet: importReportSheet(validated.result.issues) });
    else this.land(request.id, landItems(validated, request.what, request.baseline));
  }

  private async readFile(request: Extract<JobRequest, { type: 'read' }>): Promise<void> {
    if (!request.quiet) this.post({ type: 'progress', stage: localText('import.progress.reading'), share: 0.1 });
    const read = await readImportBytes(new Uint8Array(await request.file.arrayBuffer()), request.kind, request.overrides);
    [this.read, this.decodeIssues, this.validated, this.report] = [read, read.decodeIssues, null, null];
    const { table, decodeIssues: _kept, ...rest } = read;
    const encodingGuess = read.decodeIssues.find((i) => i.kind === 'encoding-guessed')?.text ?? null;
    const headerless = table.issues.find((i) => i.kind === 'header-looks-like-data')?.text ?? null;
    if (!request.quiet) this.post({ type: 'read', result: { ...rest, header: table.header, rowCount: table.rows.length, sample: table.rows.slice(0, PREVIEW_ROWS), encodingGuess, headerless } });
  }

  private validate(request: Extract<JobRequest, { type: 'validate' }>): void {
    const table = this.read?.table;
    if (!table) throw new Error('no file read');
    const total = table.rows.length;
    const progress = (done: number) => this.post({ type: 'progress', stage: localText('import.progress.checking', { count: total }), share: 0.1 + 0.8 * (done / Math.max(1, total)) });
    progress(0);
    // A workbook's numbers are typed cells written with a point: nothing to guess or choose.
    const workbook = this.read?.workbook ?? null;
    const context = workbook ? { ...request.context, numberFormat: WORKBOOK_NUMBER_FORMAT } : request.context;
    this.validated = validateTable(request.kind, table, request.mapping, { ...context, decodeIssues: this.decodeIssues }, progress);
    this.report = keepReport(this.validated.result.issues);
    const preview = table.rows.slice(0, PREVIEW_ROWS).map((r) => r.line);
    this.post({ type: 'validated', summary: summarizeReport(request.kind, this.validated.result, this.report, preview, workbook ? [] : numberColumnsOf(request.kind, request.mapping, table.rows, chosenNumberFormat(request.context))) });
  }

  private formats(request: Extract<JobRequest, { type: 'formats' }>): void {
    const table = this.read?.table;
    if (!table) throw new Error('no file read');
    const columns = this.read?.workbook ? [] : numberColumnsOf(request.kind, request.mapping, table.rows, request.numberFormat);
    this.post({ type: 'formats', id: request.id, columns });
  }

  private land(id: number, items: readonly unknown[]): void {
    for (let start = 0; start < items.length || start === 0; start += LAND_CHUNK) {
      const done = start + LAND_CHUNK >= items.length;
      this.post({ type: 'land', id, items: items.slice(start, start + LAND_CHUNK), total: items.length, done });
      if (done) return;
    }
  }
}

/** The scenario changes or the records of the valid rows. */
function landItems(validated: ValidatedImport, what: LandWhat, baseline: Network): readonly unknown[] {
  if (what === 'records' || validated.kind === 'figures') return validated.result.records.map((r) => r.value);
  if (validated.kind === 'offices') return officesToChanges(baseline, validated.result.records.map((r) => r.value));
  return coverageToChanges(baseline, validated.result.records.map((r) => r.value));
}
