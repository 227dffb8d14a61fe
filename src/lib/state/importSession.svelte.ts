// One import, step by step: read the file in a worker (encoding, delimiter), let the user
// check the column mapping, validate in the worker, show the report (a page at a time: the rows
// and the report stay in the worker), and land the valid rows as a new scenario (offices,
// coverage) or as the workspace's office figures. Cancel works at any step and writes nothing.
import { IMPORT_FIELDS, describeMapping, remapField, type ColumnMapping, type ImportKind, type MappingSuggestion } from '../io/import/columnMapping';
import type { TextEncodingName } from '../io/import/decodeText';
import type { Delimiter } from '../io/import/detectDelimiter';
import type { JobReply, LandWhat, ReadSummary } from '../io/import/importJob';
import type { NumberColumn, ReportSummary } from '../io/import/reportPages';
import type { NumberFormat } from '../io/import/parseNumber';
import type { ImportIssue } from '../io/import/rowCheck';
import type { SheetSpec } from '../io/export/xlsx/workbookTypes';
import { i18n, t } from '../i18n/i18n.svelte';
import { localText, type LocalText } from '../i18n/localText';
import type { Network, Office } from '../model/types';
import type { ChangeData } from '../scenario/types';
import type { OfficeFigures } from '../scoring/types';
import type { ScenarioStore } from './scenarioStore.svelte';
import type { ScorecardStore } from './scorecardStore.svelte';
import type { PlannerDatabase } from '../db/database';
import { activateNewDataset } from '../db/datasetRepository';
import { isOpenDocument } from '../io/import/workbookBytes';
import { ImportCancelled, ImportWorkerClient, createImportWorker, type WorkerLike } from './importWorkerClient';

export type ImportStep = 'choose' | 'mapping' | 'report' | 'done';
type Busy = 'read' | 'validate' | 'land' | null;

export class ImportSession {
  kind = $state<ImportKind>('offices');
  step = $state<ImportStep>('choose');
  fileName = $state('');
  progress = $state<{ stage: LocalText; share: number } | null>(null);
  error = $state<LocalText | null>(null);
  read = $state.raw<ReadSummary | null>(null);
  mapping = $state.raw<ColumnMapping>({});
  /** The checked file's report: totals and the first issues of each kind (the rest stay in the worker). */
  report = $state.raw<ReportSummary | null>(null);
  /** The issues of each report group loaded so far, by group id. */
  shown = $state.raw<Readonly<Record<string, readonly ImportIssue[]>>>({});
  summary = $state<LocalText | null>(null);
  /** True when the last import created a scenario (there is one to show on the map). */
  createdScenario = $state(false);
  encodingOverride = $state<TextEncodingName | undefined>(undefined);
  delimiterOverride = $state<Delimiter | undefined>(undefined);
  /** The workbook sheet the user chose; undefined for the first. */
  sheetOverride = $state<string | undefined>(undefined);
  /** The decimal mark and thousands separator the user chose; undefined to decide per column. */
  numberFormat = $state.raw<NumberFormat | undefined>(undefined);
  /** At the mapping step: how the mapped numeric columns would be read (from the whole file, in the worker). */
  mappingFormats = $state.raw<readonly NumberColumn[]>([]);

  readonly mappingCheck = $derived<MappingSuggestion | null>(this.read ? describeMapping(this.read.header, this.kind, this.mapping) : null);
  private readonly worker: ImportWorkerClient;
  /** The chosen file: the worker reads it (again after a cancel); the page never holds its bytes. */
  private file: File | null = null;
  private busy: Busy = null;
  private formatsAsked = 0;

  constructor(
    private readonly baseline: () => Network,
    private readonly scenarios: Pick<ScenarioStore, 'createWithChanges'>,
    private readonly scorecards: Pick<ScorecardStore, 'setFigures'>,
    private readonly db: PlannerDatabase,
    createWorker: () => WorkerLike = createImportWorker,
  ) {
    this.worker = new ImportWorkerClient(createWorker, (reply) => this.receive(reply), (message) => this.fail(localText('import.error.unreadable', { message })));
  }

  async start(file: File, kind: ImportKind = this.kind): Promise<void> {
    this.reset();
    this.kind = kind;
    this.fileName = file.name;
    this.file = file;
    if (isUnreadableWorkbook(file.name, new Uint8Array(await file.slice(0, 64).arrayBuffer()))) {
      this.error = localText('import.workbook.unreadable', { file: file.name });
      return;
    }
    this.runRead(false);
  }

