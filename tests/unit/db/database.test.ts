// The IndexedDB layer, on fake-indexeddb: schema upgrades keep every record, edits from two
// tabs both land, and a failed workspace import leaves the stored workspace as it was.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import v1Records from '../../fixtures/db-v1-scenarios.json';
import { WORKSPACE_EPOCH_KEY } from '../../../src/lib/db/editGuard';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { getScenario, loadScenarios, putScenario, readSettings, setSetting, updateScenario } from '../../../src/lib/db/scenarioRepository';
import { readBackupRecords, restoreWorkspaceRecords } from '../../../src/lib/db/backupRepository';

const replaceWorkspace = (db: PlannerDatabase, scenarios: Scenario[], settings: Record<string, unknown>) =>
  restoreWorkspaceRecords(db, { datasetName: '', datasets: [], damaged: [], scenarios, settings }, 'replace');
import { asChangeId, asScenarioId, type Change, type Scenario } from '../../../src/lib/scenario/types';

let counter = 0;
const freshName = () => `test-db-${++counter}`;
const opened: { close(): void }[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

function scenario(id: string, changes: Change[] = []): Scenario {
  return { id: asScenarioId(id), name: `Scenario ${id}`, description: '', topics: [], changes, undo: changes.map((change) => ({ op: 'add' as const, change })), redo: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, revision: 1 };
}
const change = (id: string, country: string): Change => ({ id: asChangeId(id), at: '2026-01-01T00:00:00.000Z', kind: 'assign-country', country: country as never, office: 'AFR-ETH' as never });

describe('PlannerDatabase upgrade from version 1', () => {
  it('keeps every record of a stored version-1 database and migrates the readable ones', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ scenarios: 'id, updatedAt' });
    await old.table('scenarios').bulkAdd(v1Records);
    old.close();

    const db = new PlannerDatabase(name);
    opened.push(db);
    expect(await db.read('scenarios', (s) => s.count())).toBe(3);
    const { scenarios, damaged } = await loadScenarios(db);
    expect(scenarios.map((s) => s.id)).toEqual(['v1-coverage', 'v1-empty']);
    const [coverage] = scenarios;
    expect(coverage).toMatchObject({ topics: ['country-coverage'], description: 'Somalia and Djibouti covered from Addis Ababa', deletedAt: null, revision: 1, redo: [] });
    expect(coverage?.changes.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(coverage?.undo.map((entry) => entry.op)).toEqual(['add', 'add']);
    expect(damaged).toEqual([expect.objectContaining({ message: expect.stringMatching(/Written by a future version.*unknown kind.*"teleport-office"/) })]);
    // The damaged record is kept as it was, so nothing is lost.
    expect(await db.read('scenarios', (s) => s.get(asScenarioId('v1-damaged')))).toMatchObject({ tags: [], changes: [{ kind: 'teleport-office' }] });
  });
});

describe('updateScenario', () => {
  it('applies edits from two tabs to the freshest copy, so neither is lost', async () => {
    const name = freshName();
    const tabA = new PlannerDatabase(name);
    const tabB = new PlannerDatabase(name);
    opened.push(tabA, tabB);
    const start = scenario('s1');
    await putScenario(tabA, start);
    const append = (c: Change) => (current: Scenario): Scenario => ({ ...current, changes: [...current.changes, c], revision: current.revision + 1 });
    // Both tabs hold the same stale copy and edit at once.
    await Promise.all([updateScenario(tabA, start.id, start, append(change('a', 'SOM'))), updateScenario(tabB, start.id, start, append(change('b', 'DJI')))]);
    const stored = await getScenario(tabA, start.id);
    expect(stored?.changes.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(stored?.revision).toBe(3);
  });
});

describe('replaceWorkspace', () => {
  it('replaces scenarios and settings together', async () => {
    const db = new PlannerDatabase(freshName());
    opened.push(db);
    await putScenario(db, scenario('old'));
    await setSetting(db, 'lastScenario', 'old');
    await replaceWorkspace(db, [scenario('new')], { lastScenario: 'new' });
    expect((await loadScenarios(db)).scenarios.map((s) => s.id)).toEqual(['new']);
    const { [WORKSPACE_EPOCH_KEY]: epoch, ...settings } = await readSettings(db);
    expect(settings).toEqual({ lastScenario: 'new' });
    // A new epoch, written with the restore, makes other tabs' edits of the old workspace refused.
    expect(typeof epoch).toBe('string');
    // It belongs to this browser's tabs, not to the work: a backup leaves it out (a restore would refuse an unknown setting).
    expect(Object.keys((await readBackupRecords(db)).settings)).toEqual(['lastScenario']);
  });

  it('changes nothing when the write fails half-way', async () => {
    const db = new PlannerDatabase(freshName());
    opened.push(db);
    await putScenario(db, scenario('keep'));
    const unstorable = { ...scenario('bad'), description: (() => undefined) as unknown as string };
    await expect(replaceWorkspace(db, [scenario('new'), unstorable], {})).rejects.toThrow();
    expect((await loadScenarios(db)).scenarios.map((s) => s.id)).toEqual(['keep']);
  });
});

describe('the start-up read', () => {
  it('is the stored workspace, read when the database opens, handed over once', async () => {
    const name = freshName();
    const first = new PlannerDatabase(name);
    opened.push(first);
    await putScenario(first, scenario('s1'));
    await setSetting(first, 'lastScenario', 's1');
    first.close();

    const db = new PlannerDatabase(name);
    opened.push(db);
    await db.open();
    const read = await db.takeStartupRead();
    expect(read?.scenarios.map((s) => s.head.id)).toEqual(['s1']);
    expect(read?.settings).toEqual([{ key: 'lastScenario', value: 's1' }]);
    expect(db.takeStartupRead()).toBeNull();
  });

  it('is dropped by a write, which would make it stale', async () => {
    const db = new PlannerDatabase(freshName());
    opened.push(db);
    await db.open();
    await putScenario(db, scenario('s1'));
    expect(db.takeStartupRead()).toBeNull();
    expect((await loadScenarios(db)).scenarios.map((s) => s.id)).toEqual(['s1']);
  });
});
