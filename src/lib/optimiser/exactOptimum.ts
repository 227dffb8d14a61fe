// The exact optimum by enumeration of every K-subset of the candidates, for small instances: what the
// tests and the benchmark measure the heuristic against. Same objective and assignment as the heuristic.
import type { Network, OfficeId } from '../model/types';
import type { OfficeFigures, PlanningAssumptions } from '../scoring/types';
import { evaluate, type Evaluation } from './assign';
import { buildInstance, type Instance } from './instance';
import type { ObjectiveBreakdown, OptimiserOptions } from './types';

/** Enumeration stops being "small" beyond this many subsets (a programmer error: use propose). */
export const MAX_SUBSETS = 2_000_000;

export interface ExactOptimum {
  readonly subRegionalOffices: readonly OfficeId[];
  readonly objective: ObjectiveBreakdown;
  /** The objective plus penalties for unmet constraints (0 extra when every constraint holds). */
  readonly score: number;
  /** How many K-subsets were evaluated. */
  readonly subsets: number;
}

/**
 * The best set of K sub-regional offices over all subsets that contain the locked-in offices (and,
 * if asked, one per region), or null when there is none. K is options.subRegionalCount, which must be a
 * number; throws for a range or beyond MAX_SUBSETS subsets.
 * @example exactOptimum(tenOffices, [], DEFAULT_ASSUMPTIONS, { ...DEFAULT_OPTIMISER_OPTIONS, subRegionalCount: 3, atLeastOnePerRegion: false })
 * // → { subRegionalOffices: ['O1', 'O4', 'O8'], objective: { total: 61234.5, … }, score: 61234.5, subsets: 120 }
 */
export function exactOptimum(network: Network, figures: readonly OfficeFigures[], assumptions: PlanningAssumptions, options: OptimiserOptions): ExactOptimum | null {
  if (typeof options.subRegionalCount !== 'number') throw new Error('exactOptimum takes one K, not a range.');
  const inst = buildInstance(network, figures, assumptions, options);
  const k = options.subRegionalCount;
  const free = inst.offices.flatMap((_, i) => (inst.isCandidate[i] && !inst.lockedIn.includes(i) ? [i] : []));
  const pick = k - inst.lockedIn.length;
  if (pick < 0 || pick > free.length) return null;
  if (binomial(free.length, pick) > MAX_SUBSETS) throw new Error(`Too many subsets to enumerate: C(${free.length}, ${pick}).`);
  let best: Evaluation | null = null;
  let subsets = 0;
  forEachSubset(free, pick, (subset) => {
    const chosen = [...inst.lockedIn, ...subset];
    if (options.atLeastOnePerRegion && !coversRegions(inst, chosen)) return;
    subsets += 1;
    const ev = evaluate(inst, chosen);
    if (!best || ev.score < best.score) best = ev;
  });
  const found = best as Evaluation | null;
  if (!found) return null;
  const ids = [...found.chosen].sort((a, b) => a - b).map((i) => inst.offices[i]!.id);
  return { subRegionalOffices: ids, objective: found.breakdown, score: found.score, subsets };
}

function coversRegions(inst: Instance, chosen: readonly number[]): boolean {
  return inst.regionsPresent.every((r) => chosen.some((s) => inst.region[s] === r) || !inst.offices.some((_, i) => inst.region[i] === r && inst.isCandidate[i]));
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

// Every K-subset of `items`, in lexicographic order of positions.
function forEachSubset(items: readonly number[], k: number, visit: (subset: readonly number[]) => void): void {
  const at = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    visit(at.map((i) => items[i]!));
    let p = k - 1;
    while (p >= 0 && at[p] === items.length - k + p) p--;
    if (p < 0) return;
    at[p] = at[p]! + 1;
    for (let q = p + 1; q < k; q++) at[q] = at[q - 1]! + 1;
  }
}