  /** Re-reads with another encoding, delimiter or workbook sheet. */
  reread(overrides: { encoding?: TextEncodingName; delimiter?: Delimiter; sheet?: string }): void {
    if ('encoding' in overrides) this.encodingOverride = overrides.encoding;
    if ('delimiter' in overrides) this.delimiterOverride = overrides.delimiter;
    if ('sheet' in overrides) this.sheetOverride = overrides.sheet;
    this.runRead(false);
  }

  setColumn(field: string, column: number | null): void {
    this.mapping = remapField(this.mapping, field, column);
    void this.refreshFormats();
  }

  /** Asks the worker how the mapped numeric columns would be read; a later answer replaces an earlier one. */
  private async refreshFormats(): Promise<void> {
    if (!this.worker.started || !this.read) return;
    const asked = ++this.formatsAsked;
    const columns = await this.worker.formats(this.kind, this.mapping, this.numberFormat).catch(() => null);
    if (columns && asked === this.formatsAsked) this.mappingFormats = columns;
  }

  /** Chooses how numbers are written (undefined: detect); a checked file is checked again with it. */
  setNumberFormat(format: NumberFormat | undefined): void {
    this.numberFormat = format;
    if (this.step === 'report') this.check();
    else if (this.step === 'mapping') void this.refreshFormats();
  }

  check(): void {
    // A worker ended by a cancel holds nothing: it reads the file again first, without a word.
    if (!this.worker.started) this.runRead(true);
    const network = this.baseline();
    this.begin('validate', localText('import.progress.checking', { count: this.read?.rowCount ?? 0 }));
    this.worker.send({ type: 'validate', kind: this.kind, mapping: this.mapping, context: { countries: network.countries, offices: network.offices, ...(this.numberFormat ? { numberFormat: this.numberFormat } : {}) } });
  }

  /** Stops what is running. Reading or checking ends the worker; landing stops before anything is written. */
  cancel(): void {
    const landing = this.busy === 'land';
    this.worker.cancel(!landing);
    [this.busy, this.progress] = [null, null];
    if (!landing) [this.step, this.report, this.shown] = [this.read ? 'mapping' : 'choose', null, {}];
  }

  reset(): void {
    this.worker.cancel(true);
    this.busy = null;
    Object.assign(this, { step: 'choose', error: null, read: null, report: null, shown: {}, summary: null, createdScenario: false, progress: null, mapping: {}, encodingOverride: undefined, delimiterOverride: undefined, sheetOverride: undefined, numberFormat: undefined, mappingFormats: [] });
  }

  /** Loads the next page of a report group. */
  async showMore(group: string): Promise<void> {
    const loaded = this.shown[group] ?? [];
    const more = await this.worker.page(group, loaded.length).catch(() => []);
    this.shown = { ...this.shown, [group]: [...loaded, ...more] };
  }

  /** The whole report as CSV, made in the worker; null when it could not be made. */
  async reportCsv(): Promise<string | null> {
    return this.worker.reportCsv().catch((error: unknown) => {
      if (!(error instanceof ImportCancelled)) this.fail(localText('import.error.unreadable', { message: String(error) }));
      return null;
    });
  }

  /** The whole report as a sheet for the .xlsx download, made in the worker; rejects when it could not be made. */
  async reportSheets(): Promise<SheetSpec[]> {
    return [await this.worker.reportSheet()];
  }

  /** Lands the valid rows: offices and coverage as a new scenario, figures into the workspace. */
  async importValidRows(): Promise<void> {
    const report = this.report;
    if (!report || report.blocked || this.busy) return;
    this.summary = null;
    const baseline = this.baseline();
    const items = await this.landRows(report.kind === 'figures' ? 'records' : 'changes', baseline);
    if (!items) return;
    const { valid: rows, skipped } = report;
    try {
      if (report.kind === 'figures') {
        await this.scorecards.setFigures(items as OfficeFigures[]);
        this.summary = localText('import.summary.figures', { rows, skipped });
      } else if (items.length === 0) {
        this.summary = localText(skipped ? 'import.summary.nothingSkipped' : 'import.summary.nothing', { rows, skipped });
      } else {
        // The scenario's name and description are written in the language in use, like any the user types.
        const name = t('import.scenario.name', { file: this.fileName });
        const imported = t(report.kind === 'offices' ? 'import.scenario.fromOffices' : 'import.scenario.fromCoverage', { rows, file: this.fileName });
        await this.scenarios.createWithChanges(name, skipped ? [imported, t('import.scenario.skipped', { skipped })].join(i18n.locale === 'zh' ? '' : ' ') : imported, items as ChangeData[]);
        this.summary = localText('import.summary.created', { name, changes: items.length, rows, skipped });
        this.createdScenario = true;
      }
      this.step = 'done';
    } catch (error) {
      this.error = localText('import.landing.storeFailed', { error: String(error) });
    } finally {
      [this.busy, this.progress] = [null, null];
    }
  }

