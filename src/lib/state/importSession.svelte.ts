// One import, step by step: read the file in a worker (encoding, delimiter), let the user
// check the column mapping, validate in the worker, show the report, and land the valid rows
// as a new scenario (offices, coverage) or as the workspace's office figures.
import { IMPORT_FIELDS, describeMapping, remapField, type ColumnMapping, type ImportKind, type MappingSuggestion } from '../io/import/columnMapping';
import type { TextEncodingName } from '../io/import/decodeText';
import type { Delimiter } from '../io/import/detectDelimiter';
import type { ValidatedImport } from '../io/import/importPipeline';
import { i18n, t } from '../i18n/i18n.svelte';
import { localText, type LocalText } from '../i18n/localText';
import type { WorkerReply, WorkerRequest } from '../io/import/importWorker';
import type { Network } from '../model/types';
import { coverageToChanges, officesToChanges } from '../scenario/importToChanges';
import type { ScenarioStore } from './scenarioStore.svelte';
import type { ScorecardStore } from './scorecardStore.svelte';
import type { PlannerDatabase } from '../db/database';
import { activateNewDataset } from '../db/datasetRepository';

type ReadResult = Extract<WorkerReply, { type: 'read' }>['result'];
export type ImportStep = 'choose' | 'mapping' | 'report' | 'done';

export class ImportSession {
  kind = $state<ImportKind>('offices');
  step = $state<ImportStep>('choose');
  fileName = $state('');
  progress = $state<{ stage: LocalText; share: number } | null>(null);
  error = $state<LocalText | null>(null);
  read = $state.raw<ReadResult | null>(null);
  mapping = $state.raw<ColumnMapping>({});
  validated = $state.raw<ValidatedImport | null>(null);
  summary = $state<LocalText | null>(null);
  /** True when the last import created a scenario (there is one to show on the map). */
  createdScenario = $state(false);
  encodingOverride = $state<TextEncodingName | undefined>(undefined);
  delimiterOverride = $state<Delimiter | undefined>(undefined);

  readonly mappingCheck = $derived<MappingSuggestion | null>(this.read ? describeMapping(this.read.header, this.kind, this.mapping) : null);
  private worker: Worker | null = null;
  private bytes: Uint8Array | null = null;

  constructor(
    private readonly baseline: () => Network,
    private readonly scenarios: ScenarioStore,
    private readonly scorecards: ScorecardStore,
    private readonly db: PlannerDatabase,
  ) {}

  /**
   * Makes the valid imported offices the data set in use (the current one is kept and can be
   * chosen again under "About the data"), then reloads the page on it.
   */
  async replaceDataset(): Promise<void> {
    const validated = this.validated;
    if (!validated || validated.kind !== 'offices' || validated.result.blocked) return;
    const offices = validated.result.records.map((r) => r.value);
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

  async start(file: File, kind: ImportKind = this.kind): Promise<void> {
    this.reset();
    this.kind = kind;
    this.fileName = file.name;
    this.bytes = new Uint8Array(await file.arrayBuffer());
    if (isSpreadsheetWorkbook(file.name, this.bytes)) {
      this.error = localText('import.error.workbook', { file: file.name });
      return;
    }
    this.runRead();
  }

  /** Re-reads with another encoding or delimiter. */
  reread(overrides: { encoding?: TextEncodingName; delimiter?: Delimiter }): void {
    if ('encoding' in overrides) this.encodingOverride = overrides.encoding;
    if ('delimiter' in overrides) this.delimiterOverride = overrides.delimiter;
    this.runRead();
  }

  setColumn(field: string, column: number | null): void {
    this.mapping = remapField(this.mapping, field, column);
  }

  check(): void {
    const network = this.baseline();
    this.send({ type: 'validate', kind: this.kind, mapping: this.mapping, context: { countries: network.countries, offices: network.offices, decodeIssues: this.read?.decodeIssues } });
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.progress = null;
    this.step = this.read ? 'mapping' : 'choose';
  }

  reset(): void {
    this.worker?.terminate();
    this.worker = null;
    Object.assign(this, { step: 'choose', error: null, read: null, validated: null, summary: null, createdScenario: false, progress: null, mapping: {}, encodingOverride: undefined, delimiterOverride: undefined });
  }

  /** Lands the valid rows: offices and coverage as a new scenario, figures into the workspace. */
  async importValidRows(): Promise<void> {
    const validated = this.validated;
    if (!validated || validated.result.blocked) return;
    const skipped = validated.result.skippedLines.length;
    const rows = validated.result.records.length;
    if (validated.kind === 'figures') {
      await this.scorecards.setFigures(validated.result.records.map((r) => r.value));
      this.summary = localText('import.summary.figures', { rows, skipped });
    } else {
      const baseline = this.baseline();
      const changes = validated.kind === 'offices' ? officesToChanges(baseline, validated.result.records.map((r) => r.value)) : coverageToChanges(baseline, validated.result.records.map((r) => r.value));
      if (changes.length === 0) {
        this.summary = localText(skipped ? 'import.summary.nothingSkipped' : 'import.summary.nothing', { rows, skipped });
        this.step = 'done';
        return;
      }
      // The scenario's name and description are written in the language in use, like any the user types.
      const name = t('import.scenario.name', { file: this.fileName });
      const imported = t(validated.kind === 'offices' ? 'import.scenario.fromOffices' : 'import.scenario.fromCoverage', { rows, file: this.fileName });
      await this.scenarios.createWithChanges(name, skipped ? [imported, t('import.scenario.skipped', { skipped })].join(i18n.locale === 'zh' ? '' : ' ') : imported, changes);
      this.summary = localText('import.summary.created', { name, changes: changes.length, rows, skipped });
      this.createdScenario = true;
    }
    this.step = 'done';
  }

  private runRead(): void {
    if (!this.bytes) return;
    this.send({ type: 'read', bytes: this.bytes, kind: this.kind, overrides: { encoding: this.encodingOverride, delimiter: this.delimiterOverride } });
  }

  private send(request: WorkerRequest): void {
    this.worker ??= this.createWorker();
    this.error = null;
    this.progress = { stage: localText(request.type === 'read' ? 'import.progress.reading' : 'import.progress.checking', { count: this.read?.rowCount ?? 0 }), share: 0.05 };
    this.worker.postMessage(request);
  }

  private createWorker(): Worker {
    const worker = new Worker(new URL('../io/import/importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      this.error = localText('import.error.unreadable', { message: event.message });
      this.progress = null;
    };
    return worker;
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'progress') this.progress = { stage: reply.stage, share: reply.share };
    else if (reply.type === 'failed') [this.error, this.progress] = [localText('import.error.unreadable', { message: reply.message }), null];
    else if (reply.type === 'read') {
      this.read = reply.result;
      this.mapping = reply.result.suggestion.mapping;
      [this.progress, this.step] = [null, 'mapping'];
    } else {
      this.validated = reply.validated;
      [this.progress, this.step] = [null, 'report'];
    }
  }
}

/** .xlsx/.ods are zip files (PK…), .xls an OLE file (D0 CF 11 E0): not text at all. */
function isSpreadsheetWorkbook(name: string, bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole || /\.(xlsx|xlsm|xls|ods)$/i.test(name);
}

/** The expected fields of a kind, for the mapping step. */
export const fieldsOf = (kind: ImportKind) => IMPORT_FIELDS[kind];
