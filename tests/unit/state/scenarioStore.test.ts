// The scenario store when the browser refuses a write, on fake-indexeddb: the database really
// refuses (a Dexie middleware rejects writes to the scenario tables with QuotaExceededError, as
// a full disk does), and after every step what the store shows is compared with what a fresh
// read of the database gives (what a reload would show). Also: another tab replacing the
// workspace, and the page's own writer refusing rows that no longer have a scenario.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { EditRefusedError, WORKSPACE_EPOCH_KEY } from '../../../src/lib/db/editGuard';
import { appendEditIfCurrent } from '../../../src/lib/db/editWriter';
import { toEditRow } from '../../../src/lib/db/scenarioEdits';
import { restoreWorkspaceRecords } from '../../../src/lib/db/backupRepository';
import { loadWorkspace, putScenario, setSetting } from '../../../src/lib/db/scenarioRepository';
import { t } from '../../../src/lib/i18n/i18n.svelte';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { createScenario } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../../src/lib/scenario/types';
import { PROBLEM_MESSAGES, type SaveProblem } from '../../../src/lib/state/saveProblems';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { refuseWritesWhenFull } from './fullDisk';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const baseline = loaded.network;

beforeAll(() => vi.stubGlobal('navigator', { storage: undefined }));
afterAll(() => vi.unstubAllGlobals());

const assign = (country: string, office: string): ChangeData => ({ kind: 'assign-country', country: country as CountryCode, office: office as OfficeId });
const SOMALIA_TO_ADDIS = assign('SOM', 'AFR-ETH');
const DJIBOUTI_TO_NAIROBI = assign('DJI', 'AFR-KEN');
const ERITREA_TO_ADDIS = assign('ERI', 'AFR-ETH');
const changeKinds = (scenario: Scenario | null | undefined) => scenario?.changes.map((c) => `${c.kind === 'assign-country' ? c.country : c.kind}`);

/** What the Scenarios view writes for a backup of these scenarios (Replace or Merge). */
const restoreBackupOf = (db: PlannerDatabase, scenarios: Scenario[], how: 'replace' | 'merge') =>
  restoreWorkspaceRecords(db, { datasetName: 'Embedded', datasets: [], scenarios, settings: {}, damaged: [] }, how);

let counter = 0;
/** A database whose scenario tables refuse every write while `disk.full` is set, as a full disk does. */
function diskThatFills(): { name: string; db: PlannerDatabase; disk: { full: boolean } } {
  const name = `store-failures-${++counter}`;
  const db = new PlannerDatabase(name);
  const disk = { full: false };
  refuseWritesWhenFull(db, ['scenarioEdits', 'scenarios'], disk);
  return { name, db, disk };
}

/** What a reload would show: the scenario as a fresh read of the database gives it. */
async function storedCopy(name: string, id: string): Promise<Scenario | undefined> {
  const db = new PlannerDatabase(name);
  try {
    return (await loadWorkspace(db)).scenarios.find((s) => s.id === id);
  } finally {
    db.close();
  }
}

async function openStore(db: PlannerDatabase): Promise<ScenarioStore> {
  const store = new ScenarioStore(baseline, db);
  await store.load();
  return store;
}

const problemText = (p: SaveProblem) => t(PROBLEM_MESSAGES[p.kind], { scenario: p.scenarioName, count: p.count, error: p.error, change: p.change ? t(p.change.key, p.change.values) : '' });

