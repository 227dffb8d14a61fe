// The one IndexedDB database of the app (Dexie), its versioned schema and its upgrades. Upgrades
// reuse restoreScenario, the path that reads backups, so old records and old files migrate alike.
// (The autosave worker, editWriterWorker.ts, appends edit rows to the same database without Dexie.)
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { DatasetRecord } from '../io/restoreDataset';
import { restoreScenario } from '../io/restoreScenario';
import { DATABASE_NAME, EDITS_STORE } from './names';
import { assembleRecord, CHUNKS_STORE, isChunkedHead, splitScenario, type ChunkRecord, type ScenarioRecord } from './scenarioChunks';
import type { EditRow } from './scenarioEdits';

export { DATABASE_NAME };
export type { DatasetRecord };

/** One Yjs update of a working group's shared scenarios, kept for offline use. */
export interface SyncUpdateRow {
  readonly seq?: number;
  readonly workspace: string;
  readonly update: Uint8Array;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** A scenario record as read: its head, and the whole record (chunks joined) or why it cannot be made whole. */
export interface StoredScenario {
  readonly head: ScenarioRecord;
  readonly record: unknown;
  /** Set when the head's chunks are missing or do not fit; `record` is then the head with the chunks found. */
  readonly problem: string | null;
}

/** Everything a workspace is made of, as stored. */
export interface WorkspaceRecords {
  readonly scenarios: StoredScenario[];
  readonly edits: EditRow[];
  readonly settings: SettingRecord[];
}

/** What each object store holds. */
export interface StoredRecords {
  scenarios: ScenarioRecord;
  settings: SettingRecord;
  datasets: DatasetRecord;
  /** Autosaved edits not yet folded into their scenario's record, keyed by commit order (seq). */
  scenarioEdits: EditRow;
  /** A scenario's changes in parts, keyed [scenarioId, chunkIndex] (see scenarioChunks.ts). */
  scenarioChunks: ChunkRecord;
}
export type StoreName = keyof StoredRecords;

export class PlannerDatabase extends Dexie {
  scenarios!: EntityTable<ScenarioRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;
  scenarioEdits!: Table<EditRow, number>;
  syncUpdates!: Table<SyncUpdateRow, number>;
  scenarioChunks!: Table<ChunkRecord, [string, number]>;

  private startupRead: Promise<WorkspaceRecords> | null = null;
  private startupReadBegun = false;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Dexie stores version n as IndexedDB version 10n (so this database is at 40).
    // Version 1: scenarios with a name, tags and their changes.
    this.version(1).stores({ scenarios: 'id, updatedAt' });
    // Version 2: undo history, working-group topics, trash (deletedAt), revisions; settings.
    this.version(2).stores({ scenarios: 'id, updatedAt, deletedAt', settings: 'key' }).upgrade(upgradeScenariosToV2);
    // Version 3: imported data sets (office lists) that replace the embedded one; nothing to migrate.
    this.version(3).stores({ datasets: 'id, createdAt' });
    // Version 4: autosaved edits as rows of their own, in commit order (seq); nothing to migrate.
    this.version(4).stores({ [EDITS_STORE]: '++seq, scenarioId' });
    // Version 5: a working group's Yjs updates (src/lib/sync/updateLog.ts); nothing to migrate.
    this.version(5).stores({ syncUpdates: '++seq, workspace' });
    // Version 6: a scenario's changes in chunk records, read one per task (scenarioChunks.ts).
    this.version(6).stores({ [CHUNKS_STORE]: '[scenarioId+chunkIndex], scenarioId' }).upgrade(upgradeScenariosToChunks);

