// Reading and writing scenarios and settings. A scenario is stored as a record (its "head") plus
// the rows of the edits autosaved since (scenarioEdits.ts): a save appends one small row, never
// rewrites the scenario. Rows from two tabs both land, in commit order; compaction folds them
// into the head in one transaction, and a record or row that cannot be read is kept untouched.
import type { DataIssue } from '../model/dataIssue';
import { formatRestoreIssue } from '../io/restoreIssue';
import { restoreScenario, restoreScenarioInSteps } from '../io/restoreScenario';
import type { Restored } from '../io/restoreIssue';
import { checkSetting } from '../io/restoreSettings';
import english from '../i18n/messages/en/restore';
import { formatMessage } from '../i18n/formatMessage';
import type { Scenario, ScenarioId } from '../scenario/types';
import Dexie from 'dexie';
import type { PlannerDatabase, StoredScenario } from './database';
import { EDITS_STORE } from './names';
import { CHUNKS_STORE, chunksFrom, firstChangedChunk, headOf, isChunkedHead } from './scenarioChunks';
import { nextTask } from './nextTask';
import { replayEdits, type EditRow } from './scenarioEdits';

export interface StoredScenarios {
  readonly scenarios: Scenario[];
  /** Records that could not be read; they stay in the database untouched. */
  readonly damaged: readonly DataIssue[];
}

/** A stored scenario read back: the scenario, or the issues that stop it being read. */
type ReadScenario = { ok: true; value: Scenario } | { ok: false; issues: readonly DataIssue[] };

/** A stored record with its edit rows replayed, or the issues that stop it being read. */
export function readScenario(record: unknown, rows: readonly unknown[]): ReadScenario {
  return withEdits(record, restoreScenario(record), rows);
}

/** readScenario in steps of a few milliseconds (see restoreScenarioInSteps), for the start-up read. */
async function readScenarioInSteps(record: unknown, rows: readonly unknown[]): Promise<ReadScenario> {
  return withEdits(record, await restoreScenarioInSteps(record, nextTask), rows);
}

/** A record as read from the store (chunks joined): readScenario, or why its chunks do not fit. */
export function readStoredScenario(stored: StoredScenario, rows: readonly unknown[]): ReadScenario {
  return stored.problem ? chunkIssue(stored) : readScenario(stored.record, rows);
}

async function readStoredScenarioInSteps(stored: StoredScenario, rows: readonly unknown[]): Promise<ReadScenario> {
  return stored.problem ? chunkIssue(stored) : readScenarioInSteps(stored.record, rows);
}

function chunkIssue(stored: StoredScenario): ReadScenario {
  return { ok: false, issues: [{ file: 'IndexedDB', message: `${describeRecord(stored.head)}: ${stored.problem ?? ''}. It is kept as it is stored.` }] };
}

function withEdits(record: unknown, restored: Restored<Scenario>, rows: readonly unknown[]): ReadScenario {
  if (!restored.ok) return { ok: false, issues: [{ file: 'IndexedDB', message: `${describeRecord(record)}: ${restored.issues.map((issue) => formatRestoreIssue(issue)).join(' ')}` }] };
  const replayed = replayEdits(restored.value, rows);
  if (replayed) return { ok: true, value: replayed };
  return { ok: false, issues: [{ file: 'IndexedDB', message: `Scenario "${restored.value.name}": an autosaved edit could not be read (it may come from a newer version of the app). The scenario is kept as it is stored; export a backup before editing it.` }] };
}

/** How a record that cannot be read is named in a message: its name and id, when it has them. */
function describeRecord(record: unknown): string {
  const { id, name } = (typeof record === 'object' && record !== null ? record : {}) as { id?: unknown; name?: unknown };
  return `Scenario ${typeof name === 'string' ? `"${name.slice(0, 80)}" ` : ''}(id ${JSON.stringify(id)})`;
}

