// What a workspace backup reads from IndexedDB and how a restored backup is written back, in
// one transaction each. Damaged records (scenarios that cannot be read) are carried as they are,
// and never deleted or overwritten: a restored scenario with a damaged record's id gets a new id.
import type { DamagedRecord, Workspace } from '../io/workspaceFile';
import type { Scenario } from '../scenario/types';
import { asScenarioId, type ScenarioId } from '../scenario/types';
import type { DatasetRecord, PlannerDatabase } from './database';
import type { EditRow } from './scenarioEdits';
import { WORKSPACE_EPOCH_KEY } from './editGuard';
import { deleteChunks, groupRows, readStoredScenario, TABLES, writeScenarioRecords } from './scenarioRepository';

/** Everything a backup carries, as stored. */
export interface BackupRecords {
  readonly scenarios: Scenario[];
  readonly damaged: DamagedRecord[];
  readonly settings: Record<string, unknown>;
  readonly datasets: DatasetRecord[];
}

const ALL_STORES = [...TABLES, 'settings', 'datasets'] as const;

/** The stored scenario records split into readable ones (edits replayed) and damaged ones (raw, with their raw rows). */
async function classifyStored(db: PlannerDatabase): Promise<{ readable: Scenario[]; damaged: DamagedRecord[]; rows: Map<ScenarioId, EditRow[]> }> {
  const [heads, allRows] = await Promise.all([db.scenarios.toArray(), db.scenarioEdits.orderBy('seq').toArray()]);
  const rows = groupRows(allRows);
  const readable: Scenario[] = [];
  const damaged: DamagedRecord[] = [];
  for (const stored of await db.withChunks(heads)) {
    const own = rows.get(stored.head.id) ?? [];
    const read = readStoredScenario(stored, own);
    if (read.ok) readable.push(read.value);
    // Carried as it is stored: a whole record (older layout), or a head with the chunks found.
    else damaged.push({ record: stored.record as DamagedRecord['record'], edits: own.map(({ seq: _seq, ...row }) => row as unknown as DamagedRecord['edits'][number]) });
  }
  readable.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { readable, damaged, rows };
}

/** Everything a workspace backup carries: scenarios, damaged records as they are, every setting and every kept data set. */
export async function readBackupRecords(db: PlannerDatabase): Promise<BackupRecords> {
  return db.transaction('r', [...ALL_STORES], async () => {
    const [{ readable, damaged }, settings, datasets] = await Promise.all([classifyStored(db), db.settings.toArray(), db.datasets.orderBy('createdAt').toArray()]);
    // The workspace epoch belongs to this browser's tabs, not to the work: a backup leaves it out.
    const kept = settings.filter((r) => r.key !== WORKSPACE_EPOCH_KEY);
    return { scenarios: readable, damaged, settings: Object.fromEntries(kept.map((r) => [r.key, r.value])), datasets };
  });
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a checked backup, all or nothing. "replace" removes the readable scenarios and the
 * settings first; "merge" keeps them (a scenario with the same id is overwritten). Either way
 * damaged records stay, and the backup's data sets are stored (kept, not deleted).
 * Returns how many scenarios or damaged records were given a new id to keep a damaged one.
 */
export async function restoreWorkspaceRecords(db: PlannerDatabase, workspace: Workspace, how: 'replace' | 'merge', newId: () => string = () => crypto.randomUUID()): Promise<number> {
  return db.transaction('rw', [...ALL_STORES], async () => {
    const stored = await classifyStored(db);
    const damagedIds = new Map(stored.damaged.map((d) => [d.record.id, d.record]));
    if (how === 'replace') {
      const gone = stored.readable.map((s) => s.id);
      await db.scenarios.bulkDelete(gone);
      await db.scenarioEdits.bulkDelete(gone.flatMap((id) => (stored.rows.get(id) ?? []).map((row) => row.seq as number)));
      await db.scenarioChunks.where('scenarioId').anyOf(gone).delete();
      await db.settings.clear();
      await db.settings.bulkPut(Object.entries(workspace.settings).map(([key, value]) => ({ key, value })));
    }
    let renamed = 0;
    for (const scenario of workspace.scenarios) {
      const id = damagedIds.has(scenario.id) ? (renamed++, asScenarioId(newId())) : scenario.id;
      await db.scenarioEdits.where('scenarioId').equals(id).delete();
      await writeScenarioRecords(db, { ...scenario, id });
    }
    for (const { record, edits } of workspace.damaged) {
      const kept = damagedIds.get(record.id);
      if (kept && sameRecord(kept, record)) continue; // the very record is already kept here
      const taken = kept !== undefined || (how === 'merge' && stored.readable.some((s) => s.id === record.id));
      const id = taken ? (renamed++, newId()) : record.id;
      await deleteChunks(db, asScenarioId(id));
      await db.scenarios.put({ ...record, id } as unknown as Scenario);
      if (edits.length > 0) await db.scenarioEdits.bulkAdd(edits.map(({ seq: _seq, ...row }) => ({ ...row, scenarioId: id }) as unknown as EditRow));
    }
    await db.datasets.bulkPut([...workspace.datasets]);
    // In the same transaction: another tab's edit written against the old workspace is refused
    // by the edit writer's guard from this commit on, with no window in between.
    await db.settings.put({ key: WORKSPACE_EPOCH_KEY, value: newId() });
    return renamed;
  });
}

/** True when any stored record, readable or damaged, has this id. */
export async function isScenarioIdTaken(db: PlannerDatabase, id: string): Promise<boolean> {
  return (await db.scenarios.where('id').equals(id).count()) > 0;
}
