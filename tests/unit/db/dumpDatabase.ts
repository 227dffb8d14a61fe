// Test helper: every record of every store of a database, for "nothing changed" and "same everything" checks.
import type { PlannerDatabase } from '../../../src/lib/db/database';

export async function dumpDatabase(db: PlannerDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