/** Stored settings of the wrong shape are left out (the app then uses its default) and reported. */
function checkedSettings(records: readonly { key: string; value: unknown }[]): { settings: Record<string, unknown>; issues: DataIssue[] } {
  const settings: Record<string, unknown> = {};
  const issues: DataIssue[] = [];
  for (const { key, value } of records) {
    const problems = checkSetting(key, value);
    if (problems.length === 0) settings[key] = value;
    else issues.push({ file: 'IndexedDB', message: formatMessage('en', english['scenarios.restore.settingIgnored'], { problem: problems.map((p) => formatRestoreIssue(p)).join(' ') }) });
  }
  return { settings, issues };
}

/** Edit rows by scenario, each list in commit order. */
export function groupRows(rows: readonly EditRow[]): Map<ScenarioId, EditRow[]> {
  const byScenario = new Map<ScenarioId, EditRow[]>();
  for (const row of rows) {
    const list = byScenario.get(row.scenarioId);
    if (list) list.push(row);
    else byScenario.set(row.scenarioId, [row]);
  }
  return byScenario;
}

export async function loadScenarios(db: PlannerDatabase): Promise<StoredScenarios> {
  const { scenarios, damaged } = await loadWorkspace(db);
  return { scenarios, damaged };
}

/**
 * The stored scenarios (with their edits replayed) and the settings, read together in one
 * transaction — at start-up, the read the database began when it opened.
 */
export async function loadWorkspace(db: PlannerDatabase): Promise<StoredScenarios & { readonly settings: Readonly<Record<string, unknown>> }> {
  const { scenarios: records, edits: rows, settings } = await (db.takeStartupRead() ?? db.readWorkspace());
  const edits = groupRows(rows);
  const scenarios: Scenario[] = [];
  const damaged: DataIssue[] = [];
  for (const stored of records) {
    // In steps: a scenario of 100,000 changes takes a second to check, which would freeze the page.
    const read = await readStoredScenarioInSteps(stored, edits.get(stored.head.id) ?? []);
    if (read.ok) scenarios.push(read.value);
    else damaged.push(...read.issues);
  }
  scenarios.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const checked = checkedSettings(settings);
  return { scenarios, damaged: [...damaged, ...checked.issues], settings: checked.settings };
}

export const TABLES = ['scenarios', EDITS_STORE, CHUNKS_STORE] as const;

/** A scenario's record (chunks joined) and its edit rows (inside a transaction that holds TABLES). */
async function readStored(db: PlannerDatabase, id: ScenarioId): Promise<{ stored: StoredScenario | undefined; rows: EditRow[] }> {
  const [head, rows] = await Promise.all([db.scenarios.get(id), db.scenarioEdits.where('scenarioId').equals(id).sortBy('seq')]);
  const [stored] = head ? await db.withChunks([head]) : [];
  return { stored, rows };
}

/** Deletes a scenario's chunks from `first` on (inside a transaction that holds the chunks store). */
export async function deleteChunks(db: PlannerDatabase, id: ScenarioId, first = 0): Promise<void> {
  await db.scenarioChunks.where('[scenarioId+chunkIndex]').between([id, first], [id, Dexie.maxKey], true, true).delete();
}

/**
 * Writes a scenario as its head and chunks (inside a transaction that holds TABLES). Given the
 * version stored before, only the chunks from the first changed one are written: a save that
 * adds a change at the end rewrites the last chunk, not the scenario.
 */
export async function writeScenarioRecords(db: PlannerDatabase, scenario: Scenario, before?: Scenario): Promise<void> {
  const from = before ? firstChangedChunk(before.changes, scenario.changes) : 0;
  const chunks = chunksFrom(scenario.id, scenario.changes, from);
  await deleteChunks(db, scenario.id, from);
  if (chunks.length > 0) await db.scenarioChunks.bulkPut(chunks);
  await db.scenarios.put(headOf(scenario));
}

