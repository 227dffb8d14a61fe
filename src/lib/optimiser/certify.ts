// How good a proposal is: the exact optimum where it can be found quickly, else a lower bound, so the
// view can say "optimal" or "within x % of the best possible" instead of asking the user to trust a heuristic.
import { COST_KM_PER_MUSD, IMBALANCE_KM, runningCostUsd } from './objective';
import type { Instance } from './instance';

/** Above this many free candidates in one region, enumerating its subsets (2^c) is too slow: a lower bound instead. */
export const MAX_REGION_CANDIDATES = 22;

export interface Certificate {
  /** 'exact': `value` is the optimum and `chosen` reaches it; 'lower-bound': no set can score below `value`. */
  readonly kind: 'exact' | 'lower-bound';
  readonly value: number;
  readonly chosen: readonly number[] | null;
}

/**
 * The exact optimum or a lower bound of the objective for each K.
 * EXACT when countries stay in their region and there are no caps: the problem then splits by region.
 * Without caps every office joins the sub-regional office of least join cost (instance.ts), and the
 * imbalance Σ(size − mean)²/mean equals Σ size² × K/T − T (T = countries in all clusters), a sum over
 * clusters for a given K. So each region's subsets are enumerated once (depth-first, updating each
 * office's best join cost as an office is added), the best per region and per count kept for every K,
 * and the counts combined across regions by dynamic programming.
 * @example certify(inst, [10, 11, 12]).get(12) // → { kind: 'exact', value: 191234.5, chosen: [0, 3, 7, …] }
 */
export function certify(inst: Instance, ks: readonly number[]): Map<number, Certificate> {
  const exact = isSeparable(inst) ? exactByRegion(inst, ks) : null;
  return new Map(ks.map((k) => [k, exact?.get(k) ?? { kind: 'lower-bound', value: lowerBound(inst, k), chosen: null }] as const));
}

function isSeparable(inst: Instance): boolean {
  if (!inst.keepWithinRegion || inst.maxCountries !== null || inst.maxCountryOffices !== null) return false;
  return inst.regionsPresent.every((r) => {
    const members = inst.offices.flatMap((_, i) => (inst.region[i] === r ? [i] : []));
    const open = members.filter((i) => inst.isCandidate[i] && !inst.lockedIn.includes(i)).length;
    return members.some((i) => inst.isCandidate[i]) && open <= MAX_REGION_CANDIDATES;
  });
}

interface RegionBest {
  /** [count][k index] → best value (distance + λ_K × Σ size²) and the set reaching it. */
  readonly value: Float64Array[];
  readonly sets: (readonly number[] | null)[][];
}

function exactByRegion(inst: Instance, ks: readonly number[]): Map<number, Certificate> {
  const total = inst.bundle.reduce((s, x) => s + x, 0);
  const lambdas = ks.map((k) => (total > 0 ? (inst.weights.imbalance * IMBALANCE_KM * k) / total : 0));
  const regions = inst.regionsPresent.map((r) => enumerateRegion(inst, r, lambdas));
  const result = new Map<number, Certificate>();
  ks.forEach((k, q) => {
    // best[j]: the least value over the regions so far with j sub-regional offices among them.
    let best: { value: number; sets: number[] }[] = [{ value: 0, sets: [] }];
    for (const region of regions) {
      const next: { value: number; sets: number[] }[] = [];
      best.forEach((b, j) => region.value.forEach((row, c) => {
        const v = row[q]!;
        if (!Number.isFinite(v) || j + c > k) return;
        if (!next[j + c] || b.value + v < next[j + c]!.value) next[j + c] = { value: b.value + v, sets: [...b.sets, ...region.sets[c]![q]!] };
      }));
      best = next;
    }
    const found = best[k];
    if (!found) return;
    const imbalanceOffset = total > 0 ? inst.weights.imbalance * IMBALANCE_KM * total : 0;
    const value = found.value - imbalanceOffset + (inst.weights.cost * COST_KM_PER_MUSD * runningCostUsd(inst, k)) / 1e6;
    result.set(k, { kind: 'exact', value, chosen: found.sets.sort((a, b) => a - b) });
  });
  return result;
}

