// The optimiser's trade-off chart geometry, worked out by hand on three proposals.
import { describe, expect, it } from 'vitest';
import { tradeOffGeometry } from '../../../src/lib/charts/tradeOffGeometry';

describe('tradeOffGeometry', () => {
  // K from 0 (domain starts at 0) to 10 over 200 px: 20 px per K. Objective domain 0…100 (nice) over 100 px.
  const g = tradeOffGeometry([{ k: 5, total: 100, feasible: true }, { k: 8, total: 50, feasible: false }, { k: 10, total: 25, feasible: true }], 200, 100);

  it('places each proposal at its K and objective; an infeasible one sits on the axis', () => {
    expect(g.points.map(({ k, x, y, feasible }) => ({ k, x, y, feasible }))).toEqual([
      { k: 5, x: 100, y: 0, feasible: true },
      { k: 8, x: 160, y: 100, feasible: false },
      { k: 10, x: 200, y: 75, feasible: true },
    ]);
  });

  it('draws the line through the feasible proposals only', () => {
    expect(g.path).toBe('M100,0L200,75');
  });

  it('ticks every K proposed and a few round objective values', () => {
    expect(g.xTicks).toEqual([{ x: 100, k: 5 }, { x: 160, k: 8 }, { x: 200, k: 10 }]);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(g.yTicks[0]).toEqual({ y: 100, value: 0 });
  });

  it('no proposal: an empty line', () => {
    expect(tradeOffGeometry([], 200, 100)).toMatchObject({ points: [], path: '', xTicks: [] });
  });
});
