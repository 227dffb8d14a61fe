// Reading a stored scenario in steps gives exactly what reading it at once gives, and pauses
// between slices of its changes so a large one never holds the page in one piece.
import { describe, expect, it } from 'vitest';
import { CHANGES_PER_STEP, restoreScenario, restoreScenarioInSteps } from '../../../src/lib/io/restoreScenario';
import { createScenario } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId } from '../../../src/lib/scenario/types';

const T = '2026-06-01T10:00:00.000Z';
const large = (count: number) =>
  createScenario({
    id: asScenarioId('s'),
    name: 'Large',
    now: T,
    changes: Array.from({ length: count }, (_, i) => ({ data: { kind: 'annotate-office' as const, office: 'AFR-KEN' as never, note: `note ${i}` }, id: asChangeId(`c${i}`) })),
  });

describe('restoreScenarioInSteps', () => {
  it('pauses once per slice of changes and gives the same scenario as restoreScenario', async () => {
    const count = CHANGES_PER_STEP * 3 + 5;
    let pauses = 0;
    const stepped = await restoreScenarioInSteps(large(count), async () => void (pauses += 1));
    // One pause per full slice, then one before the id check and one before the history check.
    expect(pauses).toBe(3 + 2);
    expect(stepped).toEqual(restoreScenario(large(count)));
    expect(stepped.ok && stepped.value.changes).toHaveLength(count);
  });

  it('reports every bad change, also past the first slice, as restoreScenario does', async () => {
    const record = JSON.parse(JSON.stringify(large(CHANGES_PER_STEP + 10))) as { changes: { office: unknown }[] };
    record.changes[3]!.office = 42;
    record.changes[CHANGES_PER_STEP + 4]!.office = '';
    const stepped = await restoreScenarioInSteps(record, async () => undefined);
    expect(stepped.ok).toBe(false);
    expect(!stepped.ok && stepped.issues.map((issue) => issue.path)).toEqual(['changes[3].office', `changes[${CHANGES_PER_STEP + 4}].office`]);
    expect(stepped).toEqual(restoreScenario(record));
  });
});
