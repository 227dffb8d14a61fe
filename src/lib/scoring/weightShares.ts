// Perspective weights as whole-number percentages that add up to exactly 100, for a reader who
// sees shares, not slider positions: 35/25/25/0 is 41/29/29/0 % by plain rounding (99 %), so the
// largest-remainder method gives the missing point to the share rounded down the most.

/**
 * Whole percentages of the weights, adding up to 100 (all zeros when every weight is 0).
 * Ties in the remainder go to the earlier weight, so the result is deterministic.
 * @example weightShares([35, 25, 25, 0]) // → [41, 30, 29, 0]
 * @example weightShares([1, 1, 1]) // → [34, 33, 33]
 * @example weightShares([0, 0]) // → [0, 0]
 */
export function weightShares(weights: readonly number[]): number[] {
  const usable = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = usable.reduce((a, b) => a + b, 0);
  if (total === 0) return usable.map(() => 0);
  const exact = usable.map((w) => (w / total) * 100);
  const shares = exact.map(Math.floor);
  const missing = 100 - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order.slice(0, missing)) shares[index] = (shares[index] ?? 0) + 1;
  return shares;
}

/**
 * Each perspective's share of the overall score: perspectives without data (score null) are
 * left out of the overall, so they get null and the others share the 100 %.
 * @example countedShares([{ score: 60, weight: 35 }, { score: 70, weight: 25 }, { score: 50, weight: 25 }, { score: null, weight: 25 }])
 * // → [41, 30, 29, null]
 */
export function countedShares(perspectives: readonly { readonly score: number | null; readonly weight: number }[]): (number | null)[] {
  const shares = weightShares(perspectives.map((p) => (p.score === null ? 0 : p.weight)));
  return perspectives.map((p, i) => (p.score === null ? null : (shares[i] ?? 0)));
}

/** The sum of the weights of the perspectives that count in the overall score (those with data). */
export function countedWeight(perspectives: readonly { readonly score: number | null; readonly weight: number }[]): number {
  return perspectives.reduce((sum, p) => sum + (p.score === null || !(p.weight > 0) ? 0 : p.weight), 0);
}