// Every subset of the region's candidates that holds its locked-in offices, depth-first. Offices are
// numbered locally (0…m−1) and their join costs copied into an m × m matrix: this loop runs 2^c times.
function enumerateRegion(inst: Instance, r: number, lambdas: readonly number[]): RegionBest {
  const n = inst.offices.length;
  const members = inst.offices.flatMap((_, i) => (inst.region[i] === r ? [i] : []));
  const m = members.length;
  const local = (i: number) => members.indexOf(i);
  const locked = inst.lockedIn.filter((i) => inst.region[i] === r).map(local);
  const open = members.flatMap((i, p) => (inst.isCandidate[i] && !locked.includes(p) ? [p] : []));
  const join = new Float64Array(m * m);
  members.forEach((i, p) => members.forEach((s, q) => (join[p * m + q] = inst.joinKm[i * n + s]!)));
  const bundle = Float64Array.from(members, (i) => inst.bundle[i]!);
  const value = Array.from({ length: m + 1 }, () => new Float64Array(lambdas.length).fill(Infinity));
  const sets: (readonly number[] | null)[][] = Array.from({ length: m + 1 }, () => lambdas.map(() => null));
  // Per depth: each office's least join cost so far and the office it joins (a leader joins itself).
  const cost = Array.from({ length: open.length + 2 }, () => new Float64Array(m).fill(Infinity));
  const owner = Array.from({ length: open.length + 2 }, () => new Int32Array(m).fill(-1));
  const leads = new Uint8Array(m);
  const size = new Float64Array(m);
  const chosen: number[] = [];
  const add = (depth: number, s: number) => {
    const [c, o] = [cost[depth]!, owner[depth]!];
    for (let p = 0; p < m; p++) {
      const j = join[p * m + s]!;
      if (!leads[p] && j < c[p]!) {
        c[p] = j;
        o[p] = s;
      }
    }
    [c[s], o[s], leads[s]] = [join[s * m + s]!, s, 1];
    chosen.push(s);
  };
  const record = (depth: number) => {
    if (chosen.length === 0) return;
    const [c, o] = [cost[depth]!, owner[depth]!];
    let distance = 0;
    size.fill(0);
    for (let p = 0; p < m; p++) {
      distance += c[p]!;
      size[o[p]!] = size[o[p]!]! + bundle[p]!;
    }
    let squares = 0;
    for (const s of chosen) squares += size[s]! ** 2;
    const best = value[chosen.length]!;
    for (let q = 0; q < lambdas.length; q++) {
      const v = distance + lambdas[q]! * squares;
      if (v < best[q]!) [best[q], sets[chosen.length]![q]] = [v, chosen.map((x) => members[x]!)];
    }
  };
  locked.forEach((s) => add(0, s));
  const visit = (from: number, depth: number) => {
    record(depth);
    for (let a = from; a < open.length; a++) {
      cost[depth + 1]!.set(cost[depth]!);
      owner[depth + 1]!.set(owner[depth]!);
      add(depth + 1, open[a]!);
      visit(a + 1, depth + 1);
      leads[chosen.pop()!] = 0;
    }
  };
  visit(0, 0);
  return { value, sets };
}

/**
 * A lower bound for any caps and rules: every country at least its distance to the nearest candidate, every
 * office at least its distance to the nearest other candidate except the K farthest candidates (they may lead),
 * no imbalance, and the running cost of K sub-regional offices.
 */
export function lowerBound(inst: Instance, k: number): number {
  const n = inst.offices.length;
  const w = inst.weights;
  let countries = 0;
  inst.free.forEach((c, f) => {
    let least = Infinity;
    for (let s = 0; s < n; s++) if (inst.isCandidate[s]) least = Math.min(least, inst.countryKm[f * n + s]!);
    if (Number.isFinite(least)) countries += c.weight * least;
  });
  const nearest = inst.offices.map((_, i) => {
    let least = Infinity;
    for (let s = 0; s < n; s++) if (s !== i && inst.isCandidate[s]) least = Math.min(least, inst.officeKm[i * n + s]!);
    return Number.isFinite(least) ? least : 0;
  });
  const leaders = inst.offices.flatMap((_, i) => (inst.isCandidate[i] ? [nearest[i]!] : [])).sort((a, b) => b - a).slice(0, k);
  const offices = nearest.reduce((s, x) => s + x, 0) - leaders.reduce((s, x) => s + x, 0);
  return w.countryDistance * countries + w.officeDistance * offices + (w.cost * COST_KM_PER_MUSD * runningCostUsd(inst, k)) / 1e6;
}
