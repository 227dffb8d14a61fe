// A workspace backup carries everything the workspace refers to: restored into an empty browser
// (a fresh fake-indexeddb database) it gives the same baseline (an imported data set included),
// scenarios, settings, scorecard, tracker and damaged records. An older (version 1) file migrates.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKSPACE_EPOCH_KEY } from '../../../src/lib/db/editGuard';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { activateNewDataset } from '../../../src/lib/db/datasetRepository';
import { readBackupRecords } from '../../../src/lib/db/backupRepository';
import { getSetting, putScenario, setSetting } from '../../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { formatRestoreIssue } from '../../../src/lib/io/restoreIssue';
import { WORKSPACE_TYPE } from '../../../src/lib/io/workspaceFile';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { createScenario, recordChange, undo } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId } from '../../../src/lib/scenario/types';
import { computeScorecard } from '../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import type { OfficeFigures, PlanningAssumptions, ScoringSettings } from '../../../src/lib/scoring/types';
import { loadBaseline } from '../../../src/lib/state/loadBaseline';
import { applyBackup, makeBackup, readBackup } from '../../../src/lib/state/workspaceBackup';
import { restoreTracker } from '../../../src/lib/tracker/restoreTracker';
import { sampleTracker } from '../../../src/lib/tracker/sampleTracker';
import { dumpDatabase } from './dumpDatabase';

const T = '2026-06-01T10:00:00.000Z';
const embedded = (() => {
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('embedded data set does not load');
  return loaded;
})();
const opened: PlannerDatabase[] = [];
let counter = 0;
const freshDatabase = () => {
  const db = new PlannerDatabase(`round-trip-${++counter}`);
  opened.push(db);
  return db;
};
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** An imported office list: the embedded one with Addis Ababa's hub renamed, so the two baselines differ visibly. */
const importedOffices = embedded.network.offices.map((o) => (o.id === 'AFR-ETH' ? { ...o, name: 'Horn of Africa Hub (imported)' } : o));

async function fullWorkspace(db: PlannerDatabase): Promise<void> {
  await activateNewDataset(db, { id: 'ds-old', name: 'An older list', fileName: 'old.csv', offices: embedded.network.offices, createdAt: '2026-01-01T00:00:00.000Z' });
  await activateNewDataset(db, { id: 'ds-new', name: 'offices-2026.csv (imported)', fileName: 'offices-2026.csv', offices: importedOffices, createdAt: T });
  const base = createScenario({ id: asScenarioId('s-horn'), name: 'Horn of Africa', now: T });
  const edited = recordChange(recordChange(base, { kind: 'assign-country', country: 'SOM' as never, office: 'AFR-ETH' as never }, asChangeId('c1'), T), { kind: 'close-office', office: 'AFR-MLI' as never }, asChangeId('c2'), T);
  await putScenario(db, undo(edited, T)); // one change, one redo step
  await putScenario(db, { ...createScenario({ id: asScenarioId('s-trash'), name: 'Deleted draft', now: T }), deletedAt: T });
  await db.scenarios.put({ id: 'future', name: 'From the future', changes: [{ kind: 'warp' }] } as never);
  const settings: ScoringSettings = { ...DEFAULT_SCORING_SETTINGS, distanceThresholdKm: 1800, perspectiveWeights: { 'member-states': 40, 'internal-process': 20, resources: 20, people: 20 } };
  await setSetting(db, 'scoringSettings', settings);
  await setSetting(db, 'planningAssumptions', { ...DEFAULT_ASSUMPTIONS, staff: { ...DEFAULT_ASSUMPTIONS.staff, 'country-office': 3 } });
  await setSetting(db, 'officeFigures', [{ office: 'AFR-ETH', year: 2025, staff: 11, budgetUsd: 1_500_000 }]);
  await setSetting(db, 'tracker', { tracker: sampleTracker(), past: [], future: [] });
  await setSetting(db, 'lastScenarioId', 's-horn');
}

async function scorecardOf(db: PlannerDatabase) {
  const baseline = await loadBaseline(db);
  if (!baseline.loaded.ok) throw new Error('baseline does not load');
  const network = baseline.loaded.network;
  const { scenarios } = await readBackupRecords(db);
  const horn = scenarios.find((s) => s.id === 's-horn')!;
  const input = { baseline: network, settings: (await getSetting<ScoringSettings>(db, 'scoringSettings'))!, assumptions: (await getSetting<PlanningAssumptions>(db, 'planningAssumptions'))!, figures: (await getSetting<OfficeFigures[]>(db, 'officeFigures'))! };
  return computeScorecard({ network: deriveNetwork(network, horn.changes), ...input });
}

