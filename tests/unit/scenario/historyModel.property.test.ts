// The undo history checked against an independent, naive model: a list of changes plus stacks
// of whole earlier and undone lists (snapshots). history.ts stores operations, not snapshots, so
// the two agree only if every undo, redo and revert puts back exactly the right change at the
// right place — including the latest, not the first, change of a reused id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createScenario, recordChange, redo, revertChange, undo } from '../../../src/lib/scenario/history';
import { asScenarioId, type Change, type ChangeData, type Scenario } from '../../../src/lib/scenario/types';
import { LATER, NOW, SAMPLE_LIST, cid } from './scenarioTestData';

type Op =
  /** id null: a fresh id (the step's number), as the app makes one. */
  | { readonly op: 'record'; readonly data: ChangeData; readonly id: string | null }
  | { readonly op: 'revert'; readonly pick: number }
  | { readonly op: 'undo' }
  | { readonly op: 'redo' };

/** The naive model: the current list, the lists before each edit, the lists undone. */
interface Model {
  readonly list: readonly Change[];
  readonly past: readonly (readonly Change[])[];
  readonly future: readonly (readonly Change[])[];
}

const idOf = (op: { id: string | null }, step: number) => cid(op.id ?? `c${step}`);

function modelStep(model: Model, op: Op, step: number, revertedId: string | undefined): Model {
  const { list, past, future } = model;
  switch (op.op) {
    case 'record':
      return { list: [...list, { ...op.data, id: idOf(op, step), at: NOW }], past: [...past, list], future: [] };
    case 'revert':
      if (revertedId === undefined) return model;
      // Reverting takes out one change (the first of that id), never its namesakes too.
      return { list: list.filter((_, i) => i !== list.findIndex((c) => c.id === revertedId)), past: [...past, list], future: [] };
    case 'undo':
      return past.length === 0 ? model : { list: past.at(-1)!, past: past.slice(0, -1), future: [...future, list] };
    case 'redo':
      return future.length === 0 ? model : { list: future.at(-1)!, past: [...past, list], future: future.slice(0, -1) };
  }
}

function realStep(scenario: Scenario, op: Op, step: number, revertedId: string | undefined): Scenario {
  switch (op.op) {
    case 'record': return recordChange(scenario, op.data, idOf(op, step), NOW);
    case 'revert': return revertedId === undefined ? scenario : revertChange(scenario, cid(revertedId), LATER);
    case 'undo': return undo(scenario, LATER);
    case 'redo': return redo(scenario, LATER);
  }
}

const changeData = fc.constantFrom(...SAMPLE_LIST);
const undoOrRedo = fc.constantFrom<Op>({ op: 'undo' }, { op: 'redo' });

/** Runs the same operations on both and compares after every step. */
function runBoth(ops: readonly Op[]) {
  let scenario = createScenario({ id: asScenarioId('s'), name: 'S', now: NOW });
  let model: Model = { list: [], past: [], future: [] };
  for (const [step, op] of ops.entries()) {
    // A revert names one of the changes now in the list (or none when it is empty).
    const revertedId = op.op === 'revert' && model.list.length > 0 ? model.list[op.pick % model.list.length]!.id : undefined;
    const before = scenario;
    scenario = realStep(scenario, op, step, revertedId);
    model = modelStep(model, op, step, revertedId);
    expect(scenario.changes).toEqual(model.list);
    expect(canUndo(scenario)).toBe(model.past.length > 0);
    expect(canRedo(scenario)).toBe(model.future.length > 0);
    // An edit that does something bumps the revision by one; a no-op returns the same object.
    if (scenario !== before) expect(scenario.revision).toBe(before.revision + 1);
  }
}

describe('history against a naive snapshot model', () => {
  it('record, revert, undo and redo in any order (distinct ids)', () => {
    const record = changeData.map((data): Op => ({ op: 'record', data, id: null }));
    const revert = fc.nat(20).map((pick): Op => ({ op: 'revert', pick }));
    fc.assert(fc.property(fc.array(fc.oneof(record, revert, undoOrRedo), { maxLength: 30 }), (ops) => runBoth(ops)), { numRuns: 300 });
  });

  it('record, undo and redo with reused ids: undo takes back the latest change of that id', () => {
    const record = fc.record({ data: changeData, id: fc.constantFrom('a', 'b') }).map(({ data, id }): Op => ({ op: 'record', data, id }));
    fc.assert(fc.property(fc.array(fc.oneof(record, undoOrRedo), { maxLength: 30 }), (ops) => runBoth(ops)), { numRuns: 300 });
  });

  it('record, revert, undo and redo with reused ids: no change is ever lost', () => {
    const record = fc.record({ data: changeData, id: fc.constantFrom('a', 'b') }).map(({ data, id }): Op => ({ op: 'record', data, id }));
    const revert = fc.nat(20).map((pick): Op => ({ op: 'revert', pick }));
    fc.assert(fc.property(fc.array(fc.oneof(record, revert, undoOrRedo), { maxLength: 30 }), (ops) => runBoth(ops)), { numRuns: 300 });
  });

  it('a hand-worked case: a, b, a′ (reusing a’s id), revert a, undo → a, b, a′ again', () => {
    const [first, second, third] = SAMPLE_LIST;
    let s = createScenario({ id: asScenarioId('s'), name: 'S', now: NOW });
    s = recordChange(s, first!, cid('a'), NOW);
    s = recordChange(s, second!, cid('b'), NOW);
    s = recordChange(s, third!, cid('a'), NOW);
    const reverted = revertChange(s, cid('a'), LATER);
    expect(reverted.changes.map(({ kind, id }) => [kind, id])).toEqual([[second!.kind, 'b'], [third!.kind, 'a']]);
    expect(undo(reverted, LATER).changes).toEqual(s.changes);
  });

  it('a case fast-check found: a, a′ (same id), revert a, undo, redo → a′ is kept, a is out', () => {
    const [first, second] = SAMPLE_LIST;
    let s = createScenario({ id: asScenarioId('s'), name: 'S', now: NOW });
    s = recordChange(s, first!, cid('a'), NOW);
    s = recordChange(s, second!, cid('a'), NOW);
    const redone = redo(undo(revertChange(s, cid('a'), LATER), LATER), LATER);
    expect(redone.changes).toEqual([s.changes[1]]);
  });

  it('a hand-worked case: a, b, a′ (reusing a’s id), undo → a, b', () => {
    const [first, second, third] = SAMPLE_LIST;
    let s = createScenario({ id: asScenarioId('s'), name: 'S', now: NOW });
    s = recordChange(s, first!, cid('a'), NOW);
    s = recordChange(s, second!, cid('b'), NOW);
    s = recordChange(s, third!, cid('a'), NOW);
    const undone = undo(s, LATER);
    expect(undone.changes.map(({ kind, id }) => [kind, id])).toEqual([[first!.kind, 'a'], [second!.kind, 'b']]);
    expect(redo(undone, LATER).changes).toEqual(s.changes);
  });
});
