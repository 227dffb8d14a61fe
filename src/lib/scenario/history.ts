// Pure edits of a scenario's change list with an undo/redo history. Every edit returns a new
// scenario with revision + 1 and updatedAt = now; an edit that has nothing to do returns the input.
import type { Change, ChangeData, ChangeId, HistoryEntry, Scenario, ScenarioId, Topic } from './types';

/**
 * Appends a change and makes it undoable; clears redo.
 * @example recordChange(s, { kind: 'close-office', office: 'AFR-MLI' }, 'c1', '2024-05-01T10:00:00Z')
 * // → { …s, changes: [...s.changes, { kind: 'close-office', office: 'AFR-MLI', id: 'c1', at: '2024-05-01T10:00:00Z' }], undo: [...s.undo, { op: 'add', change }], redo: [], revision: s.revision + 1 }
 */
export function recordChange(scenario: Scenario, data: ChangeData, id: ChangeId, now: string): Scenario {
  const change: Change = { ...data, id, at: now };
  return edited(scenario, now, {
    changes: [...scenario.changes, change],
    undo: [...scenario.undo, { op: 'add', change }],
    redo: [],
  });
}

/**
 * Takes a change out of the list wherever it is, undoably; clears redo. Unknown id → unchanged.
 * @example revertChange({ …s, changes: [a, b, c] }, b.id, now) // → changes [a, c], undo ends with { op: 'revert', change: b, index: 1 }
 */
export function revertChange(scenario: Scenario, changeId: ChangeId, now: string): Scenario {
  const index = scenario.changes.findIndex((c) => c.id === changeId);
  const change = scenario.changes[index];
  if (!change) return scenario;
  return edited(scenario, now, {
    // Only the change at `index`: undo puts exactly that one back, so no change is ever lost,
    // even in a file that reuses a change id.
    changes: scenario.changes.filter((_, i) => i !== index),
    undo: [...scenario.undo, { op: 'revert', change, index }],
    redo: [],
  });
}

/** @example canUndo(createScenario({ id, name, now })) // → false */
export const canUndo = (scenario: Scenario): boolean => scenario.undo.length > 0;

/** @example canRedo(undo(recordChange(s, data, id, now), now)) // → true */
export const canRedo = (scenario: Scenario): boolean => scenario.redo.length > 0;

/**
 * Undoes the latest history entry: an added change is removed, a reverted change is put back.
 * @example undo(recordChange(s, data, id, t1), t2).changes // → s.changes
 */
export function undo(scenario: Scenario, now: string): Scenario {
  const entry = scenario.undo.at(-1);
  if (!entry) return scenario;
  return edited(scenario, now, {
    changes: entry.op === 'add' ? withoutChange(scenario.changes, entry.change) : insertAt(scenario.changes, entry.change, entry.index),
    undo: scenario.undo.slice(0, -1),
    redo: [...scenario.redo, entry],
  });
}

/**
 * Does the most recently undone entry again.
 * @example redo(undo(recordChange(s, data, id, t1), t2), t3).changes // → recordChange(s, data, id, t1).changes
 */
export function redo(scenario: Scenario, now: string): Scenario {
  const entry = scenario.redo.at(-1);
  if (!entry) return scenario;
  return edited(scenario, now, {
    changes: entry.op === 'add' ? [...scenario.changes, entry.change] : withoutRevertedChange(scenario.changes, entry.change, entry.index),
    undo: [...scenario.undo, entry],
    redo: scenario.redo.slice(0, -1),
  });
}

export interface NewScenario {
  readonly id: ScenarioId;
  readonly name: string;
  readonly now: string;
  readonly description?: string;
  readonly topics?: readonly Topic[];
  readonly changes?: readonly { readonly data: ChangeData; readonly id: ChangeId }[];
}

/**
 * A new scenario at revision 1; initial changes are undoable one by one.
 * @example createScenario({ id: 's1', name: 'Two tiers', now: t }) // → { id: 's1', name: 'Two tiers', description: '', topics: [], changes: [], undo: [], redo: [], createdAt: t, updatedAt: t, deletedAt: null, revision: 1 }
 */
export function createScenario(options: NewScenario): Scenario {
  const changes: Change[] = (options.changes ?? []).map(({ data, id }) => ({ ...data, id, at: options.now }));
  return {
    id: options.id,
    name: options.name,
    description: options.description ?? '',
    topics: [...(options.topics ?? [])],
    changes,
    undo: addEntries(changes),
    redo: [],
    createdAt: options.now,
    updatedAt: options.now,
    deletedAt: null,
    revision: 1,
  };
}

/**
 * A copy with the same changes and description under a new id and name, with a fresh history.
 * @example cloneScenario(s, { id: 's2', name: 'Copy', now: t }) // → { …s, id: 's2', name: 'Copy', undo: one 'add' per change, redo: [], revision: 1, deletedAt: null }
 */
export function cloneScenario(source: Scenario, options: { id: ScenarioId; name: string; now: string }): Scenario {
  return {
    ...source,
    id: options.id,
    name: options.name,
    topics: [...source.topics],
    changes: [...source.changes],
    undo: addEntries(source.changes),
    redo: [],
    createdAt: options.now,
    updatedAt: options.now,
    deletedAt: null,
    revision: 1,
  };
}

function edited(scenario: Scenario, now: string, parts: Pick<Scenario, 'changes' | 'undo' | 'redo'>): Scenario {
  return { ...scenario, ...parts, updatedAt: now, revision: scenario.revision + 1 };
}

function addEntries(changes: readonly Change[]): HistoryEntry[] {
  return changes.map((change) => ({ op: 'add', change }));
}

// Removes one occurrence only (the latest), so a caller that reused an id loses no other change.
// Searched from the end, where the change to undo almost always is, without a copy of every id.
function withoutChange(changes: readonly Change[], change: Change): Change[] {
  let index = changes.length - 1;
  while (index >= 0 && changes[index]!.id !== change.id) index -= 1;
  return index < 0 ? [...changes] : [...changes.slice(0, index), ...changes.slice(index + 1)];
}

// Redoing a revert takes out the change where its undo put it back (its recorded index), not the
// latest change of its id: with a reused id, that would take out a namesake and lose it.
function withoutRevertedChange(changes: readonly Change[], change: Change, index: number): Change[] {
  if (changes[index]?.id !== change.id) return withoutChange(changes, change);
  return [...changes.slice(0, index), ...changes.slice(index + 1)];
}

function insertAt(changes: readonly Change[], change: Change, index: number): Change[] {
  const at = Math.min(Math.max(index, 0), changes.length);
  return [...changes.slice(0, at), change, ...changes.slice(at)];
}
