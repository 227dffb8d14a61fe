// The remembered networks and logs are always what a full replay gives: after an edit (one
// change appended), an undo (back to the list before), a revert (a change taken out of the
// middle, whose later sentences may then read differently) and a preparation in steps.
import { describe, expect, it } from 'vitest';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { describeChanges, REPLAY_PER_STEP } from '../../../src/lib/scenario/describeChange';
import { createScenario, recordChange, revertChange, undo } from '../../../src/lib/scenario/history';
import { ReplayCache } from '../../../src/lib/scenario/replayCache';
import { asChangeId, asScenarioId, type ChangeData } from '../../../src/lib/scenario/types';
import { NOW, baselineNetwork, cc, oid } from './scenarioTestData';

const baseline = baselineNetwork();
const somaliaTo = (office: string): ChangeData => ({ kind: 'assign-country', country: cc('SOM'), office: oid(office) });
const full = (changes: Parameters<typeof describeChanges>[1]) => ({ network: deriveNetwork(baseline, changes), log: describeChanges(baseline, changes) });

describe('ReplayCache', () => {
  it('follows edits, undo and a revert with what a full replay gives', () => {
    const cache = new ReplayCache(baseline);
    let s = createScenario({ id: asScenarioId('s'), name: 'S', now: NOW });
    const seen = () => ({ network: cache.network(s.changes), log: cache.log(s.changes) });
    for (const [i, office] of ['AFR-ETH', 'AFR-KEN', 'AFR-SEN'].entries()) {
      s = recordChange(s, somaliaTo(office), asChangeId(`c${i}`), NOW);
      expect(seen()).toEqual(full(s.changes));
    }
    // The last sentence names where Somalia now goes: Dakar.
    expect(cache.log(s.changes).at(-1)?.text.values).toMatchObject({ to: expect.stringContaining('Dakar') });
    s = undo(s, NOW);
    expect(seen()).toEqual(full(s.changes));
    // Taking out the move to Addis Ababa changes what the next sentence says Somalia came from.
    s = revertChange(s, asChangeId('c0'), NOW);
    expect(seen()).toEqual(full(s.changes));
  });

  it('prepared in steps, it gives the full replay and pauses once per step of changes', async () => {
    const cache = new ReplayCache(baseline);
    const changes = Array.from({ length: REPLAY_PER_STEP * 2 + 3 }, (_, i) => ({ ...somaliaTo(i % 2 ? 'AFR-ETH' : 'AFR-KEN'), id: asChangeId(`c${i}`), at: NOW }));
    let pauses = 0;
    await cache.prepareInSteps(changes, async () => void (pauses += 1));
    expect(pauses).toBe(2);
    const prepared = { network: cache.network(changes), log: cache.log(changes) };
    expect(prepared).toEqual(full(changes));
  });
});
