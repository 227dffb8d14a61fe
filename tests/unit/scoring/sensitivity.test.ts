import { describe, expect, it } from 'vitest';
import { rescore } from '../../../src/lib/scoring/computeScorecard';
import { perturbWeights, rankingRobustness, seededRandom } from '../../../src/lib/scoring/sensitivity';
import { PERSPECTIVES, type Perspective, type Scorecard } from '../../../src/lib/scoring/types';
import { baseline, scorecardOf, twoTier } from './scoringTestData';

const EQUAL: Record<Perspective, number> = { 'member-states': 25, 'internal-process': 25, resources: 25, people: 25 };

/** A scorecard with just perspective scores (metrics are not needed to re-weight). */
function card(scores: readonly (number | null)[]): Scorecard {
  const perspectives = PERSPECTIVES.map((perspective, i) => ({ perspective, score: scores[i] ?? null, weight: 25, metrics: [] }));
  return rescore({ perspectives, overall: null }, EQUAL);
}

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(1)()).toBe(0.6270739405881613);
  });
});

describe('perturbWeights', () => {
  const cases = [
    { name: 'no spread: the chosen weights, normalised', weights: EQUAL, spread: 0, expected: { 'member-states': 0.25, 'internal-process': 0.25, resources: 0.25, people: 0.25 } },
    { name: 'a zero weight stays zero', weights: { ...EQUAL, people: 0 }, spread: 0, expected: { 'member-states': 1 / 3, 'internal-process': 1 / 3, resources: 1 / 3, people: 0 } },
    { name: 'all zero: equal weights', weights: { ...EQUAL, 'member-states': 0, 'internal-process': 0, resources: 0, people: 0 }, spread: 0.5, expected: { 'member-states': 0.25, 'internal-process': 0.25, resources: 0.25, people: 0.25 } },
  ];
  it.each(cases)('$name', ({ weights, spread, expected }) => {
    const result = perturbWeights(weights, spread, seededRandom(7));
    for (const p of PERSPECTIVES) expect(result[p]).toBeCloseTo(expected[p], 12);
  });

  it('keeps each factor within [1 − spread, 1 + spread] and the sum at 1', () => {
    const next = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const w = perturbWeights(EQUAL, 0.5, next);
      expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      // Each raw weight is in [12.5, 37.5]: after normalising, no share can exceed 37.5 / (37.5 + 3 × 12.5).
      for (const share of Object.values(w)) expect(share).toBeLessThanOrEqual(0.5 + 1e-12);
    }
  });
});

describe('rankingRobustness', () => {
  const real = [{ id: 'baseline', scorecard: scorecardOf(baseline) }, { id: 'two-tier', scorecard: scorecardOf(twoTier) }];
  const options = { samples: 300, spread: 0.6, seed: 11 };

  it('is deterministic for a seed', () => {
    expect(rankingRobustness(real, EQUAL, options)).toEqual(rankingRobustness(real, EQUAL, options));
  });

  const fixtures = [
    { name: 'real scenarios', candidates: real },
    { name: 'three close candidates', candidates: [{ id: 'a', scorecard: card([90, 10, 50, 50]) }, { id: 'b', scorecard: card([10, 90, 50, 50]) }, { id: 'c', scorecard: card([50, 50, 50, 51]) }] },
    { name: 'a tie', candidates: [{ id: 'a', scorecard: card([60, 60, 60, 60]) }, { id: 'b', scorecard: card([60, 60, 60, 60]) }] },
  ];
  it.each(fixtures)('$name: first-place shares sum to 1 and mean ranks to 1 + 2 + … + n', ({ candidates }) => {
    const result = rankingRobustness(candidates, EQUAL, options);
    const n = candidates.length;
    expect(result.map((r) => r.id)).toEqual(candidates.map((c) => c.id));
    expect(result.reduce((a, r) => a + r.firstShare, 0)).toBeCloseTo(1, 9);
    expect(result.reduce((a, r) => a + r.meanRank, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
  });

  it('ranks a dominating candidate first in every sample', () => {
    const candidates = [
      { id: 'weak', scorecard: card([40, 70, 20, null]) },
      { id: 'best', scorecard: card([50, 80, 30, 90]) },
      { id: 'middling', scorecard: card([45, 75, 25, 80]) },
    ];
    const result = rankingRobustness(candidates, EQUAL, { samples: 500, spread: 0.9, seed: 5 });
    expect(result.find((r) => r.id === 'best')).toEqual({ id: 'best', firstShare: 1, meanRank: 1 });
  });

  it('shares a tie equally and ranks the tied candidates 1.5', () => {
    const result = rankingRobustness(fixtures[2]?.candidates ?? [], EQUAL, options);
    expect(result).toEqual([{ id: 'a', firstShare: 0.5, meanRank: 1.5 }, { id: 'b', firstShare: 0.5, meanRank: 1.5 }]);
  });

  it('with no spread, agrees with rescore under the chosen weights', () => {
    const close = fixtures[1]?.candidates ?? [];
    const best = [...close].sort((x, y) => (rescore(y.scorecard, EQUAL).overall ?? 0) - (rescore(x.scorecard, EQUAL).overall ?? 0))[0];
    expect(rankingRobustness(close, EQUAL, { samples: 10, spread: 0, seed: 1 }).find((r) => r.id === best?.id)?.firstShare).toBe(1);
  });

  it('refuses to run without samples', () => {
    expect(() => rankingRobustness(real, EQUAL, { samples: 0, spread: 0.5, seed: 1 })).toThrow(RangeError);
  });
});
