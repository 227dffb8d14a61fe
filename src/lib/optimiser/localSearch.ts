// The heuristic: greedy construction (locked-in offices, then one per region if asked, then the office
// that lowers the objective most, until K) and vertex substitution (swap a sub-regional office for another
// candidate while that improves), from several seeded starts; start 0 is the plain greedy one.
import { evaluate, PENALTY, totalOf, type Evaluation } from './assign';
import { REGIONS } from '../model/types';
import type { Instance } from './instance';
import { seededRandom } from '../model/seededRandom';

export { seededRandom };

export interface SearchOptions {
  readonly k: number;
  readonly starts: number;
  readonly seed: number;
  readonly atLeastOnePerRegion: boolean;
}

/** Candidates drawn from at each greedy step of a randomised start (a restricted candidate list). */
const RANDOM_CHOICES = 3;
/** With caps, how many of the best-ranked swaps of an office are evaluated exactly. */
const EXACT_CHECKS = 4;


/**
 * The best K sub-regional offices found over all starts (the caller has checked that K is reachable).
 * @example searchSubRegionals(inst, { k: 3, starts: 8, seed: 1, atLeastOnePerRegion: false }) // → the Evaluation of the best set, e.g. chosen [0, 4, 7]
 */
export function searchSubRegionals(inst: Instance, options: SearchOptions): Evaluation {
  const scorer = new QuickScorer(inst);
  const seen = new Set<string>();
  let best: Evaluation | null = null;
  for (let start = 0; start < Math.max(1, options.starts); start++) {
    const next = start === 0 ? null : seededRandom(options.seed * 1000003 + start);
    const built = construct(inst, scorer, options, next);
    const key = [...built].sort((a, b) => a - b).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const found = substitute(inst, scorer, built, options.atLeastOnePerRegion);
    if (!best || found.score < best.score) best = found;
  }
  return best ?? evaluate(inst, []);
}

/** Scores of the neighbours of a set: with one office added (construction) or one swapped (search). */
export interface Scorer {
  prepare(chosen: readonly number[]): void;
  add(chosen: readonly number[], a: number): number;
  swap(chosen: readonly number[], r: number, a: number): number;
}

function construct(inst: Instance, scorer: Scorer, options: SearchOptions, next: (() => number) | null): number[] {
  const chosen = [...inst.lockedIn];
  const n = inst.offices.length;
  const pick = (allowed: (a: number) => boolean) => {
    scorer.prepare(chosen);
    const scored: [number, number][] = [];
    for (let a = 0; a < n; a++) if (inst.isCandidate[a] && !chosen.includes(a) && allowed(a)) scored.push([scorer.add(chosen, a), a]);
    scored.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const choice = next ? scored[Math.floor(next() * Math.min(RANDOM_CHOICES, scored.length))] : scored[0];
    if (choice) chosen.push(choice[1]);
    return choice !== undefined;
  };
  if (options.atLeastOnePerRegion) {
    for (const r of inst.regionsPresent) if (chosen.length < options.k && !chosen.some((s) => inst.region[s] === r)) pick((a) => inst.region[a] === r);
  }
  while (chosen.length < options.k && pick(() => true));
  return chosen;
}

// Vertex substitution: for each unlocked sub-regional office, the swaps with non-chosen candidates (every
// candidate, or its nearest ones on big instances) are ranked by the quick score; the best few are
// evaluated exactly (one without caps, where the quick score is exact) and the best improving one applied.
function substitute(inst: Instance, scorer: Scorer, start: readonly number[], perRegion: boolean): Evaluation {
  const chosen = [...start];
  let current = evaluate(inst, chosen);
  const locked = new Set(inst.lockedIn);
  const all = Int32Array.from(inst.offices.keys());
  const capped = inst.maxCountries !== null || inst.maxCountryOffices !== null;
  for (let improved = true, pass = 0; improved && pass < 200; pass++) {
    improved = false;
    for (let p = 0; p < chosen.length; p++) {
      const r = chosen[p]!;
      if (locked.has(r)) continue;
      const alone = chosen.filter((s) => inst.region[s] === inst.region[r]).length === 1;
      scorer.prepare(chosen);
      const ranked: [number, number][] = [];
      for (const a of inst.neighbours?.[r] ?? all) {
        if (inst.isCandidate[a] && !chosen.includes(a) && !(perRegion && alone && inst.region[a] !== inst.region[r])) ranked.push([scorer.swap(chosen, r, a), a]);
      }
      ranked.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const shortlist = capped ? ranked.slice(0, EXACT_CHECKS) : ranked.slice(0, 1).filter(([score]) => score < current.score - tolerance(current.score));
      for (const [, a] of shortlist) {
        const trial = evaluate(inst, chosen.map((s) => (s === r ? a : s)));
        if (trial.score < current.score - tolerance(current.score)) [current, improved] = [trial, true];
      }
      chosen.splice(0, chosen.length, ...current.chosen);
    }
  }
  return current;
}

const tolerance = (score: number) => 1e-9 * Math.max(1, Math.abs(score));

