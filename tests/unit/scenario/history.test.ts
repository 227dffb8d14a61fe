import { describe, expect, it } from 'vitest';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import {
  canRedo, canUndo, cloneScenario, createScenario, recordChange, redo, revertChange, undo,
} from '../../../src/lib/scenario/history';
import { asScenarioId, type ChangeKind, type Scenario } from '../../../src/lib/scenario/types';
import { LATER, NOW, SAMPLE_CHANGES, SAMPLE_LIST, baselineNetwork, cid, emptyScenario } from './scenarioTestData';

const kinds = Object.keys(SAMPLE_CHANGES) as (keyof typeof SAMPLE_CHANGES)[];
const ids = (s: Scenario) => s.changes.map((c) => c.id);

/** A scenario holding every sample change, ids c0…c7. */
function fullScenario(): Scenario {
  return SAMPLE_LIST.reduce((s, data, i) => recordChange(s, data, cid(`c${i}`), NOW), emptyScenario());
}

describe('recordChange', () => {
  it('appends the change with its id and time, makes it undoable, clears redo and bumps the revision', () => {
    const undone = undo(recordChange(emptyScenario(), SAMPLE_CHANGES['close-office'], cid('a'), NOW), NOW);
    const s = recordChange(undone, SAMPLE_CHANGES['set-tier'], cid('b'), LATER);
    expect(s.changes).toEqual([{ ...SAMPLE_CHANGES['set-tier'], id: 'b', at: LATER }]);
    expect(s.undo.at(-1)).toEqual({ op: 'add', change: s.changes[0] });
    expect(s.redo).toEqual([]);
    expect(s).toMatchObject({ updatedAt: LATER, revision: undone.revision + 1 });
  });
});

describe('undo and redo, for every change kind on the real baseline', () => {
  const baseline = baselineNetwork();

  it.each(kinds)('%s: record then undo gives back the baseline', (kind) => {
    const recorded = recordChange(emptyScenario(), SAMPLE_CHANGES[kind], cid('x'), NOW);
    expect(deriveNetwork(baseline, recorded.changes)).not.toEqual(baseline);
    const undone = undo(recorded, LATER);
    expect(deriveNetwork(baseline, undone.changes)).toEqual(baseline);
    expect(canUndo(undone)).toBe(false);
    expect(canRedo(undone)).toBe(true);
  });

  it.each(kinds)('%s: undo then redo gives back the same changes', (kind) => {
    const recorded = recordChange(fullScenario(), SAMPLE_CHANGES[kind], cid('x'), NOW);
    const again = redo(undo(recorded, LATER), LATER);
    expect(again.changes).toEqual(recorded.changes);
    expect(again.undo).toEqual(recorded.undo);
    expect(again.revision).toBe(recorded.revision + 2);
  });

  it.each(kinds.map((_, i) => i))('revert of change c%i then undo restores the original order', (index) => {
    const full = fullScenario();
    const reverted = revertChange(full, cid(`c${index}`), LATER);
    expect(ids(reverted)).toEqual(ids(full).filter((id) => id !== `c${index}`));
    expect(reverted.undo.at(-1)).toMatchObject({ op: 'revert', index });
    expect(undo(reverted, LATER).changes).toEqual(full.changes);
    expect(redo(undo(reverted, LATER), LATER).changes).toEqual(reverted.changes);
  });
});

describe('a joint assignment of several countries', () => {
  const baseline = baselineNetwork();
  const lasso = SAMPLE_CHANGES['assign-countries'];
  const officeOf = (changes: Scenario['changes'], code: string) => deriveNetwork(baseline, changes).offices.find((o) => !o.closed && o.coveredCountries.includes(code as never))?.id;

  it('is one change and one undo step, and one undo gives every country back its office', () => {
    const recorded = recordChange(emptyScenario(), lasso, cid('x'), NOW);
    expect(recorded.changes).toHaveLength(1);
    expect(recorded.undo).toHaveLength(1);
    expect(['SSD', 'ERI', 'SYC'].map((code) => officeOf(recorded.changes, code))).toEqual(['AFR-ETH', 'AFR-ETH', 'AFR-ETH']);
    const undone = undo(recorded, LATER);
    expect(['SSD', 'ERI', 'SYC'].map((code) => officeOf(undone.changes, code))).toEqual(['AFR-KEN', 'AFR-KEN', 'AFR-KEN']);
    expect(canUndo(undone)).toBe(false);
  });

  it('is reverted as a whole from the change log, later changes kept', () => {
    const s = recordChange(recordChange(emptyScenario(), lasso, cid('x'), NOW), SAMPLE_CHANGES['close-office'], cid('y'), NOW);
    const reverted = revertChange(s, cid('x'), LATER);
    expect(ids(reverted)).toEqual(['y']);
    expect(officeOf(reverted.changes, 'SSD')).toBe('AFR-KEN');
  });
});

