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
}

/**
 * @example tradeOffGeometry([{ k: 5, total: 100, feasible: true }, { k: 6, total: 80, feasible: true }], 300, 160)
 * // → { points: [{ k: 5, x: 0, y: 0, … }, { k: 6, x: 300, y: 160 × (1 − 80/100 …) }], path: 'M0,…L300,…', … }
 */
export function tradeOffGeometry(data: readonly TradeOffPoint[], width: number, height: number): TradeOffGeometry {
  const feasible = data.filter((d) => d.feasible);
  const ks = data.map((d) => d.k);
  const totals = feasible.map((d) => d.total);
  const x = scaleLinear().domain([Math.min(...ks, 0), Math.max(...ks, 1)]).range([0, width]);
  const y = scaleLinear().domain([Math.min(...totals, 0), Math.max(...totals, 1)]).range([height, 0]).nice();
  const points = data.map((d) => ({ ...d, x: x(d.k), y: d.feasible ? y(d.total) : height }));
  const path = line<(typeof points)[number]>().x((p) => p.x).y((p) => p.y)(points.filter((p) => p.feasible)) ?? '';
  return { points, path, xTicks: ks.map((k) => ({ x: x(k), k })), yTicks: y.ticks(4).map((value) => ({ y: y(value), value })) };
}