/**
 * The quick score: every office to the allowed sub-regional office it joins at least cost (instance.ts joinKm), every
 * free country to its nearest allowed office (exact without caps; with caps a relaxation counting what goes over a cap as a violation),
 * scored from each office's nearest and second-nearest sub-regional office (the p-median's fast interchange),
 * visiting only the offices a move can affect (with the region rule: the regions of the offices moved).
 * @example const q = new QuickScorer(inst); q.prepare([0, 5]); q.swap([0, 5], 5, 7) // → the score of [0, 7]
 */
export class QuickScorer implements Scorer {
  /** Per office: its nearest and second-nearest sub-regional office of the set prepared, and their costs. */
  private readonly near: { readonly s1: Int32Array; readonly s2: Int32Array; readonly c1: Float64Array; readonly c2: Float64Array };
  /** Per sub-regional office: countries and country offices of its cluster, while scoring and for the set prepared. */
  private readonly loads: Float64Array;
  private readonly counts: Float64Array;
  private readonly base: { loads: Float64Array; counts: Float64Array; km: number; units: number };
  private readonly everyone: Int32Array;
  private readonly affected: Int32Array[][];
  private prepared: readonly number[] = [];

  constructor(private readonly inst: Instance) {
    const n = inst.offices.length;
    this.near = { s1: new Int32Array(n), s2: new Int32Array(n), c1: new Float64Array(n), c2: new Float64Array(n) };
    [this.loads, this.counts] = [new Float64Array(n), new Float64Array(n)];
    this.base = { loads: new Float64Array(n), counts: new Float64Array(n), km: 0, units: 0 };
    this.everyone = Int32Array.from(inst.offices.keys());
    const members = REGIONS.map((_, r) => this.everyone.filter((i) => inst.region[i] === r));
    this.affected = members.map((ma, ra) => members.map((mr, rr) => (ra === rr ? ma : Int32Array.from([...ma, ...mr]))));
  }

  prepare(chosen: readonly number[]): void {
    if (chosen.length === this.prepared.length && chosen.every((x, i) => x === this.prepared[i])) return;
    this.prepared = [...chosen];
    const { inst, base, near } = this;
    const n = inst.offices.length;
    [base.km, base.units] = [0, 0];
    this.loads.fill(0);
    this.counts.fill(0);
    for (let i = 0; i < n; i++) {
      let s1 = -1, s2 = -1, c1 = Infinity, c2 = Infinity;
      for (const s of chosen) {
        const c = i === s || !inst.keepWithinRegion || inst.region[i] === inst.region[s] ? inst.joinKm[i * n + s]! : Infinity;
        if (s === i || (s1 !== i && c < c1)) (s2 = s1), (c2 = c1), (s1 = s), (c1 = c);
        else if (c < c2) (s2 = s), (c2 = c);
      }
      [near.s1[i], near.s2[i], near.c1[i], near.c2[i]] = [s1, s2, c1, c2];
      this.move(i, s1, c1, 1);
    }
    base.loads.set(this.loads);
    base.counts.set(this.counts);
  }

  add(chosen: readonly number[], a: number): number {
    return this.scoreWith(chosen, a, -1);
  }

  swap(chosen: readonly number[], r: number, a: number): number {
    return this.scoreWith(chosen, a, r);
  }

  private scoreWith(chosen: readonly number[], a: number, removed: number): number {
    const { inst, base, near } = this;
    const n = inst.offices.length;
    const saved = [base.km, base.units] as const;
    const keep = inst.keepWithinRegion;
    const list = !keep ? this.everyone : this.affected[inst.region[a]!]![inst.region[removed < 0 ? a : removed]!]!;
    for (let p = 0; p < list.length; p++) {
      const i = list[p]!;
      const s0 = near.s1[i]!, c0 = near.c1[i]!;
      let s = s0, c = c0;
      if (s === removed) (s = near.s2[i]!), (c = near.c2[i]!);
      // The transposed matrix: the offices joining a are contiguous in memory.
      const ca = i === a || !keep || inst.region[i] === inst.region[a] ? inst.joinKmBySro[a * n + i]! : Infinity;
      if (i === a || ca < c || s < 0) (s = a), (c = ca);
      if (s !== s0) this.move(i, s0, c0, -1), this.move(i, s, c, 1);
    }
    const after = removed < 0 ? [...chosen, a] : chosen.map((x) => (x === removed ? a : x));
    const [maxC, maxO] = [inst.maxCountries ?? Infinity, inst.maxCountryOffices ?? Infinity];
    const excess = after.reduce((sum, x) => sum + Math.max(0, this.loads[x]! - maxC) + Math.max(0, this.counts[x]! - maxO), 0);
    const total = totalOf(inst, base.km, after.map((x) => this.loads[x]!)) + PENALTY * (base.units + excess);
    for (const x of [...chosen, a]) [this.loads[x], this.counts[x]] = [base.loads[x]!, base.counts[x]!];
    [base.km, base.units] = saved;
    return total;
  }

  private move(i: number, s: number, c: number, sign: number): void {
    if (c === Infinity) {
      this.base.units += sign;
      return;
    }
    this.base.km += sign * c;
    this.loads[s] = this.loads[s]! + sign * this.inst.bundle[i]!;
    if (s !== i) this.counts[s] = this.counts[s]! + sign;
  }
}
