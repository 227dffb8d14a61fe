// One saved edit of a scenario, as a small row of its own: autosave appends a row instead of
// rewriting the scenario with its whole history. A scenario is read as its stored record (the
// "head") with its edit rows replayed in order; compaction later folds the rows into the head.
import { isChange } from '../io/restoreScenario';
import { recordChange, redo, revertChange, undo } from '../scenario/history';
import { TOPICS, type ChangeData, type ChangeId, type Scenario, type ScenarioId, type Topic } from '../scenario/types';

/** What an edit does; `at` is when it was made (ISO 8601). */
export type ScenarioEdit =
  | { readonly op: 'record'; readonly change: ChangeData; readonly changeId: ChangeId; readonly at: string }
  | { readonly op: 'undo'; readonly at: string }
  | { readonly op: 'redo'; readonly at: string }
  | { readonly op: 'revert'; readonly changeId: ChangeId; readonly at: string }
  /** Name, description, topics or trash state; these do not count as revisions. */
  | { readonly op: 'set'; readonly fields: ScenarioFields };

export type ScenarioFields = Partial<Pick<Scenario, 'name' | 'description' | 'topics' | 'deletedAt'>>;

/** A stored edit row: `seq` is given by IndexedDB (auto-increment), so rows replay in the order they were committed. */
export type EditRow = ScenarioEdit & { readonly scenarioId: ScenarioId; readonly seq?: number };

/**
 * The scenario after one edit, by the same pure functions the app uses in memory.
 * @example applyScenarioEdit(s, { op: 'undo', at: t }) // → undo(s, t)
 */
export function applyScenarioEdit(scenario: Scenario, edit: ScenarioEdit): Scenario {
  switch (edit.op) {
    case 'record':
      return recordChange(scenario, edit.change, edit.changeId, edit.at);
    case 'undo':
      return undo(scenario, edit.at);
    case 'redo':
      return redo(scenario, edit.at);
    case 'revert':
      return revertChange(scenario, edit.changeId, edit.at);
    case 'set':
      return { ...scenario, ...edit.fields };
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isFields(value: unknown): value is ScenarioFields {
  if (typeof value !== 'object' || value === null) return false;
  const { name, description, topics, deletedAt } = value as Record<string, unknown>;
  return (name === undefined || (isText(name) && name.trim() !== '')) && (description === undefined || isText(description)) && (deletedAt === undefined || deletedAt === null || isText(deletedAt)) && (topics === undefined || (Array.isArray(topics) && topics.every((t) => (TOPICS as readonly unknown[]).includes(t as Topic))));
}

/** True when a stored row is an edit this version can replay (older or damaged rows are not). */
export function isEditRow(value: unknown): value is EditRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  if (!isText(row['scenarioId'])) return false;
  switch (row['op']) {
    case 'record':
      return isText(row['changeId']) && isText(row['at']) && isChange({ ...(row['change'] as object), id: row['changeId'], at: row['at'] });
    case 'undo':
    case 'redo':
      return isText(row['at']);
    case 'revert':
      return isText(row['changeId']) && isText(row['at']);
    case 'set':
      return isFields(row['fields']);
    default:
      return false;
  }
}

/** A row to store: the edit and its scenario, without `seq` (IndexedDB assigns it). */
export const toEditRow = (scenarioId: ScenarioId, edit: ScenarioEdit): EditRow => ({ ...edit, scenarioId });

/**
 * The head with its rows replayed in `seq` order; null when a row cannot be read (the scenario
 * is then reported as damaged and its rows are kept as they are).
 * @example replayEdits(head, [{ scenarioId: head.id, seq: 1, op: 'undo', at: t }]) // → undo(head, t)
 */
export function replayEdits(head: Scenario, rows: readonly unknown[]): Scenario | null {
  let scenario = head;
  for (const row of rows) {
    if (!isEditRow(row)) return null;
    scenario = applyScenarioEdit(scenario, row);
  }
  return scenario;
}
