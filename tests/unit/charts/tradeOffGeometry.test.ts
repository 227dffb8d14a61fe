// The optimiser's trade-off chart geometry, worked out by hand on three proposals.
import { describe, expect, it } from 'vitest';
import { tradeOffGeometry } from '../../../src/lib/charts/tradeOffGeometry';

describe('tradeOffGeometry', () => {
  // K from 5 (left edge) to 10 (right edge) over 200 px: 40 px per K. Objective 25…100 padded by 8 % of 75 = 6 on each side: 19…106 over 100 px.
  const data = [{ k: 5, total: 100, feasible: true }, { k: 8, total: 50, feasible: false }, { k: 10, total: 25, feasible: true }];
  const g = tradeOffGeometry(data, 200, 100, 10);
  const yOf = (total: number) => 100 - ((total - 19) / 87) * 100;

  it('uses the whole width: the first K at the left edge, the last at the right; an infeasible one sits on the bottom edge', () => {
    expect(g.points.map(({ k, x, feasible }) => ({ k, x, feasible }))).toEqual([
      { k: 5, x: 0, feasible: true },
      { k: 8, x: 120, feasible: false },
      { k: 10, x: 200, feasible: true },
    ]);
    expect(g.points[0]!.y).toBeCloseTo(yOf(100), 9);
    expect(g.points[1]!.y).toBe(100);
    expect(g.points[2]!.y).toBeCloseTo(yOf(25), 9);
  });

  it('spans the objective around the data, not from 0: no point touches the frame, the ticks stay inside the data range', () => {
    for (const p of g.points.filter((p) => p.feasible)) expect(p.y).toBeGreaterThan(0), expect(p.y).toBeLessThan(100);
    expect(g.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...g.yTicks.map((t) => t.value))).toBeGreaterThan(0);
    expect(Math.max(...g.yTicks.map((t) => t.value))).toBeLessThanOrEqual(106);
  });

  it('draws the line through the feasible proposals only, and puts the knee on its proposal', () => {
    expect(g.path).toMatch(/^M0,[\d.]+L200,[\d.]+$/);
    expect(g.knee).toEqual({ k: 10, x: 200, y: g.points[2]!.y });
    expect(tradeOffGeometry(data, 200, 100, 8).knee).toBeNull();
    expect(tradeOffGeometry(data, 200, 100).knee).toBeNull();
  });

  it('ticks every K proposed', () => {
    expect(g.xTicks).toEqual([{ x: 0, k: 5 }, { x: 120, k: 8 }, { x: 200, k: 10 }]);
  });

  it('one proposal sits in the middle; none gives an empty line', () => {
    expect(tradeOffGeometry([{ k: 7, total: 50, feasible: true }], 200, 100).points[0]).toMatchObject({ x: 100, y: 50 });
    expect(tradeOffGeometry([], 200, 100)).toMatchObject({ points: [], path: '', xTicks: [], knee: null });
  });
});