describe('a workspace backup restored into an empty browser', () => {
  it('gives the same baseline (the imported data set), scenarios, settings, scorecard, tracker and damaged records', async () => {
    const original = freshDatabase();
    await fullWorkspace(original);
    const { text } = await makeBackup(original, 'offices-2026.csv (imported)', (await readBackupRecords(original)).scenarios);

    const fresh = freshDatabase();
    const parsed = await readBackup(fresh, text);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => formatRestoreIssue(i)).join('\n'));
    expect(await applyBackup(fresh, parsed.value, 'replace', null)).toEqual({ renamed: 0, reloadNeeded: true });

    const baseline = await loadBaseline(fresh);
    expect([baseline.datasetId, baseline.datasetName]).toEqual(['ds-new', 'offices-2026.csv (imported)']);
    expect(baseline.loaded.ok && baseline.loaded.network.offices.find((o) => o.id === 'AFR-ETH')?.name).toBe('Horn of Africa Hub (imported)');
    expect(await readBackupRecords(fresh)).toEqual(await readBackupRecords(original));
    const horn = (await readBackupRecords(fresh)).scenarios.find((s) => s.id === 's-horn')!;
    expect([horn.changes.map((c) => c.id), horn.redo.map((e) => e.change.id)]).toEqual([['c1'], ['c2']]);
    expect(restoreTracker((await getSetting<{ tracker: unknown }>(fresh, 'tracker'))?.tracker)).toEqual(sampleTracker());
    expect(await scorecardOf(fresh)).toEqual(await scorecardOf(original));
    // Everything stored is the same, record for record (edit rows aside, whose keys are counters;
    // the fresh browser also holds the new workspace epoch that the restore wrote for its tabs).
    const [a, b] = [await dumpDatabase(original), await dumpDatabase(fresh)];
    const withoutEpoch = (rows: unknown) => (rows as { key: string }[]).filter((r) => r.key !== WORKSPACE_EPOCH_KEY);
    for (const store of ['scenarios', 'datasets']) expect(b[store], store).toEqual(a[store]);
    expect(withoutEpoch(b['settings'])).toEqual(withoutEpoch(a['settings']));
  });

  it('migrates a version-1 backup: scenarios and settings come back, and the data set it does not carry is said, not silently switched', async () => {
    const v1 = JSON.stringify({
      type: WORKSPACE_TYPE, version: 1, exportedAt: T,
      data: { datasetName: 'offices-2026.csv (imported)', settings: { activeDatasetId: 'ds-elsewhere', lastScenarioId: 'old' }, scenarios: [{ id: 'old', name: 'Old file', tags: ['country-coverage'], changes: [{ id: 'c1', at: T, kind: 'close-office', office: 'AFR-MLI' }], createdAt: T, updatedAt: T }] },
    });
    const fresh = freshDatabase();
    const parsed = await readBackup(fresh, v1);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => formatRestoreIssue(i)).join('\n'));
    expect(parsed.value.notes.map((n) => formatRestoreIssue(n))).toEqual([
      'This older backup (version 1) refers to an imported data set ("offices-2026.csv (imported)") that it does not carry; the scenarios are restored on the data set built into the app.',
    ]);
    await applyBackup(fresh, parsed.value, 'replace', null);
    expect(await readBackupRecords(fresh)).toMatchObject({ settings: { lastScenarioId: 'old' }, datasets: [], damaged: [], scenarios: [{ id: 'old', topics: ['country-coverage'], undo: [{ op: 'add' }] }] });
    expect((await loadBaseline(fresh)).datasetId).toBeNull();
  });

  it('asks for a page reload only when what the page read at start changes (data set, scorecard settings, tracker)', async () => {
    const db = freshDatabase();
    await setSetting(db, 'lastScenarioId', 'x');
    const backupOf = async (settings: Record<string, unknown>) => {
      const parsed = await readBackup(db, JSON.stringify({ type: WORKSPACE_TYPE, version: 2, exportedAt: T, data: { datasetName: '', datasets: [], scenarios: [], damaged: [], settings } }));
      if (!parsed.ok) throw new Error('refused');
      return parsed.value;
    };
    expect((await applyBackup(db, await backupOf({ lastScenarioId: 'y' }), 'replace', null)).reloadNeeded).toBe(false);
    const withTracker = await backupOf({ tracker: { tracker: sampleTracker() } });
    expect((await applyBackup(db, withTracker, 'merge', null)).reloadNeeded).toBe(false);
    expect((await applyBackup(db, withTracker, 'replace', null)).reloadNeeded).toBe(true);
    expect((await applyBackup(db, withTracker, 'replace', null)).reloadNeeded).toBe(false);
    expect((await applyBackup(db, withTracker, 'replace', 'ds-was-in-use')).reloadNeeded).toBe(true);
  });
});
