// Small statistics for benchmark samples.

/** @example median([3, 1, 2]) // → 2 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100), nearest rank. @example percentile([1, 2, 3, 4], 95) // → 4 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const max = (values) => (values.length === 0 ? 0 : Math.max(...values));
export const min = (values) => (values.length === 0 ? 0 : Math.min(...values));
