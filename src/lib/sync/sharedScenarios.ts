// A working group's shared scenarios as one Yjs document: scenario id → a map of its fields,
// its changes (a Y.Array of change records, each with its author and time) and a record of
// reverts. The app's Scenario is read from it; Yjs merges edits made apart, so every member
// who has the same updates reads the same scenarios. Pure: no Svelte, no network, no storage.
import * as Y from 'yjs';
import { changeAuthor } from './changeAuthor';
import type { ScenarioEdit } from '../db/scenarioEdits';
import { TOPICS, type Change, type ChangeId, type Scenario, type ScenarioId, type Topic } from '../scenario/types';

/** A change as the group stores it: who made it is part of the record. */
export type SharedChange = Change & { readonly author: string };
/** A revert is itself recorded: which change, by whom and when. */
export interface RevertRecord {
  readonly change: SharedChange;
  readonly by: string;
  readonly at: string;
}

type ScenarioMap = Y.Map<unknown>;

export const scenarioMaps = (doc: Y.Doc): Y.Map<ScenarioMap> => doc.getMap<ScenarioMap>('scenarios');
const changesOf = (map: ScenarioMap) => map.get('changes') as Y.Array<SharedChange>;
const revertsOf = (map: ScenarioMap) => map.get('reverts') as Y.Array<RevertRecord>;

/** The author of a change read from the group, or null for a change that never was shared. */
export const authorOf = changeAuthor;

/**
 * Puts a scenario into the group under its id, with its changes; changes without an author are
 * credited to `author`.
 * @example addSharedScenario(doc, scenario, 'Amina', origin); readSharedScenarios(doc)[0].changes[0].author // → 'Amina'
 */
export function addSharedScenario(doc: Y.Doc, scenario: Scenario, author: string, origin: unknown): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('name', scenario.name);
    map.set('description', scenario.description);
    map.set('topics', [...scenario.topics]);
    map.set('createdAt', scenario.createdAt);
    map.set('updatedAt', scenario.updatedAt);
    map.set('deletedAt', scenario.deletedAt);
    const changes = new Y.Array<SharedChange>();
    changes.push(scenario.changes.map((change) => ({ ...change, author: authorOf(change) ?? author })));
    map.set('changes', changes);
    map.set('reverts', new Y.Array<RevertRecord>());
    scenarioMaps(doc).set(scenario.id, map);
  }, origin);
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const topics = (value: unknown): Topic[] => (Array.isArray(value) ? value.filter((t): t is Topic => (TOPICS as readonly string[]).includes(t)) : []);

/**
 * The group's scenarios as the app's Scenario, oldest first. The history (undo/redo) is each
 * member's own and lives in their undo manager, so it is empty here. A change record keeps its
 * identity across reads (Yjs returns the stored object), so the app re-derives only what changed.
 */
export function readSharedScenarios(doc: Y.Doc): Scenario[] {
  const scenarios: Scenario[] = [];
  scenarioMaps(doc).forEach((map, id) => {
    const changes = changesOf(map)?.toArray() ?? [];
    const createdAt = text(map.get('createdAt'));
    scenarios.push({
      id: id as ScenarioId,
      name: text(map.get('name'), id),
      description: text(map.get('description')),
      topics: topics(map.get('topics')),
      changes,
      undo: [],
      redo: [],
      createdAt,
      updatedAt: text(map.get('updatedAt'), createdAt),
      deletedAt: typeof map.get('deletedAt') === 'string' ? (map.get('deletedAt') as string) : null,
      // Grows with every change and revert, so a newer copy is never taken for an older one.
      revision: 1 + changes.length + (revertsOf(map)?.length ?? 0),
    });
  });
  return scenarios.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The reverts recorded for a scenario, oldest first. */
export function readReverts(doc: Y.Doc, id: ScenarioId): RevertRecord[] {
  const map = scenarioMaps(doc).get(id);
  return map ? revertsOf(map).toArray() : [];
}

/**
 * Applies one edit of the app (record, revert, or a field) to a shared scenario, as `author`.
 * Undo and redo are not edits of the document: see createUndoManager. Returns false when there
 * was nothing to do (unknown scenario or change).
 */
export function applySharedEdit(doc: Y.Doc, id: ScenarioId, edit: Exclude<ScenarioEdit, { op: 'undo' | 'redo' }>, author: string, origin: unknown): boolean {
  const map = scenarioMaps(doc).get(id);
  if (!map) return false;
  let done = true;
  doc.transact(() => {
    switch (edit.op) {
      case 'record':
        changesOf(map).push([{ ...edit.change, id: edit.changeId, at: edit.at, author }]);
        map.set('updatedAt', edit.at);
        break;
      case 'revert': {
        const index = changesOf(map).toArray().findIndex((c) => c.id === edit.changeId);
        if (index < 0) {
          done = false;
          return;
        }
        const change = changesOf(map).get(index);
        changesOf(map).delete(index, 1);
        revertsOf(map).push([{ change, by: author, at: edit.at }]);
        map.set('updatedAt', edit.at);
        break;
      }
      case 'set':
        for (const [key, value] of Object.entries(edit.fields)) map.set(key, Array.isArray(value) ? [...value] : value);
        break;
    }
  }, origin);
  return done;
}

/**
 * Undo and redo of one member's own changes and reverts in one scenario: only transactions
 * made with `origin` are tracked, so a colleague's change is never undone from here.
 */
export function createUndoManager(doc: Y.Doc, id: ScenarioId, origin: unknown): Y.UndoManager | null {
  const map = scenarioMaps(doc).get(id);
  if (!map) return null;
  // captureTimeout 0: each edit is its own step, as in a local scenario.
  return new Y.UndoManager([changesOf(map), revertsOf(map)], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}

export const changeIds = (scenario: Scenario): ChangeId[] => scenario.changes.map((c) => c.id);
