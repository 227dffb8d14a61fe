import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/optimiser/assign';
import { buildInstance } from '../../../src/lib/optimiser/instance';
import { scoreSwaps } from '../../../src/lib/optimiser/explain';
import { searchSubRegionals, seededRandom } from '../../../src/lib/optimiser/localSearch';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, withOptions } from './optimiserTestData';

const network = defaultNetwork();

describe('seededRandom', () => {
  it.each([1, 2, 12345])('seed %d: the same sequence every time, in [0, 1)', (seed) => {
    const [a, b] = [seededRandom(seed), seededRandom(seed)];
    const sequence = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(sequence);
    expect(sequence.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(sequence).size).toBe(100);
  });

  it('differs between seeds', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe('scoreSwaps', () => {
  it.each([
    ['without caps (the quick score)', {}],
    ['with caps (exact evaluation)', { maxCountriesPerSubRegional: 20, maxCountryOfficesPerSubRegional: 5 }],
    ['without the region rule', { keepWithinRegion: false }],
  ])('%s equals evaluate on the swapped set', (_, caps) => {
    const inst = buildInstance(network, [], DEFAULT_ASSUMPTIONS, withOptions(caps));
    const chosen = [0, 8, 20, 27, 39, 42, 44, 12];
    const alternatives = [1, 2, 3, 9, 30, 45, 47];
    const scores = scoreSwaps(inst, chosen, 8, alternatives);
    alternatives.forEach((a, i) => expect(scores[i]).toBeCloseTo(evaluate(inst, chosen.map((s) => (s === 8 ? a : s))).score, 6));
  });
});

describe('searchSubRegionals', () => {
  it.each([5, 12, 20])('K = %d: K distinct candidates, one per region, and no swap improves the result', (k) => {
    const inst = buildInstance(network, [], DEFAULT_ASSUMPTIONS, withOptions({}));
    const ev = searchSubRegionals(inst, { k, starts: 4, seed: 1, atLeastOnePerRegion: true });
    expect(new Set(ev.chosen).size).toBe(k);
    expect(new Set(ev.chosen.map((s) => inst.region[s]))).toEqual(new Set([0, 1, 2, 3, 4]));
    for (const r of ev.chosen) {
      const others = inst.offices.map((_, i) => i).filter((a) => !ev.chosen.includes(a) && (inst.region[a] === inst.region[r] || ev.chosen.filter((s) => inst.region[s] === inst.region[r]).length > 1));
      expect(Math.min(...scoreSwaps(inst, ev.chosen, r, others))).toBeGreaterThanOrEqual(ev.score - 1e-6);
    }
  });
});
