// The worker that appends autosaved edit rows to IndexedDB. Off the main thread, a save commits
// within milliseconds even while the page redraws the map for the same edit. It only opens the
// database the page created (never creates or upgrades it) and lets go of it for an upgrade.
// It uses plain IndexedDB, not Dexie: appending one row needs no schema, and opening without a
// version takes whatever version (4, IndexedDB 40) the page's Dexie database is at.
// The row is written in one transaction with the check of editGuard.ts (its scenario still
// stored, the workspace not replaced), so a refused row is never half-written.
import { refusalOf, SCENARIOS_STORE, SETTINGS_STORE, WORKSPACE_EPOCH_KEY, type AppendGuard, type RefusalReason } from './editGuard';
import { DATABASE_NAME, EDITS_STORE } from './names';

export type EditWriterRequest = { readonly id: number; readonly row: { readonly scenarioId: string }; readonly guard: AppendGuard } | { readonly id: number; readonly open: true };
/**
 * `unavailable`: the worker could not open the database (the page then writes itself);
 * `refused`: the check refused the row; `failed`: the browser refused the write (e.g. quota).
 */
export type EditWriterReply =
  | { readonly id: number; readonly ok: true; readonly committedAt: number }
  | { readonly id: number; readonly ok: false; readonly kind: 'unavailable' | 'failed'; readonly name: string; readonly message: string }
  | { readonly id: number; readonly ok: false; readonly kind: 'refused'; readonly reason: RefusalReason };

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    // No database yet (or an older one): that is the page's to create, so give up and let it write.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      if ([EDITS_STORE, SCENARIOS_STORE, SETTINGS_STORE].every((name) => db.objectStoreNames.contains(name))) resolve(db);
      else {
        db.close();
        reject(new Error(`the database has no "${EDITS_STORE}" store yet`));
      }
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

class Refused {
  constructor(readonly reason: RefusalReason) {}
}

/** Checks and appends in one transaction; rejects with a Refused when the check says no. */
function append(db: IDBDatabase, row: { readonly scenarioId: string }, guard: AppendGuard): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction([SCENARIOS_STORE, SETTINGS_STORE, EDITS_STORE], 'readwrite');
    let refused: Refused | null = null;
    const head = transaction.objectStore(SCENARIOS_STORE).getKey(row.scenarioId);
    const epoch = transaction.objectStore(SETTINGS_STORE).get(WORKSPACE_EPOCH_KEY);
    epoch.onsuccess = () => {
      const reason = refusalOf(head.result !== undefined, epoch.result, guard);
      if (reason) {
        refused = new Refused(reason);
        transaction.abort();
      } else transaction.objectStore(EDITS_STORE).add(row);
    };
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(refused ?? transaction.error ?? new Error('the write was aborted'));
  });
}

const reply = (message: EditWriterReply) => (self as unknown as Worker).postMessage(message);
const describe = (error: unknown) => ({ name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });

// Requests are handled in the order they arrive: each awaits the same open database, and
// IndexedDB commits transactions on one store in the order they were created.
self.onmessage = async (event: MessageEvent<EditWriterRequest>) => {
  const request = event.data;
  let db: IDBDatabase;
  try {
    db = await open();
  } catch (error) {
    reply({ id: request.id, ok: false, kind: 'unavailable', ...describe(error) });
    return;
  }
  try {
    if ('row' in request) await append(db, request.row, request.guard);
    reply({ id: request.id, ok: true, committedAt: performance.timeOrigin + performance.now() });
  } catch (error) {
    if (error instanceof Refused) reply({ id: request.id, ok: false, kind: 'refused', reason: error.reason });
    else reply({ id: request.id, ok: false, kind: 'failed', ...describe(error) });
  }
};
