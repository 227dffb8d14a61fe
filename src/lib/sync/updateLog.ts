// Keeps a working group's Yjs updates in this browser's database (the app's one Dexie
// instance), so shared scenarios open offline and edits not yet sent survive a reload: Yjs
// sends whatever the server lacks when the connection comes back.
import * as Y from 'yjs';
import type { PlannerDatabase } from '../db/database';

export interface UpdateLog {
  load(workspace: string): Promise<Uint8Array[]>;
  append(workspace: string, update: Uint8Array): Promise<void>;
  /** Replaces a workspace's rows by one merged update (fewer rows to read next time). */
  compact(workspace: string): Promise<void>;
  forget(workspace: string): Promise<void>;
}

export function dexieUpdateLog(db: PlannerDatabase): UpdateLog {
  const table = db.syncUpdates;
  return {
    load: async (workspace) => (await table.where('workspace').equals(workspace).sortBy('seq')).map((row) => row.update),
    append: async (workspace, update) => {
      await table.add({ workspace, update });
    },
    compact: (workspace) =>
      db.transaction('rw', table, async () => {
        const rows = await table.where('workspace').equals(workspace).sortBy('seq');
        if (rows.length < 2) return;
        const merged = Y.mergeUpdates(rows.map((row) => row.update));
        await table.bulkDelete(rows.map((row) => row.seq!));
        await table.add({ workspace, update: merged });
      }),
    forget: async (workspace) => {
      await table.where('workspace').equals(workspace).delete();
    },
  };
}
