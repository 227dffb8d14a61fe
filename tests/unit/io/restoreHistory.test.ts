// The undo/redo check accepts every history the app itself can produce (random walks of record,
// undo, redo and revert through the app's own history functions), and refuses a ghost step.
import { describe, expect, it } from 'vitest';
import { formatRestoreIssue } from '../../../src/lib/io/restoreIssue';
import { restoreScenario } from '../../../src/lib/io/restoreScenario';
import { createScenario, recordChange, redo, revertChange, undo } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type Scenario } from '../../../src/lib/scenario/types';

const T = '2026-06-01T10:00:00.000Z';
/** A small deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomWalk(seed: number, steps: number): Scenario[] {
  const next = random(seed);
  let scenario = createScenario({ id: asScenarioId('s'), name: 'Walk', now: T });
  const seen: Scenario[] = [];
  for (let step = 0; step < steps; step += 1) {
    const roll = next();
    if (roll < 0.4) scenario = recordChange(scenario, { kind: 'close-office', office: 'AFR-MLI' as never }, asChangeId(`c${seed}-${step}`), T);
    else if (roll < 0.6) scenario = undo(scenario, T);
    else if (roll < 0.8) scenario = redo(scenario, T);
    else if (scenario.changes.length > 0) scenario = revertChange(scenario, scenario.changes[Math.floor(next() * scenario.changes.length)]!.id, T);
    seen.push(scenario);
  }
  return seen;
}

describe('the undo/redo check', () => {
  it('accepts every state of 100 random edit sessions, and reads each session’s last state back unchanged', () => {
    let checked = 0;
    for (let seed = 1; seed <= 100; seed += 1) {
      const states = randomWalk(seed, 30);
      for (const scenario of states) {
        const restored = restoreScenario(scenario);
        if (!restored.ok) throw new Error(`seed ${seed}: ${restored.issues.map((i) => formatRestoreIssue(i)).join(' ')}`);
        checked += 1;
      }
      expect(restoreScenario(states.at(-1))).toEqual({ ok: true, value: states.at(-1) });
    }
    expect(checked).toBe(3000);
  });

  it('refuses the same sessions with one undo step pointing at a change that is not there', () => {
    const withUndo = randomWalk(7, 40).filter((s) => s.undo.some((e) => e.op === 'add'));
    const scenario = withUndo.at(-1)!;
    const ghost = { op: 'add' as const, change: { id: asChangeId('ghost'), at: T, kind: 'close-office' as const, office: 'AFR-KEN' as never } };
    const restored = restoreScenario({ ...scenario, undo: [...scenario.undo, ghost] });
    expect(restored.ok ? [] : restored.issues.map((i) => formatRestoreIssue(i))).toEqual([
      `undo[${scenario.undo.length}].change: this undo step removes change "ghost", which is not in the list of changes at that point: the history does not match the changes.`,
    ]);
  });
});

describe('a scenario read from a file shares its history objects again', () => {
  const recorded = (['AFR-MLI', 'AFR-SEN', 'AFR-NGA'] as const).reduce(
    (s, office, i) => recordChange(s, { kind: 'close-office', office: office as never }, asChangeId(`c${i}`), T),
    createScenario({ id: asScenarioId('s'), name: 'Three', now: T }),
  );

  it('each step of the history is the very change object of the list, as the app itself keeps them', () => {
    const restored = restoreScenario(JSON.parse(JSON.stringify(undo(recorded, T))));
    if (!restored.ok) throw new Error('refused');
    const { changes, undo: undoStack, redo: redoStack } = restored.value;
    undoStack.forEach((entry, i) => expect(entry.change).toBe(changes[i]));
    // The undone step's change is not in the list any more: it stays a change of its own.
    expect(redoStack.map((entry) => entry.change.id)).toEqual(['c2']);
    expect(changes).toHaveLength(2);
  });

  it('refuses a step whose change differs from the listed one of that id, never swapping one for the other', () => {
    const file = JSON.parse(JSON.stringify(recorded)) as { undo: { change: { office: string } }[] };
    file.undo[1]!.change.office = 'AFR-KEN';
    const restored = restoreScenario(file);
    // The check refuses a history that does not match its list, so the copy is never silently swapped.
    expect(restored.ok).toBe(false);
  });
});
