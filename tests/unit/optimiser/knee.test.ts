// The knee of crafted trade-off curves: where each extra sub-regional office starts to buy clearly less.
import { describe, expect, it } from 'vitest';
import { findKnee } from '../../../src/lib/optimiser/knee';

const curve = (totals: readonly number[], firstK = 1) => totals.map((total, i) => ({ k: firstK + i, total }));

describe('findKnee', () => {
  it.each([
    ['a sharp elbow at K = 4', curve([100, 70, 40, 10, 8, 6, 4, 2]), 4],
    ['a 1/K curve bends early', curve([1000 / 1, 1000 / 2, 1000 / 3, 1000 / 4, 1000 / 5, 1000 / 6, 1000 / 7, 1000 / 8]), 3],
    ['the elbow of a curve starting at K = 5', curve([500, 420, 340, 260, 250, 245, 241, 238], 5), 8],
    ['a curve that turns up after its lowest point: the knee comes before the minimum', curve([100, 50, 30, 25, 24, 26, 30, 40]), 3],
    ['the same points in any order', [...curve([100, 70, 40, 10, 8, 6, 4, 2])].reverse(), 4],
  ])('%s', (_, points, knee) => {
    expect(findKnee(points)).toBe(knee);
  });

  it.each([
    ['a straight line', curve([80, 70, 60, 50, 40, 30])],
    ['almost straight', curve([80, 70.2, 60.1, 50.3, 40, 30])],
    ['a curve that only rises (the fewest offices is best)', curve([10, 20, 30, 40])],
    ['two points', curve([10, 5])],
    ['no points', []],
    ['a flat curve', curve([5, 5, 5, 5])],
  ])('no knee: %s', (_, points) => {
    expect(findKnee(points)).toBeNull();
  });

  it('ignores proposals without an objective (infeasible ones)', () => {
    expect(findKnee([...curve([100, 70, 40, 10, 8, 6, 4, 2]), { k: 9, total: Number.NaN }])).toBe(4);
  });
});
