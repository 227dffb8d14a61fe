// A working group without a network, for store tests: the real Yjs document functions of
// src/lib/sync/sharedScenarios.ts, with the group's scenarios re-read after every transaction
// as WorkingGroup does (a $state the store's derived values follow).
import * as Y from 'yjs';
import type { ScenarioEdit } from '../../../src/lib/db/scenarioEdits';
import type { Scenario, ScenarioId } from '../../../src/lib/scenario/types';
import type { SharedScenarios } from '../../../src/lib/state/scenarioStore.svelte';
import { addSharedScenario, applySharedEdit, readSharedScenarios } from '../../../src/lib/sync/sharedScenarios';

export class YjsGroup implements SharedScenarios {
  scenarios = $state.raw<readonly Scenario[]>([]);
  readonly doc = new Y.Doc();
  /** Every edit the store handed to the group, as it came. */
  readonly edits: ScenarioEdit[] = [];
  private readonly mine = { member: 'test' };

  constructor(readonly author = 'Amina') {
    this.doc.on('afterTransaction', () => (this.scenarios = readSharedScenarios(this.doc)));
  }

  has = (id: ScenarioId) => this.scenarios.some((s) => s.id === id);
  add(scenario: Scenario): boolean {
    addSharedScenario(this.doc, scenario, this.author, this.mine);
    return true;
  }
  edit(id: ScenarioId, edit: ScenarioEdit): void {
    this.edits.push(edit);
    if (edit.op !== 'undo' && edit.op !== 'redo') applySharedEdit(this.doc, id, edit, this.author, this.mine);
  }
  canUndo = () => false;
  canRedo = () => false;
}