/** Deletes a scenario's edit rows (inside a transaction that holds the edits store). */
async function deleteRows(db: PlannerDatabase, rows: readonly EditRow[]): Promise<void> {
  await db.scenarioEdits.bulkDelete(rows.map((row) => row.seq as number));
}

export async function getScenario(db: PlannerDatabase, id: ScenarioId): Promise<Scenario | undefined> {
  const { stored, rows } = await db.transaction('r', TABLES, () => readStored(db, id));
  if (!stored) return undefined;
  const read = await readStoredScenarioInSteps(stored, rows);
  return read.ok ? read.value : undefined;
}

/**
 * Stores a whole scenario (a new one, or one added from a file), replacing any edits of an earlier
 * one with that id — but never a damaged record: that write is refused, the record kept.
 */
export async function putScenario(db: PlannerDatabase, scenario: Scenario): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    const { stored, rows } = await readStored(db, scenario.id);
    if (stored && !readStoredScenario(stored, rows).ok) throw new Error(`a damaged record is stored under the id ${scenario.id}; it is kept, so this scenario was not written over it`);
    await deleteRows(db, rows);
    await writeScenarioRecords(db, scenario);
  });
}

/** Appends one autosaved edit: a single small write, whatever the size of the scenario and its history. */
export async function appendEdit(db: PlannerDatabase, row: EditRow): Promise<void> {
  await db.scenarioEdits.add(row);
}

/**
 * Applies `update` to the stored scenario (its record with its edits) in one read-write
 * transaction, stores the result as its record and returns it. If the scenario is not stored
 * (yet), `fallback` is updated. Two tabs doing this at once both keep their changes.
 */
export async function updateScenario(db: PlannerDatabase, id: ScenarioId, fallback: Scenario, update: (current: Scenario) => Scenario): Promise<Scenario> {
  return db.transaction('rw', TABLES, async () => {
    const { stored, rows } = await readStored(db, id);
    const base = stored ? readStoredScenario(stored, []) : null;
    const read = base?.ok ? replayEdits(base.value, rows) : null;
    const next = update(read ?? fallback);
    await deleteRows(db, rows);
    await writeScenarioRecords(db, next, base?.ok && isChunkedHead(stored?.head) ? base.value : undefined);
    return next;
  });
}

/**
 * Folds the edit rows of the given scenarios (all that have rows when none are given) into
 * their records, in one transaction; scenarios whose record or rows cannot be read keep them.
 * Returns how many rows were folded.
 */
export async function compactScenarios(db: PlannerDatabase, ids?: readonly ScenarioId[]): Promise<number> {
  return db.transaction('rw', TABLES, async () => {
    const rows = ids ? await db.scenarioEdits.where('scenarioId').anyOf([...ids]).sortBy('seq') : await db.scenarioEdits.toArray();
    let folded = 0;
    for (const [id, list] of groupRows(rows)) {
      const { stored } = await readStored(db, id);
      const base = stored ? readStoredScenario(stored, []) : null;
      const read = base?.ok ? replayEdits(base.value, list) : null;
      if (!base?.ok || !read) continue;
      await writeScenarioRecords(db, read, isChunkedHead(stored?.head) ? base.value : undefined);
      await deleteRows(db, list);
      folded += list.length;
    }
    return folded;
  });
}

/** A stored setting, or undefined when there is none or it has the wrong shape (the caller then uses its default). */
export async function getSetting<T>(db: PlannerDatabase, key: string): Promise<T | undefined> {
  const value = (await db.settings.get(key))?.value;
  return value !== undefined && checkSetting(key, value).length === 0 ? (value as T) : undefined;
}

/**
 * A stored setting as it is, unchecked: for a reader that checks it part by part and keeps what
 * is sound (the tracker keeps its current state when one old undo step is damaged).
 */
export async function getRawSetting(db: PlannerDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function setSetting(db: PlannerDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readSettings(db: PlannerDatabase): Promise<Record<string, unknown>> {
  const records = await db.settings.toArray();
  return Object.fromEntries(records.map((r) => [r.key, r.value]));
}
