// Damaged records (stored scenarios this app cannot read) are kept exactly as they are through
// every path: a scenario file or a merged backup with the same id, Replace, and the backup itself.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { loadScenarios, putScenario } from '../../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { SCENARIO_TYPE, WORKSPACE_TYPE } from '../../../src/lib/io/workspaceFile';
import { applyBackup, makeBackup, readBackup, readScenarioFile } from '../../../src/lib/state/workspaceBackup';
import type { Scenario } from '../../../src/lib/scenario/types';

const T = '2026-06-01T10:00:00.000Z';
const embedded = loadDefaultNetwork();
if (!embedded.ok) throw new Error('embedded data set does not load');
const closeMali = { id: 'c1', at: T, kind: 'close-office', office: 'AFR-MLI' };
const scenario = (id: string, name = `Scenario ${id}`) => ({ id, name, description: '', topics: [], changes: [closeMali], undo: [{ op: 'add', change: closeMali }], redo: [], createdAt: T, updatedAt: T, deletedAt: null, revision: 2 }) as unknown as Scenario;
/** A record written by a newer app: a change of a kind this one does not know, and an autosaved edit row. */
const DAMAGED = { id: 'shared-id', name: 'From the future', changes: [{ id: 'x', at: T, kind: 'teleport-office', office: 'AFR-KEN' }], futureField: { keep: [1, 2, 3] } };
const DAMAGED_ROW = { scenarioId: 'shared-id', op: 'set', fields: { name: 'Renamed in the future' } };

let db: PlannerDatabase;
let counter = 0;
beforeEach(async () => {
  db = new PlannerDatabase(`damaged-${++counter}`);
  await putScenario(db, scenario('readable'));
  await db.scenarios.put(DAMAGED as never);
  await db.scenarioEdits.add({ ...DAMAGED_ROW } as never); // a copy: Dexie writes the new key (seq) into the object it adds
});
afterEach(() => db.close());

const stillKept = async () => {
  expect(await db.scenarios.get('shared-id' as never)).toEqual(DAMAGED);
  expect((await db.scenarioEdits.where('scenarioId').equals('shared-id').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([DAMAGED_ROW]);
};
const workspaceText = (data: Record<string, unknown>) => JSON.stringify({ type: WORKSPACE_TYPE, version: 2, exportedAt: T, data: { datasetName: 'Default', datasets: [], settings: {}, damaged: [], ...data } });

describe('a damaged record', () => {
  it('is listed as damaged, not dropped', async () => {
    const { scenarios, damaged } = await loadScenarios(db);
    expect(scenarios.map((s) => s.id)).toEqual(['readable']);
    expect(damaged).toEqual([{ file: 'IndexedDB', message: 'Scenario "From the future" (id "shared-id"): changes[0].kind: unknown kind of change "teleport-office" (the file may come from a newer version of the app).' }]);
  });

  it('survives a scenario file with its id: the file is added under a new id', async () => {
    const text = JSON.stringify({ type: SCENARIO_TYPE, version: 1, exportedAt: T, data: { datasetName: 'Default', scenario: scenario('shared-id', 'From a file') } });
    const read = await readScenarioFile(db, text, embedded.network);
    if (!read.ok) throw new Error('refused');
    expect(read.value.id).not.toBe('shared-id');
    await putScenario(db, read.value);
    await stillKept();
    expect((await loadScenarios(db)).scenarios.map((s) => s.name).sort()).toEqual(['From a file', 'Scenario readable']);
  });

  it('is never written over, even when asked to directly', async () => {
    await expect(putScenario(db, scenario('shared-id'))).rejects.toThrow(/a damaged record is stored under the id shared-id/);
    await stillKept();
  });

  it.each(['merge', 'replace'] as const)('survives a %s of a backup holding a scenario with its id', async (how) => {
    const parsed = await readBackup(db, workspaceText({ scenarios: [scenario('shared-id', 'From a backup')] }));
    if (!parsed.ok) throw new Error('refused');
    const { renamed } = await applyBackup(db, parsed.value, how, null);
    expect(renamed).toBe(1);
    await stillKept();
    const names = (await loadScenarios(db)).scenarios.map((s) => s.name).sort();
    expect(names).toEqual(how === 'merge' ? ['From a backup', 'Scenario readable'] : ['From a backup']);
  });

  it('is carried as it is by the workspace backup, with its edit rows', async () => {
    const { text } = await makeBackup(db, 'Default', (await loadScenarios(db)).scenarios);
    const data = JSON.parse(text).data;
    expect(data.damaged).toEqual([{ record: DAMAGED, edits: [DAMAGED_ROW] }]);
    expect(data.scenarios.map((s: Scenario) => s.id)).toEqual(['readable']);
  });

  it('comes back as it was when its backup is restored into an empty browser, and a second merge does not duplicate it', async () => {
    const { text } = await makeBackup(db, 'Default', (await loadScenarios(db)).scenarios);
    const fresh = new PlannerDatabase(`damaged-fresh-${counter}`);
    try {
      const parsed = await readBackup(fresh, text);
      if (!parsed.ok) throw new Error('refused');
      await applyBackup(fresh, parsed.value, 'replace', null);
      await applyBackup(fresh, parsed.value, 'merge', null);
      expect(await fresh.scenarios.toArray()).toHaveLength(2);
      expect(await fresh.scenarios.get('shared-id' as never)).toEqual(DAMAGED);
      expect((await fresh.scenarioEdits.toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([DAMAGED_ROW]);
    } finally {
      fresh.close();
    }
  });

  it('of the backup keeps its own id apart from a different damaged record stored here under that id', async () => {
    const other = { ...DAMAGED, name: 'Another future record' };
    const parsed = await readBackup(db, workspaceText({ scenarios: [], damaged: [{ record: other, edits: [] }] }));
    if (!parsed.ok) throw new Error('refused');
    expect((await applyBackup(db, parsed.value, 'merge', null)).renamed).toBe(1);
    await stillKept();
    expect((await db.scenarios.toArray()).map((r) => (r as unknown as { name: string }).name).sort()).toEqual(['Another future record', 'From the future', 'Scenario readable']);
  });
});
