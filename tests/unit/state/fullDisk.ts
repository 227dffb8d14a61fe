// A database that really refuses writes, as a full disk does: a Dexie middleware rejects every
// write to the named tables with QuotaExceededError while `disk.full` is set. Register it before
// the database opens (Dexie applies middleware when it opens).
import type { PlannerDatabase } from '../../../src/lib/db/database';

export function refuseWritesWhenFull(db: PlannerDatabase, tables: readonly string[], disk: { full: boolean }): void {
  db.use({
    stack: 'dbcore',
    name: 'fullDisk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (!tables.includes(tableName)) return table;
        return { ...table, mutate: (request) => (disk.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request)) };
      },
    }),
  });
}
