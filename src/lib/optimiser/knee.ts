// The knee of the trade-off curve: the number of sub-regional offices after which each extra one buys
// clearly less (diminishing returns), so the chart can point at it instead of at the largest number.

export interface CurvePoint {
  readonly k: number;
  readonly total: number;
}

/** Below this normalised distance from the chord the curve is treated as straight: no knee. */
export const KNEE_THRESHOLD = 0.05;

/**
 * The K farthest below the straight line from the first point to the lowest point (the "Kneedle" rule,
 * on K and objective both scaled to 0–1), or null for fewer than three points or a nearly straight curve.
 * Points after the lowest objective are ignored: past the minimum, more offices only make it worse.
 * @example findKnee([{ k: 1, total: 100 }, { k: 2, total: 40 }, { k: 3, total: 30 }, { k: 4, total: 25 }]) // → 2
 * @example findKnee([{ k: 1, total: 30 }, { k: 2, total: 20 }, { k: 3, total: 10 }]) // → null (straight)
 */
export function findKnee(points: readonly CurvePoint[]): number | null {
  const sorted = [...points].filter((p) => Number.isFinite(p.total)).sort((a, b) => a.k - b.k);
  const lowest = sorted.reduce((best, p, i) => (p.total < sorted[best]!.total ? i : best), 0);
  const curve = sorted.slice(0, lowest + 1);
  if (curve.length < 3) return null;
  const [first, last] = [curve[0]!, curve[curve.length - 1]!];
  const [dk, dt] = [last.k - first.k, first.total - last.total];
  if (!(dk > 0) || !(dt > 0)) return null;
  let best: { k: number; gap: number } | null = null;
  for (const p of curve) {
    // Both scaled to 0–1: x from the first K, y the share of the whole fall still to come.
    const [x, y] = [(p.k - first.k) / dk, (p.total - last.total) / dt];
    const gap = 1 - x - y;
    if (!best || gap > best.gap) best = { k: p.k, gap };
  }
  return best && best.gap >= KNEE_THRESHOLD ? best.k : null;
}
