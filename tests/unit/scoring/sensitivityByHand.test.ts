// The robustness of a ranking, worked by hand with a scripted random source: the exact weights a
// draw gives, and the ranks and first-place shares that follow from them.
import { describe, expect, it } from 'vitest';
import { rescore } from '../../../src/lib/scoring/computeScorecard';
import { perturbWeights, rankingRobustness } from '../../../src/lib/scoring/sensitivity';
import { PERSPECTIVES, type Perspective, type Scorecard } from '../../../src/lib/scoring/types';

const EQUAL: Record<Perspective, number> = { 'member-states': 25, 'internal-process': 25, resources: 25, people: 25 };

/** A random source that returns the given draws in turn, then starts again. */
function scripted(draws: readonly number[]): () => number {
  let i = 0;
  return () => draws[i++ % draws.length]!;
}

function card(scores: readonly (number | null)[]): Scorecard {
  const perspectives = PERSPECTIVES.map((perspective, i) => ({ perspective, score: scores[i] ?? null, weight: 25, metrics: [] }));
  return rescore({ perspectives, overall: null }, EQUAL);
}

describe('perturbWeights, by hand', () => {
  it('scales each weight by 1 + spread × (2 × draw − 1), then normalises', () => {
    // Spread 0.5, draws 0, 1, 0.5, 0.75 → factors 0.5, 1.5, 1, 1.25 → raw 12.5, 37.5, 25, 31.25 (sum 106.25).
    const weights = perturbWeights(EQUAL, 0.5, scripted([0, 1, 0.5, 0.75]));
    expect(weights['member-states']).toBeCloseTo(12.5 / 106.25, 12);
    expect(weights['internal-process']).toBeCloseTo(37.5 / 106.25, 12);
    expect(weights.resources).toBeCloseTo(25 / 106.25, 12);
    expect(weights.people).toBeCloseTo(31.25 / 106.25, 12);
  });

  it('never lets a factor go below zero: a spread over 1 can only take a weight to nothing', () => {
    // Spread 2, draw 0 → factor −1 → raw −25, held at 0; the others (draw 0.5 → factor 1) share the whole.
    const weights = perturbWeights(EQUAL, 2, scripted([0, 0.5, 0.5, 0.5]));
    expect(weights['member-states']).toBe(0);
    for (const p of ['internal-process', 'resources', 'people'] as const) expect(weights[p]).toBeCloseTo(1 / 3, 12);
  });

  it('keeps unequal weights in proportion when there is no spread', () => {
    const weights = perturbWeights({ 'member-states': 50, 'internal-process': 30, resources: 20, people: 0 }, 0, scripted([0.9]));
    expect(weights).toEqual({ 'member-states': 0.5, 'internal-process': 0.3, resources: 0.2, people: 0 });
  });
});

describe('rankingRobustness, by hand', () => {
  it('counts a candidate without any score last, behind one that scores', () => {
    const result = rankingRobustness([{ id: 'none', scorecard: card([null, null, null, null]) }, { id: 'some', scorecard: card([10, 10, 10, 10]) }], EQUAL, { samples: 4, spread: 0.3, seed: 2 });
    expect(result).toEqual([{ id: 'none', firstShare: 0, meanRank: 2 }, { id: 'some', firstShare: 1, meanRank: 1 }]);
  });

  it('gives three tied candidates place 2 each and a third of every win', () => {
    const same = card([50, 50, 50, 50]);
    const result = rankingRobustness(['a', 'b', 'c'].map((id) => ({ id, scorecard: same })), EQUAL, { samples: 3, spread: 0.5, seed: 9 });
    for (const row of result) {
      expect(row.firstShare).toBeCloseTo(1 / 3, 12);
      expect(row.meanRank).toBe(2);
    }
  });

  it('ranks two tied leaders 1.5 and the one behind them 3', () => {
    const result = rankingRobustness(
      [{ id: 'low', scorecard: card([10, 10, 10, 10]) }, { id: 'a', scorecard: card([80, 80, 80, 80]) }, { id: 'b', scorecard: card([80, 80, 80, 80]) }],
      EQUAL,
      { samples: 2, spread: 0.2, seed: 4 },
    );
    expect(result).toEqual([{ id: 'low', firstShare: 0, meanRank: 3 }, { id: 'a', firstShare: 0.5, meanRank: 1.5 }, { id: 'b', firstShare: 0.5, meanRank: 1.5 }]);
  });

  it('follows the weights: a candidate strong on one perspective wins when that perspective carries the weight', () => {
    // With all the weight on member states (no spread), 'ms' (90 there) beats 'ip' (90 on internal process).
    const candidates = [{ id: 'ms', scorecard: card([90, 10, 50, 50]) }, { id: 'ip', scorecard: card([10, 90, 50, 50]) }];
    const weights = { 'member-states': 100, 'internal-process': 0, resources: 0, people: 0 };
    expect(rankingRobustness(candidates, weights, { samples: 5, spread: 0, seed: 1 })).toEqual([
      { id: 'ms', firstShare: 1, meanRank: 1 },
      { id: 'ip', firstShare: 0, meanRank: 2 },
    ]);
  });

  it('accepts exactly one sample', () => {
    expect(rankingRobustness([{ id: 'a', scorecard: card([1, 1, 1, 1]) }], EQUAL, { samples: 1, spread: 0, seed: 1 })).toEqual([{ id: 'a', firstShare: 1, meanRank: 1 }]);
  });
});
