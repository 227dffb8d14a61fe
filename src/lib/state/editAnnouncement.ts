// What a screen reader hears after an edit of the open scenario: the change in the words of
// the change log, and whether it was made, undone, redone or reverted. The change is read
// against the network that does not hold it (before it was made, or after it was taken out),
// as the change log reads it.
import type { ScenarioEdit } from '../db/scenarioEdits';
import type { LocalText } from '../i18n/localText';
import { describeOneChange } from '../scenario/describeChange';
import type { NetworkLookup } from '../scenario/networkDraft';
import type { Change, Scenario } from '../scenario/types';

export type EditStep = 'record' | 'undo' | 'redo' | 'revert';

export interface EditAnnouncement {
  readonly step: EditStep;
  /** The change in words (catalogue key and values). */
  readonly change: LocalText;
}

/**
 * The change an edit makes, undoes, redoes or reverts, and whether the scenario after the edit
 * holds it; null for an edit of the scenario's name, topics or trash state.
 * @example editedChange(s, { op: 'undo', at }) // → { change: s.undo.at(-1).change, heldAfter: false } for an undone addition
 */
export function editedChange(before: Scenario, after: Scenario, edit: ScenarioEdit): { step: EditStep; change: Change; heldAfter: boolean } | null {
  if (edit.op === 'set') return null;
  const change = edit.op === 'record' ? after.changes.at(-1) : edit.op === 'undo' ? before.undo.at(-1)?.change : edit.op === 'redo' ? before.redo.at(-1)?.change : before.changes.find((c) => c.id === edit.changeId);
  if (!change) return null;
  return { step: edit.op, change, heldAfter: after.changes.includes(change) };
}

/**
 * The announcement of one edit, given the network without the change.
 * @example announceEdit('undo', change, indexNetwork(networkAfterUndo)) // → { step: 'undo', change: { key: 'map.change.assignCountry', values: { … } } }
 */
export function announceEdit(step: EditStep, change: Change, without: NetworkLookup): EditAnnouncement {
  return { step, change: describeOneChange(without, change).text };
}
