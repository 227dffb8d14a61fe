// Reading and writing scenarios and settings. Every edit goes through updateScenario, which
// applies it to the freshest stored copy inside one transaction: two tabs editing the same
// scenario both keep their changes, and a failed write leaves the stored copy untouched.
import type { DataIssue } from '../model/dataIssue';
import { restoreScenario } from '../io/restoreScenario';
import type { Scenario, ScenarioId } from '../scenario/types';
import type { PlannerDatabase } from './database';

export interface StoredScenarios {
  readonly scenarios: Scenario[];
  /** Records that could not be read; they stay in the database untouched. */
  readonly damaged: readonly DataIssue[];
}

export async function loadScenarios(db: PlannerDatabase): Promise<StoredScenarios> {
  const records = await db.scenarios.toArray();
  const scenarios: Scenario[] = [];
  const damaged: DataIssue[] = [];
  for (const record of records) {
    const restored = restoreScenario(record, 'IndexedDB');
    if (restored.ok) scenarios.push(restored.value);
    else damaged.push(...restored.issues);
  }
  scenarios.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { scenarios, damaged };
}

export async function getScenario(db: PlannerDatabase, id: ScenarioId): Promise<Scenario | undefined> {
  const record = await db.scenarios.get(id);
  if (!record) return undefined;
  const restored = restoreScenario(record, 'IndexedDB');
  return restored.ok ? restored.value : undefined;
}

export async function putScenario(db: PlannerDatabase, scenario: Scenario): Promise<void> {
  await db.scenarios.put(scenario);
}

/**
 * Applies `update` to the stored copy of a scenario in one read-write transaction and
 * returns what was stored. If the scenario is not stored (yet), `fallback` is updated.
 */
export async function updateScenario(db: PlannerDatabase, id: ScenarioId, fallback: Scenario, update: (current: Scenario) => Scenario): Promise<Scenario> {
  return db.transaction('rw', db.scenarios, async () => {
    const stored = await getScenario(db, id);
    const next = update(stored ?? fallback);
    await db.scenarios.put(next);
    return next;
  });
}

export async function getSetting<T>(db: PlannerDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: PlannerDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Replaces every scenario and setting with a workspace's, all or nothing. */
export async function replaceWorkspace(db: PlannerDatabase, scenarios: readonly Scenario[], settings: Readonly<Record<string, unknown>>): Promise<void> {
  await db.transaction('rw', db.scenarios, db.settings, async () => {
    await db.scenarios.clear();
    await db.settings.clear();
    await db.scenarios.bulkPut([...scenarios]);
    await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
  });
}

/** Adds a workspace's scenarios next to the stored ones, all or nothing; same ids are overwritten. */
export async function mergeScenarios(db: PlannerDatabase, scenarios: readonly Scenario[]): Promise<void> {
  await db.transaction('rw', db.scenarios, async () => {
    await db.scenarios.bulkPut([...scenarios]);
  });
}

export async function readSettings(db: PlannerDatabase): Promise<Record<string, unknown>> {
  const records = await db.settings.toArray();
  return Object.fromEntries(records.map((r) => [r.key, r.value]));
}
