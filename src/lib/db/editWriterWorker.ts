// The worker that appends autosaved edit rows to IndexedDB. Off the main thread, a save commits
// within milliseconds even while the page redraws the map for the same edit. It only opens the
// database the page created (never creates or upgrades it) and lets go of it for an upgrade.
// It uses plain IndexedDB, not Dexie: appending one row needs no schema, and opening without a
// version takes whatever version (4, IndexedDB 40) the page's Dexie database is at.
import { DATABASE_NAME, EDITS_STORE } from './names';

export type EditWriterRequest = { readonly id: number; readonly row: unknown } | { readonly id: number; readonly open: true };
export type EditWriterReply = { readonly id: number; readonly ok: true; readonly committedAt: number } | { readonly id: number; readonly ok: false; readonly message: string };

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
      if (db.objectStoreNames.contains(EDITS_STORE)) resolve(db);
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

function append(db: IDBDatabase, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(EDITS_STORE, 'readwrite');
    transaction.objectStore(EDITS_STORE).add(row);
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was aborted'));
  });
}

const reply = (message: EditWriterReply) => (self as unknown as Worker).postMessage(message);

// Requests are handled in the order they arrive: each awaits the same open database, and
// IndexedDB commits transactions on one store in the order they were created.
self.onmessage = async (event: MessageEvent<EditWriterRequest>) => {
  const request = event.data;
  try {
    const db = await open();
    if ('row' in request) await append(db, request.row);
    reply({ id: request.id, ok: true, committedAt: performance.timeOrigin + performance.now() });
  } catch (error) {
    reply({ id: request.id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