describe('history edge cases', () => {
  const cases: { name: string; start: () => Scenario; run: (s: Scenario) => Scenario }[] = [
    { name: 'undo with nothing to undo', start: emptyScenario, run: (s) => undo(s, LATER) },
    { name: 'redo with nothing to redo', start: fullScenario, run: (s) => redo(s, LATER) },
    { name: 'revert of an unknown change', start: fullScenario, run: (s) => revertChange(s, cid('nope'), LATER) },
  ];

  it.each(cases)('$name leaves the scenario unchanged', ({ start, run }) => {
    const s = start();
    expect(run(s)).toBe(s);
  });

  it('clears redo when a change is reverted', () => {
    const s = undo(fullScenario(), NOW);
    expect(canRedo(s)).toBe(true);
    expect(canRedo(revertChange(s, cid('c0'), LATER))).toBe(false);
  });
});

describe('sequences of edits give the hand-worked list of changes', () => {
  const baseline = baselineNetwork();
  // fullScenario() holds c0…c7; each expected list is worked out by hand, not by replaying.
  const sequences: { name: string; run: (s: Scenario) => Scenario; expected: string[] }[] = [
    { name: 'undo twice, redo once', run: (s) => redo(undo(undo(s, NOW), NOW), NOW), expected: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'] },
    { name: 'revert two, undo one', run: (s) => undo(revertChange(revertChange(s, cid('c1'), NOW), cid('c4'), NOW), NOW), expected: ['c0', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] },
    { name: 'undo, then record something new', run: (s) => recordChange(undo(s, NOW), SAMPLE_CHANGES['set-tier'], cid('n'), NOW), expected: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'n'] },
    { name: 'revert the first, undo it: back in first place', run: (s) => undo(revertChange(s, cid('c0'), NOW), NOW), expected: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] },
    { name: 'undo everything, redo everything', run: (s) => SAMPLE_LIST.reduce((t) => redo(t, NOW), SAMPLE_LIST.reduce((t) => undo(t, NOW), s)), expected: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] },
  ];

  it.each(sequences)('$name', ({ run, expected }) => {
    expect(ids(run(fullScenario()))).toEqual(expected);
  });

  it('undoing everything gives the baseline, redoing everything gives the full scenario back', () => {
    const full = fullScenario();
    const empty = SAMPLE_LIST.reduce((t) => undo(t, NOW), full);
    expect(empty.changes).toEqual([]);
    expect(deriveNetwork(baseline, empty.changes)).toEqual(baseline);
    expect(SAMPLE_LIST.reduce((t) => redo(t, NOW), empty).changes).toEqual(full.changes);
  });
});

describe('createScenario and cloneScenario', () => {
  it('creates an empty scenario at revision 1', () => {
    expect(createScenario({ id: asScenarioId('s'), name: 'N', now: NOW })).toEqual({
      id: 's', name: 'N', description: '', topics: [], changes: [], undo: [], redo: [],
      createdAt: NOW, updatedAt: NOW, deletedAt: null, revision: 1,
    });
  });

  it('records initial changes as history that can be undone one by one', () => {
    const s = createScenario({
      id: asScenarioId('s'), name: 'N', now: NOW, topics: ['country-coverage'],
      changes: SAMPLE_LIST.slice(0, 2).map((data, i) => ({ data, id: cid(`i${i}`) })),
    });
    expect(ids(s)).toEqual(['i0', 'i1']);
    expect(s.undo.map((e) => e.op)).toEqual(['add', 'add']);
    expect(ids(undo(s, LATER))).toEqual(['i0']);
    expect(s.topics).toEqual(['country-coverage']);
  });

  it('clones the changes with a fresh history', () => {
    const source = { ...revertChange(fullScenario(), cid('c2'), NOW), deletedAt: NOW, topics: ['country-coverage' as const] };
    const clone = cloneScenario(source, { id: asScenarioId('copy'), name: 'Copy', now: LATER });
    expect(clone).toMatchObject({ id: 'copy', name: 'Copy', revision: 1, deletedAt: null, createdAt: LATER, updatedAt: LATER, redo: [] });
    expect(clone.changes).toEqual(source.changes);
    expect(clone.topics).toEqual(source.topics);
    expect(clone.undo).toEqual(source.changes.map((change) => ({ op: 'add', change })));
  });
});
