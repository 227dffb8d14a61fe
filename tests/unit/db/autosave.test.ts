// Autosave as edit rows (database version 4), on fake-indexeddb: a version-3 database upgrades
// with every record kept; edits appended from two tabs both land, replay in order and fold into
// the scenario on compaction; a row this version cannot read keeps its scenario untouched.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import v3 from './fixtures/db-v3.json';
import { PlannerDatabase, type StoreName } from '../../../src/lib/db/database';
import { getActiveDataset } from '../../../src/lib/db/datasetRepository';
import { applyScenarioEdit, toEditRow, type ScenarioEdit } from '../../../src/lib/db/scenarioEdits';
import { appendEdit, compactScenarios, getScenario, loadScenarios, putScenario, readSettings } from '../../../src/lib/db/scenarioRepository';
import { restoreWorkspaceRecords } from '../../../src/lib/db/backupRepository';
import { createScenario, recordChange, undo } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../../src/lib/scenario/types';

let counter = 0;
const freshName = () => `autosave-db-${++counter}`;
const opened: PlannerDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const count = (db: PlannerDatabase, store: StoreName) => db.read(store, (s) => s.count());
const storedRecord = (db: PlannerDatabase, id: string) => db.read('scenarios', (s) => s.get(id));

function open(name: string): PlannerDatabase {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return db;
}

const T = '2026-06-01T10:00:00.000Z';
const assign = (country: string, office: string): ChangeData => ({ kind: 'assign-country', country: country as never, office: office as never });
const record = (id: string, change: ChangeData): ScenarioEdit => ({ op: 'record', change, changeId: asChangeId(id), at: T });
const start = (): Scenario => createScenario({ id: asScenarioId('s1'), name: 'Draft', now: T });

/** Writes records as app version 3 did: its schema, its tables, nothing else. */
async function storeVersion3(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ scenarios: 'id, updatedAt' });
  old.version(2).stores({ scenarios: 'id, updatedAt, deletedAt', settings: 'key' });
  old.version(3).stores({ datasets: 'id, createdAt' });
  await old.table('scenarios').bulkAdd(v3.scenarios);
  await old.table('settings').bulkAdd(v3.settings);
  await old.table('datasets').bulkAdd(v3.datasets);
  old.close();
}

describe('PlannerDatabase upgrade from version 3', () => {
  it('keeps every scenario, setting and data set, and then saves edits as rows', async () => {
    const name = freshName();
    await storeVersion3(name);
    const db = open(name);
    expect([await count(db, 'scenarios'), await count(db, 'settings'), await count(db, 'datasets')]).toEqual([3, 3, 1]);
    const { scenarios, damaged } = await loadScenarios(db);
    expect(scenarios.map((s) => [s.id, s.revision, s.changes.length, s.undo.length, s.deletedAt !== null])).toEqual([
      ['v3-two-tier', 4, 2, 3, false],
      ['v3-trashed', 1, 0, 0, true],
    ]);
    expect(damaged).toEqual([expect.objectContaining({ message: expect.stringMatching(/From a future version.*"teleport-office"/) })]);
    expect(await readSettings(db)).toMatchObject({ lastScenarioId: 'v3-two-tier', scoringSettings: { distanceThresholdKm: 1500 } });
    expect((await getActiveDataset(db))?.offices.map((o) => o.id)).toEqual(['AFR-KEN']);

    // An edit after the upgrade is a row of its own; the migrated record is not rewritten.
    const before = await storedRecord(db, 'v3-two-tier');
    await appendEdit(db, toEditRow(asScenarioId('v3-two-tier'), record('c4', assign('DJI', 'AFR-ETH'))));
    expect(await storedRecord(db, 'v3-two-tier')).toEqual(before);
    const edited = await getScenario(db, asScenarioId('v3-two-tier'));
    expect(edited?.changes.map((c) => c.id)).toEqual(['c1', 'c2', 'c4']);
    expect(edited?.revision).toBe(5);
  });
});

