// The one IndexedDB database of the app, its versioned schema and its upgrades, over plain
// IndexedDB with promises (no library: it is part of the first download). Upgrades reuse
// restoreScenario, the path that reads backups, so old records and old files migrate alike.
import { restoreScenario } from '../io/restoreScenario';
import type { Office } from '../model/types';
import type { Scenario } from '../scenario/types';
import { DATABASE_NAME, EDITS_STORE } from './names';
import type { EditRow } from './scenarioEdits';

export { DATABASE_NAME };

/** An office list imported to replace the embedded one; the countries stay the embedded ones. */
export interface DatasetRecord {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly offices: readonly Office[];
  readonly createdAt: string;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** Everything a workspace is made of, as stored. */
export interface WorkspaceRecords {
  readonly scenarios: Scenario[];
  readonly edits: EditRow[];
  readonly settings: SettingRecord[];
}

/** What each object store holds. */
export interface StoredRecords {
  scenarios: Scenario;
  settings: SettingRecord;
  datasets: DatasetRecord;
  /** Autosaved edits not yet folded into their scenario's record, keyed by commit order (seq). */
  scenarioEdits: EditRow;
}
export type StoreName = keyof StoredRecords;

/**
 * Schema versions, as IndexedDB numbers them: ten times the app's schema version, as the
 * Dexie-based versions of the app stored them, so their databases upgrade in place.
 *   1 (10) scenarios with a name, tags and their changes
 *   2 (20) undo history, working-group topics, trash (deletedAt), revisions; settings
 *   3 (30) imported data sets (office lists) that replace the embedded one
 *   4 (40) autosaved edits as rows of their own (scenarioEdits); nothing to migrate
 */
const VERSION = 40;

function upgrade(db: IDBDatabase, transaction: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 10) db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
  if (oldVersion < 20) {
    const scenarios = transaction.objectStore('scenarios');
    scenarios.createIndex('deletedAt', 'deletedAt');
    db.createObjectStore('settings', { keyPath: 'key' });
    if (oldVersion > 0) upgradeScenariosToV2(scenarios);
  }
  if (oldVersion < 30) db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
  if (oldVersion < 40) db.createObjectStore(EDITS_STORE, { keyPath: 'seq', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
}

function upgradeScenariosToV2(scenarios: IDBObjectStore): void {
  const cursor = scenarios.openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const restored = restoreScenario(at.value, 'IndexedDB');
    // A record that cannot be read is kept as it was, never dropped: it shows in the
    // scenario list as damaged, so its data can still be exported.
    if (restored.ok) at.update(restored.value);
    at.continue();
  };
}

/**
 * An IndexedDB request as a promise. Marked as handled: when a transaction is rolled back, the
 * requests nobody awaits any more fail too, and that is not an error of its own.
 */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  const result = new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  result.catch(() => undefined);
  return result;
}

/** One object store inside a transaction, with promise-returning reads and writes. */
export class Store<T> {
  constructor(private readonly store: IDBObjectStore) {}
  get = (key: IDBValidKey) => requestResult(this.store.get(key) as IDBRequest<T | undefined>);
  getAll = () => requestResult(this.store.getAll() as IDBRequest<T[]>);
  /** Records whose `index` equals `value`, in key order. */
  getAllWhere = (index: string, value: IDBValidKey) => requestResult(this.store.index(index).getAll(value) as IDBRequest<T[]>);
  count = () => requestResult(this.store.count());
  put = (value: T) => requestResult(this.store.put(value));
  add = (value: T) => requestResult(this.store.add(value));
  delete = (key: IDBValidKey | IDBKeyRange) => requestResult(this.store.delete(key));
  clear = () => requestResult(this.store.clear());
}

export class Transaction {
  constructor(private readonly transaction: IDBTransaction) {}
  store<S extends StoreName>(name: S): Store<StoredRecords[S]> {
    return new Store(this.transaction.objectStore(name));
  }
}

export class PlannerDatabase {
  private connection: Promise<IDBDatabase> | null = null;
  private startupRead: Promise<WorkspaceRecords> | null = null;
  private opened = false;

  constructor(readonly name = DATABASE_NAME) {}

  /** Opens the database once, creating or upgrading it; lets go of it when another tab upgrades. */
  open(): Promise<IDBDatabase> {
    this.connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.name, VERSION);
      request.onupgradeneeded = (event) => upgrade(request.result, request.transaction as IDBTransaction, event.oldVersion);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => this.close();
        resolve(db);
        if (!this.opened) this.startReadingWorkspace();
        this.opened = true;
      };
      request.onerror = () => reject(request.error);
    }).catch((error: unknown) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }

  /**
   * The first opening also starts reading the workspace (scenarios, edit rows, settings), so the read overlaps the
   * app's start-up (data set, language, first render) instead of queuing behind it. The first
   * loadScenarios takes it; a write through this database, or ten seconds, drop it. (Another
   * tab's saves meanwhile are announced to the store, which reloads those scenarios.)
   */
  private startReadingWorkspace(): void {
    const read = this.readWorkspace();
    read.catch(() => undefined);
    this.startupRead = read;
    setTimeout(() => {
      if (this.startupRead === read) this.startupRead = null;
    }, 10_000);
  }

  /** Every scenario record, edit row and setting, in one transaction. */
  readWorkspace(): Promise<WorkspaceRecords> {
    return this.transaction('readonly', ['scenarios', EDITS_STORE, 'settings'], async (t) => {
      const [scenarios, edits, settings] = await Promise.all([t.store('scenarios').getAll(), t.store(EDITS_STORE).getAll(), t.store('settings').getAll()]);
      return { scenarios, edits, settings };
    });
  }

  /** Hands over, once, the read of the workspace made when the database opened. */
  takeStartupRead(): Promise<WorkspaceRecords> | null {
    const read = this.startupRead;
    this.startupRead = null;
    return read;
  }

  close(): void {
    void this.connection?.then((db) => db.close(), () => undefined);
    this.connection = null;
  }

  /**
   * Runs `work` in one transaction and resolves with its result once the transaction has
   * committed; any failure rolls everything back. `work` may only await this transaction's
   * own requests (IndexedDB commits a transaction that has nothing left to do).
   */
  async transaction<T>(mode: IDBTransactionMode, stores: StoreName | StoreName[], work: (transaction: Transaction) => Promise<T>): Promise<T> {
    if (mode === 'readwrite') this.startupRead = null; // it would no longer be what is stored
    const db = await this.open();
    const transaction = db.transaction(stores, mode);
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    });
    let result: T;
    try {
      result = await work(new Transaction(transaction));
    } catch (error) {
      try {
        transaction.abort();
      } catch {
        // Already finished or aborted.
      }
      await committed.catch(() => undefined);
      throw error;
    }
    await committed;
    return result;
  }

  /** Reads or writes one store in a transaction of its own. */
  read<S extends StoreName, T>(store: S, work: (store: Store<StoredRecords[S]>) => Promise<T>): Promise<T> {
    return this.transaction('readonly', store, (t) => work(t.store(store)));
  }

  write<S extends StoreName, T>(store: S, work: (store: Store<StoredRecords[S]>) => Promise<T>): Promise<T> {
    return this.transaction('readwrite', store, (t) => work(t.store(store)));
  }
}
