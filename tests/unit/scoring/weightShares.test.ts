// Perspective weights as shares of the overall score that add up to exactly 100 %.
import { describe, expect, it } from 'vitest';
import { countedShares, countedWeight, weightShares } from '../../../src/lib/scoring/weightShares';

describe('weightShares', () => {
  it.each([
    [[35, 25, 25, 0], [41, 30, 29, 0]], // plain rounding gives 41/29/29/0 = 99 %
    [[25, 25, 25, 25], [25, 25, 25, 25]],
    [[1, 1, 1], [34, 33, 33]],
    [[2, 1], [67, 33]],
    [[0, 0, 0], [0, 0, 0]],
    [[5, Number.NaN, -3], [100, 0, 0]],
  ])('%j → %j', (weights, shares) => {
    expect(weightShares(weights)).toEqual(shares);
  });

  it('always adds up to 100 for any positive weights', () => {
    for (let seed = 1; seed < 200; seed += 1) {
      const weights = [seed % 7, (seed * 13) % 11, (seed * 29) % 17, (seed * 31) % 5 + 1];
      expect(weightShares(weights).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
});

describe('countedShares', () => {
  it('leaves a perspective without data out and shares 100 % among the others', () => {
    const perspectives = [{ score: 60, weight: 35 }, { score: 70, weight: 25 }, { score: 50, weight: 25 }, { score: null, weight: 25 }];
    expect(countedShares(perspectives)).toEqual([41, 30, 29, null]);
    expect(countedWeight(perspectives)).toBe(85);
  });
});
