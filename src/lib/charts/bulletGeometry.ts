// Geometry of a bullet chart row: a metric's value as a bar against its target and its
// amber limit, on the metric's own scale. Plain numbers out; Svelte draws them.
import { scaleLinear } from 'd3-scale';
import type { MetricDefinition } from '../scoring/types';

export interface BulletGeometry {
  /** Width of the value bar in px (0 when there is no data). */
  readonly barWidth: number;
  readonly targetX: number;
  readonly amberX: number;
  /** The bands behind the bar: from 0 to the amber limit and to the target, and beyond. */
  readonly bands: readonly { readonly x: number; readonly width: number; readonly rag: 'green' | 'amber' | 'red' }[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
}

/**
 * Lays out one metric on a scale from 0 to a little past the largest of value, target and limits.
 * @example bulletGeometry({ target: 100, amberLimit: 150, zeroScoreAt: 200, direction: 'lower-is-better' }, 120, 200)
 * // → { barWidth: 104.3, targetX: 87, amberX: 130.4, bands: [green 0–87, amber 87–130.4, red 130.4–200], ticks: [...] }
 */
export function bulletGeometry(definition: Pick<MetricDefinition, 'target' | 'amberLimit' | 'zeroScoreAt' | 'direction'>, value: number | null, width: number): BulletGeometry {
  const top = Math.max(value ?? 0, definition.target, definition.amberLimit, definition.zeroScoreAt) * 1.15 || 1;
  const x = scaleLinear().domain([0, top]).range([0, width]).nice();
  const [target, amber, end] = [x(definition.target), x(definition.amberLimit), width];
  const lowerIsBetter = definition.direction === 'lower-is-better';
  const bands = lowerIsBetter
    ? [
        { x: 0, width: Math.min(target, amber), rag: 'green' as const },
        { x: Math.min(target, amber), width: Math.abs(amber - target), rag: 'amber' as const },
        { x: Math.max(target, amber), width: Math.max(0, end - Math.max(target, amber)), rag: 'red' as const },
      ]
    : [
        { x: 0, width: Math.min(target, amber), rag: 'red' as const },
        { x: Math.min(target, amber), width: Math.abs(target - amber), rag: 'amber' as const },
        { x: Math.max(target, amber), width: Math.max(0, end - Math.max(target, amber)), rag: 'green' as const },
      ];
  return {
    barWidth: value === null ? 0 : Math.max(0, Math.min(width, x(value))),
    targetX: target,
    amberX: amber,
    bands,
    ticks: x.ticks(3).map((t) => ({ x: x(t), value: t })),
  };
}