  /**
   * Makes the valid imported offices the data set in use (the current one is kept and can be
   * chosen again under "About the data"), then reloads the page on it.
   */
  async replaceDataset(): Promise<void> {
    const report = this.report;
    if (!report || report.kind !== 'offices' || report.blocked || this.busy) return;
    const offices = (await this.landRows('records', this.baseline())) as Office[] | null;
    [this.busy, this.progress] = [null, null];
    if (!offices) return;
    // The new data set stands alone: a reporting line to an office outside the file would dangle.
    const ids = new Set(offices.map((o) => o.id));
    const dangling = offices.filter((o) => o.reportsTo !== null && !ids.has(o.reportsTo));
    if (dangling.length > 0) {
      this.error = localText('import.error.notReplaced', { count: dangling.length, pairs: dangling.slice(0, 5).map((o) => `${o.id} → ${o.reportsTo}`).join(', ') });
      return;
    }
    const createdAt = new Date().toISOString();
    try {
      // The data set's name is written in the language in use: it is the user's own label from then on.
      const name = t('import.datasetName', { file: this.fileName, date: createdAt.slice(0, 10) });
      await activateNewDataset(this.db, { id: crypto.randomUUID(), name, fileName: this.fileName, offices, createdAt });
      location.reload();
    } catch (error) {
      this.error = localText('import.error.storeFailed', { error: String(error) });
    }
  }

  /** The valid rows' changes or records from the worker, chunk by chunk; null when cancelled or failed. */
  private async landRows(what: LandWhat, baseline: Network): Promise<unknown[] | null> {
    const total = this.report?.valid ?? 0;
    this.begin('land', localText('import.landing.preparing', { done: 0, total }));
    try {
      const items = await this.worker.land(what, baseline, (done, all) => (this.progress = { stage: localText('import.landing.preparing', { done, total: all }), share: done / Math.max(1, all) }));
      // From here on the rows are written in one go, which cannot be cancelled half-way.
      this.progress = null;
      return this.busy === 'land' ? items : null;
    } catch (error) {
      if (error instanceof ImportCancelled) this.summary = localText('import.landing.cancelled');
      else this.fail(localText('import.error.unreadable', { message: String(error) }));
      return null;
    }
  }

  private runRead(quiet: boolean): void {
    if (!this.file) return;
    if (!quiet) this.begin('read', localText('import.progress.reading'));
    this.worker.send({ type: 'read', file: this.file, kind: this.kind, overrides: { encoding: this.encodingOverride, delimiter: this.delimiterOverride, sheet: this.sheetOverride }, quiet });
  }

  private begin(busy: Busy, stage: LocalText): void {
    [this.busy, this.error, this.progress] = [busy, null, { stage, share: 0.05 }];
  }

  private fail(error: LocalText): void {
    [this.error, this.progress, this.busy] = [error, null, null];
  }

  private receive(reply: JobReply): void {
    if (reply.type === 'progress') this.progress = { stage: reply.stage, share: reply.share };
    else if (reply.type === 'failed') this.fail(localText('import.error.unreadable', { message: reply.message }));
    else if (reply.type === 'read') {
      this.read = reply.result;
      this.mapping = reply.result.suggestion.mapping;
      [this.progress, this.step, this.busy] = [null, 'mapping', null];
      void this.refreshFormats();
    } else if (reply.type === 'validated') {
      this.report = reply.summary;
      this.shown = Object.fromEntries(reply.summary.groups.map((g) => [g.id, g.issues]));
      [this.progress, this.step, this.busy] = [null, 'report', null];
    }
  }
}

/**
 * A workbook the import cannot read: an old .xls (an OLE file, D0 CF 11 E0) or an OpenDocument
 * .ods (a ZIP whose first entry is "mimetype"). An .xlsx (any other ZIP) is read in the worker.
 */
function isUnreadableWorkbook(name: string, bytes: Uint8Array): boolean {
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return ole || isOpenDocument(bytes) || /\.(xls|ods)$/i.test(name);
}

/** The expected fields of a kind, for the mapping step. */
export const fieldsOf = (kind: ImportKind) => IMPORT_FIELDS[kind];
