// Geometry of the optimiser's trade-off chart: the objective against the number of
// sub-regional offices, as points and a line, with axis ticks. Plain numbers for Svelte.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface TradeOffPoint {
  readonly k: number;
  readonly total: number;
  readonly feasible: boolean;
}

export interface TradeOffGeometry {
  readonly points: readonly { readonly k: number; readonly total: number; readonly x: number; readonly y: number; readonly feasible: boolean }[];
  readonly path: string;
  readonly xTicks: readonly { readonly x: number; readonly k: number }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  /** Where the knee sits (a feasible proposal's point), or null. */
  readonly knee: { readonly k: number; readonly x: number; readonly y: number } | null;
}

/** Share of the objective's range added above and below, so the line never touches the frame. */
const Y_PADDING = 0.08;

/**
 * K runs over the whole width (first K at the left edge, last at the right); the objective axis spans the
 * data with a little room (not from 0: the differences between K are what matter). An infeasible proposal sits on the bottom edge.
 * @example tradeOffGeometry([{ k: 5, total: 100, feasible: true }, { k: 10, total: 25, feasible: true }], 200, 100)
 * // → { points: [{ k: 5, x: 0, y: ≈8, … }, { k: 10, x: 200, y: ≈92, … }], path: 'M0,…L200,…', yTicks: [{ value: 20, … }, …], … }
 */
export function tradeOffGeometry(data: readonly TradeOffPoint[], width: number, height: number, kneeK: number | null = null): TradeOffGeometry {
  const feasible = data.filter((d) => d.feasible && Number.isFinite(d.total));
  const ks = data.map((d) => d.k);
  const [kMin, kMax] = ks.length ? [Math.min(...ks), Math.max(...ks)] : [0, 1];
  const x = scaleLinear().domain(kMin === kMax ? [kMin - 1, kMax + 1] : [kMin, kMax]).range([0, width]);
  const totals = feasible.map((d) => d.total);
  const [low, high] = totals.length ? [Math.min(...totals), Math.max(...totals)] : [0, 1];
  const pad = high > low ? (high - low) * Y_PADDING : Math.max(1, Math.abs(high) * Y_PADDING);
  const y = scaleLinear().domain([low - pad, high + pad]).range([height, 0]);
  const points = data.map((d) => ({ ...d, x: x(d.k), y: d.feasible && Number.isFinite(d.total) ? y(d.total) : height }));
  const path = line<(typeof points)[number]>().x((p) => p.x).y((p) => p.y)(points.filter((p) => p.feasible)) ?? '';
  const kneePoint = points.find((p) => p.k === kneeK && p.feasible);
  return {
    points,
    path,
    xTicks: ks.map((k) => ({ x: x(k), k })),
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
    knee: kneePoint ? { k: kneePoint.k, x: kneePoint.x, y: kneePoint.y } : null,
  };
}
