// Backing up and restoring the workspace, and adding a scenario from a file: the one place the
// Scenarios view goes through for these (views do not call db/ directly). Every file is checked
// in full against the data it refers to before anything is written.
import { isScenarioIdTaken, readBackupRecords, restoreWorkspaceRecords } from '../db/backupRepository';
import type { PlannerDatabase } from '../db/database';
import { listDatasets } from '../db/datasetRepository';
import { readSettings } from '../db/scenarioRepository';
import { loadDefaultNetwork } from '../io/defaultDataset';
import type { Restored } from '../io/restoreIssue';
import { parseScenarioFile, parseWorkspace, serializeWorkspace, type ParsedWorkspace, type RestoreContext } from '../io/workspaceFile';
import type { Network } from '../model/types';
import { asScenarioId, type Scenario } from '../scenario/types';

/** The text and file name of a backup of everything the workspace refers to; `scenarios` are the ones in memory (the freshest). */
export async function makeBackup(db: PlannerDatabase, datasetName: string, scenarios: readonly Scenario[], now = new Date()): Promise<{ fileName: string; text: string }> {
  const stored = await readBackupRecords(db);
  const inMemory = new Set(scenarios.map((s) => s.id));
  const text = serializeWorkspace(
    { datasetName, datasets: stored.datasets, scenarios: [...scenarios, ...stored.scenarios.filter((s) => !inMemory.has(s.id))], settings: stored.settings, damaged: stored.damaged },
    now.toISOString(),
  );
  return { fileName: `field-network-workspace-${now.toISOString().slice(0, 10)}.json`, text };
}

/** What a backup may refer to here: the embedded countries and offices, and the data sets stored in this browser. */
async function restoreContext(db: PlannerDatabase): Promise<RestoreContext> {
  const embedded = loadDefaultNetwork();
  const network: Network = embedded.ok ? embedded.network : { countries: [], offices: [] };
  const stored = new Map((await listDatasets(db).catch(() => [])).map((d) => [d.id, new Set<string>(d.offices.map((o) => o.id))]));
  const embeddedOffices = new Set<string>(network.offices.map((o) => o.id));
  return { countries: new Set(network.countries.map((c) => c.code)), officesOf: (id) => (id === null ? embeddedOffices : (stored.get(id) ?? null)) };
}

/** Reads and checks a backup file; nothing is written. */
export async function readBackup(db: PlannerDatabase, text: string): Promise<Restored<ParsedWorkspace>> {
  return parseWorkspace(text, await restoreContext(db));
}

/** Settings the page reads once when it starts (the scorecard's and the tracker's): replacing them takes a reload. */
const READ_AT_START = ['scoringSettings', 'planningAssumptions', 'officeFigures', 'tracker'];

/**
 * Writes a checked backup (replace or merge), all or nothing. Returns how many records got a
 * new id to keep a damaged one, and whether the page must reload to show what was restored: the
 * data set in use changed (the baseline is fixed for the life of the page), or settings it read at start.
 */
export async function applyBackup(db: PlannerDatabase, backup: ParsedWorkspace, how: 'replace' | 'merge', datasetInUse: string | null): Promise<{ renamed: number; reloadNeeded: boolean }> {
  const before = how === 'replace' ? await readSettings(db) : {};
  const renamed = await restoreWorkspaceRecords(db, backup, how);
  if (how === 'merge') return { renamed, reloadNeeded: false };
  const restoredDataset = typeof backup.settings['activeDatasetId'] === 'string' ? backup.settings['activeDatasetId'] : null;
  const settingsChanged = READ_AT_START.some((key) => JSON.stringify(before[key]) !== JSON.stringify(backup.settings[key]));
  return { renamed, reloadNeeded: restoredDataset !== datasetInUse || settingsChanged };
}

/** The scenario under a new id when any stored record (a damaged one too) already has its id. */
export async function withFreeId(db: PlannerDatabase, scenario: Scenario): Promise<Scenario> {
  return (await isScenarioIdTaken(db, scenario.id)) ? { ...scenario, id: asScenarioId(crypto.randomUUID()) } : scenario;
}

/** Reads a scenario file, checked against the baseline in use; its id is fresh when taken here. */
export async function readScenarioFile(db: PlannerDatabase, text: string, baseline: Network): Promise<Restored<Scenario>> {
  const known = { offices: new Set<string>(baseline.offices.map((o) => o.id)), countries: new Set<string>(baseline.countries.map((c) => c.code)) };
  const parsed = parseScenarioFile(text, known);
  return parsed.ok ? { ok: true, value: await withFreeId(db, parsed.value.scenario) } : parsed;
}