describe('edit rows', () => {
  it('replay to exactly what the same edits give in memory, undo included', async () => {
    const db = open(freshName());
    const edits: ScenarioEdit[] = [record('a', assign('SOM', 'AFR-ETH')), record('b', assign('DJI', 'AFR-ETH')), { op: 'undo', at: T }, { op: 'set', fields: { name: 'Horn of Africa', topics: ['country-coverage'] } }, { op: 'redo', at: T }, { op: 'revert', changeId: asChangeId('a'), at: T }];
    await putScenario(db, start());
    for (const edit of edits) await appendEdit(db, toEditRow(asScenarioId('s1'), edit));
    const inMemory = edits.reduce(applyScenarioEdit, start());
    expect(inMemory).toMatchObject({ name: 'Horn of Africa', changes: [{ id: 'b' }], revision: 6 });
    expect(await getScenario(db, asScenarioId('s1'))).toEqual(inMemory);
    expect((await loadScenarios(db)).scenarios).toEqual([inMemory]);
  });

  it('from two tabs both land, in the order they were committed', async () => {
    const name = freshName();
    const [tabA, tabB] = [open(name), open(name)];
    await putScenario(tabA, start());
    await Promise.all([appendEdit(tabA, toEditRow(asScenarioId('s1'), record('a', assign('SOM', 'AFR-ETH')))), appendEdit(tabB, toEditRow(asScenarioId('s1'), record('b', assign('DJI', 'AFR-ETH'))))]);
    const stored = await getScenario(tabB, asScenarioId('s1'));
    expect(stored?.changes.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(stored?.revision).toBe(3);
  });

  it('fold into the scenario record on compaction, which changes nothing a reader sees', async () => {
    const db = open(freshName());
    await putScenario(db, start());
    for (let i = 0; i < 5; i++) await appendEdit(db, toEditRow(asScenarioId('s1'), record(`c${i}`, assign('SOM', i % 2 ? 'AFR-ETH' : 'AFR-KEN'))));
    await appendEdit(db, toEditRow(asScenarioId('s1'), { op: 'undo', at: T }));
    const before = await getScenario(db, asScenarioId('s1'));
    expect(await compactScenarios(db)).toBe(6);
    expect(await count(db, 'scenarioEdits')).toBe(0);
    expect(await getScenario(db, asScenarioId('s1'))).toEqual(before);
    expect(await storedRecord(db, 's1')).toMatchObject({ layout: 'chunks', changeCount: before?.changes.length, revision: before?.revision });
    // Later rows replay on top of the compacted record.
    await appendEdit(db, toEditRow(asScenarioId('s1'), { op: 'redo', at: T }));
    expect((await getScenario(db, asScenarioId('s1')))?.changes).toHaveLength(5);
  });

  it('that this version cannot read leave the scenario as stored and listed as damaged', async () => {
    const db = open(freshName());
    await putScenario(db, start());
    await appendEdit(db, toEditRow(asScenarioId('s1'), record('a', assign('SOM', 'AFR-ETH'))));
    await db.write('scenarioEdits', (s) => s.add({ scenarioId: asScenarioId('s1'), op: 'teleport', at: T } as never));
    const { scenarios, damaged } = await loadScenarios(db);
    expect(scenarios).toEqual([]);
    expect(damaged).toEqual([expect.objectContaining({ message: expect.stringMatching(/Scenario "Draft": an autosaved edit could not be read/) })]);
    expect(await compactScenarios(db)).toBe(0);
    expect(await count(db, 'scenarioEdits')).toBe(2);
  });

  it('are dropped with their scenario when a workspace or a scenario replaces it', async () => {
    const db = open(freshName());
    await putScenario(db, start());
    await appendEdit(db, toEditRow(asScenarioId('s1'), record('a', assign('SOM', 'AFR-ETH'))));
    await restoreWorkspaceRecords(db, { datasetName: '', datasets: [], settings: {}, damaged: [], scenarios: [{ ...start(), name: 'From a backup' }] }, 'merge');
    expect(await getScenario(db, asScenarioId('s1'))).toMatchObject({ name: 'From a backup', changes: [] });
    await appendEdit(db, toEditRow(asScenarioId('s1'), record('b', assign('SOM', 'AFR-ETH'))));
    await restoreWorkspaceRecords(db, { datasetName: '', datasets: [], settings: {}, damaged: [], scenarios: [createScenario({ id: asScenarioId('s2'), name: 'Other', now: T })] }, 'replace');
    expect(await count(db, 'scenarioEdits')).toBe(0);
    expect((await loadScenarios(db)).scenarios.map((s) => s.id)).toEqual(['s2']);
  });
});

describe('applyScenarioEdit', () => {
  it('is the history function of each kind of edit', () => {
    const s = recordChange(start(), assign('SOM', 'AFR-ETH'), asChangeId('a'), T);
    expect(applyScenarioEdit(start(), record('a', assign('SOM', 'AFR-ETH')))).toEqual(s);
    expect(applyScenarioEdit(s, { op: 'undo', at: T })).toEqual(undo(s, T));
    // Nothing to undo: the same object, so the store saves nothing.
    const fresh = start();
    expect(applyScenarioEdit(fresh, { op: 'undo', at: T })).toBe(fresh);
  });
});