    // The first opening also starts reading the workspace (not awaited, so opening does not wait for it).
    this.on('ready', () => {
      if (this.startupReadBegun) return;
      this.startupReadBegun = true;
      this.startReadingWorkspace();
    });
    // A write makes the start-up read stale: any read-write transaction drops it.
    this.use({
      stack: 'dbcore',
      name: 'dropStartupReadOnWrite',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite') this.startupRead = null;
          return down.transaction(stores, mode, options);
        },
      }),
    });
  }

  /**
   * Reading the workspace (scenarios, edit rows, settings) as soon as the database opens overlaps
   * the read with the app's start-up (data set, language, first render) instead of queuing behind
   * it. The first loadScenarios takes it; a write through this database, or ten seconds, drop it.
   * (Another tab's saves meanwhile are announced to the store, which reloads those scenarios.)
   */
  private startReadingWorkspace(): void {
    const read = this.readWorkspace();
    read.catch(() => undefined);
    this.startupRead = read;
    setTimeout(() => {
      if (this.startupRead === read) this.startupRead = null;
    }, 10_000);
  }

  /** Every scenario record (chunks joined), edit row and setting, in one transaction. */
  readWorkspace(): Promise<WorkspaceRecords> {
    return this.transaction('r', [this.scenarios, this.scenarioChunks, this.scenarioEdits, this.settings], async () => {
      const [heads, edits, settings] = await Promise.all([this.scenarios.toArray(), this.scenarioEdits.toArray(), this.settings.toArray()]);
      return { scenarios: await this.withChunks(heads), edits, settings };
    });
  }

  /**
   * The heads with their chunks joined, inside the caller's transaction (which must hold the
   * chunks store). One request per chunk: the browser reads each in a task of its own, so a
   * scenario of 100,000 changes never holds the page for the whole read.
   */
  async withChunks(heads: readonly ScenarioRecord[]): Promise<StoredScenario[]> {
    return Promise.all(
      heads.map(async (head) => {
        if (!isChunkedHead(head)) return { head, record: head, problem: null };
        const count = Number.isInteger(head.chunkCount) && head.chunkCount > 0 ? head.chunkCount : 0;
        const chunks = await Promise.all(Array.from({ length: count }, (_, i) => this.scenarioChunks.get([head.id, i])));
        const joined = assembleRecord(head, chunks);
        return joined.ok ? { head, record: joined.record, problem: null } : { head, record: { ...head, chunks }, problem: joined.problem };
      }),
    );
  }

  /** Hands over, once, the read of the workspace made when the database opened. */
  takeStartupRead(): Promise<WorkspaceRecords> | null {
    const read = this.startupRead;
    this.startupRead = null;
    return read;
  }

  /** The table of one store, typed by what it holds. */
  store<S extends StoreName>(name: S): Table<StoredRecords[S], string | number> {
    return this.table(name);
  }

  /** Reads or writes one store in a transaction of its own. */
  read<S extends StoreName, T>(store: S, work: (table: Table<StoredRecords[S], string | number>) => Promise<T>): Promise<T> {
    return this.transaction('r', store, () => work(this.store(store)));
  }

  write<S extends StoreName, T>(store: S, work: (table: Table<StoredRecords[S], string | number>) => Promise<T>): Promise<T> {
    return this.transaction('rw', store, () => work(this.store(store)));
  }
}

/**
 * Version 6: each readable scenario is split into a head and chunks. A record that cannot be
 * read is kept whole, as it was (the reader takes both layouts).
 */
async function upgradeScenariosToChunks(transaction: Transaction): Promise<void> {
  const chunks = transaction.table(CHUNKS_STORE);
  const records = (await transaction.table('scenarios').toArray()) as unknown[];
  for (const record of records) {
    if (isChunkedHead(record)) continue;
    const restored = restoreScenario(record);
    if (!restored.ok) continue;
    const split = splitScenario(restored.value);
    await chunks.bulkPut(split.chunks);
    await transaction.table('scenarios').put(split.head);
  }
}

async function upgradeScenariosToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('scenarios')
    .toCollection()
    .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
      const restored = restoreScenario(record);
      // A record that cannot be read is kept as it was, never dropped: it shows in the
      // scenario list as damaged, so its data can still be exported.
      if (restored.ok) ref.value = restored.value;
    });
}