describe('ScenarioStore when a write is refused', () => {
  it('takes the edit back, keeps the warning until "Try again" stores it, and lets no undo act on it meanwhile', async () => {
    const { name, db, disk } = diskThatFills();
    const store = await openStore(db);
    const scenario = await store.create('Horn of Africa');
    await store.edit(SOMALIA_TO_ADDIS);
    disk.full = true;
    await store.edit(DJIBOUTI_TO_NAIROBI);

    // Memory is what is stored: Somalia only. The user is told which change, why and what to do.
    expect(changeKinds(store.current)).toEqual(['SOM']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
    expect(store.notSaved).toBe(true);
    expect(store.saveProblems).toHaveLength(1);
    const text = problemText(store.saveProblems[0]!);
    expect(text).toContain('Not saved: 1 change to "Horn of Africa" could not be stored in this browser (QuotaExceededError');
    expect(text).toContain('starting with: Djibouti: covered from');
    expect(text).toMatch(/Export a backup now \(Scenarios → Export workspace\), free some disk space/);

    // Undo would act on the stored Somalia change while the user believes Djibouti is the last one: refused.
    expect(store.canUndo).toBe(false);
    await store.undo();
    await store.edit(ERITREA_TO_ADDIS);
    expect(changeKinds(store.current)).toEqual(['SOM']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);

    // Still full: "Try again" fails again, takes it back again, and the warning stays.
    await store.retry(store.saveProblems[0]!.id);
    expect(changeKinds(store.current)).toEqual(['SOM']);
    expect(store.saveProblems.map((p) => p.kind)).toEqual(['storage-refused']);

    disk.full = false;
    await store.retry(store.saveProblems[0]!.id);
    expect(store.saveProblems).toEqual([]);
    expect(store.notSaved).toBe(false);
    expect(changeKinds(store.current)).toEqual(['SOM', 'DJI']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
    // Undo now takes back Djibouti, the change the user sees last, in memory and in storage.
    await store.undo();
    expect(changeKinds(store.current)).toEqual(['SOM']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
  });

  it('takes back the edits queued behind the refused one (an undo included), and can go on without them', async () => {
    const { name, db, disk } = diskThatFills();
    const store = await openStore(db);
    const scenario = await store.create('Horn of Africa');
    await store.edit(SOMALIA_TO_ADDIS);
    disk.full = true;
    // Made before the first write had an answer: Djibouti, an undo of it, then Eritrea.
    await Promise.all([store.edit(DJIBOUTI_TO_NAIROBI), store.undo(), store.edit(ERITREA_TO_ADDIS)]);
    expect(changeKinds(store.current)).toEqual(['SOM']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
    expect(store.saveProblems.map((p) => [p.kind, p.count])).toEqual([['storage-refused', 3]]);
    expect(problemText(store.saveProblems[0]!)).toContain('Not saved: 3 changes to "Horn of Africa"');

    disk.full = false;
    store.dismiss(store.saveProblems[0]!.id);
    expect(store.editable).toBe(true);
    await store.edit(ERITREA_TO_ADDIS);
    expect(changeKinds(store.current)).toEqual(['SOM', 'ERI']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
    expect(store.notSaved).toBe(false);
  });

  it('keeps the warning while other scenarios and settings save', async () => {
    const { db, disk } = diskThatFills();
    const store = await openStore(db);
    const first = await store.create('First');
    disk.full = true;
    await store.edit(SOMALIA_TO_ADDIS);
    disk.full = false;
    await store.create('Second');
    await store.edit(DJIBOUTI_TO_NAIROBI);
    await store.open(first.id);
    expect(store.saveProblems.map((p) => [p.kind, p.scenarioName])).toEqual([['storage-refused', 'First']]);
    expect(store.notSaved).toBe(true);
    expect(store.editable).toBe(false);
  });

  it('does not list a new scenario that could not be stored, and "Try again" stores it', async () => {
    const { name, db, disk } = diskThatFills();
    const store = await openStore(db);
    disk.full = true;
    const scenario = await store.create('Sahel');
    expect(store.scenarios.map((s) => s.name)).toEqual([]);
    expect(await storedCopy(name, scenario.id)).toBeUndefined();
    expect(problemText(store.saveProblems[0]!)).toMatch(/^Not saved: the new scenario "Sahel" could not be stored in this browser \(QuotaExceededError/);
    disk.full = false;
    await store.retry(store.saveProblems[0]!.id);
    expect(store.scenarios.map((s) => s.name)).toEqual(['Sahel']);
    expect(await storedCopy(name, scenario.id)).toEqual(store.current);
    expect(store.saveProblems).toEqual([]);
  });
});

describe('ScenarioStore when another tab replaces the workspace', () => {
  const other = createScenario({ id: asScenarioId('from-backup'), name: 'From the backup', now: '2026-06-01T10:00:00.000Z' });

  it('refuses an edit whose scenario is gone, names it, stores no row and shows the replaced workspace', async () => {
    const { name, db } = diskThatFills();
    const tabA = await openStore(db);
    const scenario = await tabA.create('Horn of Africa');
    await tabA.edit(SOMALIA_TO_ADDIS);
    // Tab B's Replace has been written, and tab A has not heard of it yet.
    const tabB = new PlannerDatabase(name);
    await restoreBackupOf(tabB, [other], 'replace');
    await tabA.edit(DJIBOUTI_TO_NAIROBI);
    expect(tabA.saveProblems.map((p) => p.kind)).toEqual(['scenario-gone']);
    expect(problemText(tabA.saveProblems[0]!)).toContain('your change to "Horn of Africa" (Djibouti: covered from');
    await vi.waitFor(() => expect(tabA.scenarios.map((s) => s.name)).toEqual(['From the backup']));
    expect(await tabB.scenarioEdits.where('scenarioId').equals(scenario.id).count()).toBe(0);
    tabB.close();
  });

  it('refuses an edit made before a Merge replaced its scenario, and stores none of it', async () => {
    const { name, db } = diskThatFills();
    const tabA = await openStore(db);
    const scenario = await tabA.create('Horn of Africa');
    await tabA.edit(SOMALIA_TO_ADDIS);
    // Tab B merges a backup holding another copy of the same scenario and marks the workspace replaced.
    const tabB = new PlannerDatabase(name);
    await restoreBackupOf(tabB, [{ ...scenario, name: 'Horn of Africa (backup)' }], 'merge');
    await tabA.undo();
    expect(tabA.saveProblems.map((p) => [p.kind, p.scenarioName])).toEqual([['workspace-replaced', 'Horn of Africa']]);
    await vi.waitFor(() => expect(tabA.current?.name).toBe('Horn of Africa (backup)'));
    expect(tabA.current).toEqual(await storedCopy(name, scenario.id));
    expect(await tabB.scenarioEdits.count()).toBe(0);
    tabB.close();
  });

  it('reloads every other tab when one replaces the workspace, saying which open scenario went', async () => {
    const { name, db } = diskThatFills();
    const tabA = await openStore(db);
    await tabA.create('Horn of Africa');
    const tabB = await openStore(new PlannerDatabase(name));
    await restoreBackupOf(tabB.db, [other], 'replace');
    await tabB.reload();
    await vi.waitFor(() => expect(tabA.scenarios.map((s) => s.name)).toEqual(['From the backup']));
    await vi.waitFor(() => expect(tabA.saveProblems.map((p) => [p.kind, p.scenarioName])).toEqual([['replaced-elsewhere', 'Horn of Africa']]));
    expect(tabA.current).toBeNull();
    // Edits in tab A now go to the replaced workspace, under its epoch.
    await tabA.open(other.id);
    await tabA.edit(SOMALIA_TO_ADDIS);
    expect(await storedCopy(name, other.id)).toEqual(tabA.current);
    expect(changeKinds(tabA.current)).toEqual(['SOM']);
  });
});

describe('the page writer (the fallback when the worker cannot start)', () => {
  it('stores a row only while its scenario is stored and the workspace is the one the tab loaded', async () => {
    const { db } = diskThatFills();
    const id = asScenarioId('s1');
    // A fresh row each time: Dexie writes the key it gives (seq) into the object it stores.
    const row = () => toEditRow(id, { op: 'record', change: SOMALIA_TO_ADDIS, changeId: asChangeId('c1'), at: '2026-06-01T10:00:00.000Z' });
    await expect(appendEditIfCurrent(db, row(), { epoch: null })).rejects.toMatchObject({ reason: 'scenario-gone' });
    await putScenario(db, createScenario({ id, name: 'Draft', now: '2026-06-01T10:00:00.000Z' }));
    await appendEditIfCurrent(db, row(), { epoch: null });
    await setSetting(db, WORKSPACE_EPOCH_KEY, 'replaced');
    const refused = await appendEditIfCurrent(db, row(), { epoch: null }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditRefusedError);
    expect(refused).toMatchObject({ reason: 'workspace-replaced' });
    await appendEditIfCurrent(db, row(), { epoch: 'replaced' });
    expect(await db.scenarioEdits.count()).toBe(2);
  });
});

describe('ScenarioStore reopening a large scenario', () => {
  it('reopens the last scenario with its network derived (in steps) exactly as a replay gives it', async () => {
    const { db } = diskThatFills();
    const moves = [SOMALIA_TO_ADDIS, DJIBOUTI_TO_NAIROBI, ERITREA_TO_ADDIS, assign('SOM', 'AFR-KEN')];
    const large = createScenario({ id: asScenarioId('large'), name: 'Large', now: '2026-06-01T10:00:00.000Z', changes: Array.from({ length: 12_001 }, (_, i) => ({ data: moves[i % moves.length]!, id: asChangeId(`c${i}`) })) });
    await putScenario(db, large);
    await setSetting(db, 'lastScenarioId', large.id);
    const store = await openStore(db);
    expect(store.current?.id).toBe('large');
    // The last of 12,001 changes is number 12,000 (a multiple of 4): Somalia to Addis Ababa.
    expect(store.network.offices.find((o) => o.id === 'AFR-ETH')?.coveredCountries).toContain('SOM');
    expect(store.network).toEqual(deriveNetwork(baseline, large.changes));
  });
});
