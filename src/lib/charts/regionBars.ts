// Geometry of a per-region bar chart: one horizontal bar per region, on a shared scale.
import { scaleBand, scaleLinear } from 'd3-scale';
import { REGIONS, type Region } from '../model/types';

export interface RegionBar {
  readonly region: Region;
  readonly value: number | null;
  readonly y: number;
  readonly height: number;
  readonly width: number;
}

/**
 * @example regionBars({ Africa: 10, 'Arab States': 5 }, 200, 100)
 * // → [{ region: 'Africa', value: 10, y: 2, height: 16, width: 200 }, { region: 'Arab States', value: 5, y: 22, height: 16, width: 100 }, …null bars for the other regions]
 */
export function regionBars(values: Readonly<Partial<Record<Region, number | null>>>, width: number, height: number): { bars: RegionBar[]; ticks: { x: number; value: number }[] } {
  const max = Math.max(0, ...REGIONS.map((r) => values[r] ?? 0)) || 1;
  const x = scaleLinear().domain([0, max]).range([0, width]).nice();
  const y = scaleBand<Region>().domain([...REGIONS]).range([0, height]).padding(0.2);
  const bars = REGIONS.map((region) => {
    const value = values[region] ?? null;
    return { region, value, y: y(region) ?? 0, height: y.bandwidth(), width: value === null ? 0 : x(value) };
  });
  return { bars, ticks: x.ticks(4).map((t) => ({ x: x(t), value: t })) };
}
