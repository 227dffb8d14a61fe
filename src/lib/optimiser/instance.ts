// The optimiser's problem, built once per run from the network and the options: the open offices
// (every one a client, and a candidate sub-regional office unless locked out), the countries without
// an office that must be covered, distances in km, regions, delivery weights and running costs.
import { distanceKm } from '../geo/greatCircle';
import { REGIONS, type Country, type CountryCode, type Network, type Office } from '../model/types';
import type { OfficeFigures, PlanningAssumptions } from '../scoring/types';
import type { ObjectiveWeights, OptimiserOptions } from './types';

/** A covered country that hosts no open office: some office must cover it. */
export interface FreeCountry {
  readonly country: Country;
  /** Index in REGIONS, or -1 when it has none (then any office may cover it). */
  readonly region: number;
  /** Delivery weight (mean 1 over the weighted countries), or 1. */
  readonly weight: number;
  /** Offices that may cover it (its region's, when countries stay in their region), nearest first. */
  readonly options: Int32Array;
  /** True when no open office of its region exists, so it is covered from elsewhere whatever is chosen. */
  readonly outsideRegion: boolean;
}

export interface Instance {
  /** The open offices, in network order; everything else refers to them by index. */
  readonly offices: readonly Office[];
  /** Office → index in REGIONS. */
  readonly region: Int8Array;
  /** Office → 1 if it may be a sub-regional office (not locked out). */
  readonly isCandidate: Uint8Array;
  readonly lockedIn: readonly number[];
  /** n × n great-circle distances between offices, row-major. */
  readonly officeKm: Float64Array;
  /** Office → the countries it keeps whatever is chosen: its host country. */
  readonly hosted: readonly (readonly Country[])[];
  readonly free: readonly FreeCountry[];
  /** m × n distances from each free country to each office, row-major. */
  readonly countryKm: Float64Array;
  /** Office → countries it brings to a cluster when every free country goes to its nearest allowed office. */
  readonly bundle: Float64Array;
  /**
   * n × n, row-major: what office i and the free countries nearest it add to the objective (weighted km) in
   * the cluster of sub-regional office s: officeDistance × km(i, s) + countryDistance × Σ (weight ×) km(country, s).
   * The diagonal is the cost of an office leading its own cluster (its own countries to it). See assign.ts.
   */
  readonly joinKm: Float64Array;
  /** The same transposed (row s = every office joining s), so a scan over the offices joining one candidate is contiguous. */
  readonly joinKmBySro: Float64Array;
  /** For big instances: office → its nearest candidates (the swaps tried); null = try every candidate. */
  readonly neighbours: readonly Int32Array[] | null;
  /** Regions (indices) with at least one open office. */
  readonly regionsPresent: readonly number[];
  readonly keepWithinRegion: boolean;
  readonly maxCountries: number | null;
  readonly maxCountryOffices: number | null;
  readonly weights: ObjectiveWeights;
  readonly subRegionalCostUsd: number;
  readonly countryOfficeCostUsd: number;
}

/** Above this many candidates a swap only tries the NEIGHBOURS nearest candidates of the office it replaces. */
export const FULL_NEIGHBOURHOOD_LIMIT = 80;
export const NEIGHBOURS = 16;

/**
 * The optimiser's problem for a network and options (K is chosen later, so one instance serves a whole range).
 * @example buildInstance(defaultNetwork, [], DEFAULT_ASSUMPTIONS, DEFAULT_OPTIMISER_OPTIONS)
 * // → { offices: [48 open offices], free: [108 countries without an office], officeKm: Float64Array(2304), … }
 */
export function buildInstance(network: Network, figures: readonly OfficeFigures[], assumptions: PlanningAssumptions, options: OptimiserOptions): Instance {
  const offices = network.offices.filter((o) => !o.closed);
  const n = offices.length;
  const region = Int8Array.from(offices, (o) => REGIONS.indexOf(o.region));
  const index = new Map(offices.map((o, i) => [o.id as string, i] as const));
  const lockedOut = new Set<string>(options.lockedOut);
  const lockedIn = [...new Set(options.lockedIn.flatMap((id) => index.get(id) ?? []))].filter((i) => !lockedOut.has(offices[i]!.id)).sort((a, b) => a - b);
  const isCandidate = Uint8Array.from(offices, (o) => (lockedOut.has(o.id) ? 0 : 1));
  const officeKm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) officeKm[i * n + j] = officeKm[j * n + i] = distanceKm(offices[i]!.point, offices[j]!.point);
  const hosted = hostedCountries(network, offices);
  const free = freeCountries(network, offices, hosted, figures, options);
  const countryKm = new Float64Array(free.length * n);
  free.forEach((c, k) => offices.forEach((o, i) => (countryKm[k * n + i] = distanceKm(c.country.point, o.point))));
  sortOptions(free, countryKm, n);
  const bundle = Float64Array.from(hosted, (h) => h.length);
  for (const c of free) if (c.options.length > 0) bundle[c.options[0]!] = (bundle[c.options[0]!] ?? 0) + 1;
  const candidateCount = isCandidate.reduce((s, x) => s + x, 0);
  const joinKm = joinCosts(officeKm, free, countryKm, n, options.objective);
  const joinKmBySro = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let s = 0; s < n; s++) joinKmBySro[s * n + i] = joinKm[i * n + s]!;
  return {
    offices, region, isCandidate, lockedIn, officeKm, hosted, free, countryKm, bundle, joinKm, joinKmBySro,
    neighbours: candidateCount > FULL_NEIGHBOURHOOD_LIMIT ? nearestCandidates(officeKm, isCandidate) : null,
    regionsPresent: REGIONS.map((_, r) => r).filter((r) => region.includes(r)),
    keepWithinRegion: options.keepWithinRegion,
    maxCountries: options.maxCountriesPerSubRegional,
    maxCountryOffices: options.maxCountryOfficesPerSubRegional,
    weights: options.objective,
    subRegionalCostUsd: assumptions.annualCostUsd['sub-regional-office'],
    countryOfficeCostUsd: assumptions.annualCostUsd['country-office'],
  };
}

/** True when office `client` may report to office `sro` under the region rule. */
export function mayReport(inst: Instance, client: number, sro: number): boolean {
  return !inst.keepWithinRegion || inst.region[client] === inst.region[sro];
}

// Each office keeps its host country. Where several open offices share a host country, the one
// covering it now keeps it (else the first), since a country is covered by one office.
function hostedCountries(network: Network, offices: readonly Office[]): Country[][] {
  const byCode = new Map(network.countries.map((c) => [c.code as string, c] as const));
  const keeper = new Map<string, number>();
  offices.forEach((o, i) => {
    const current = keeper.get(o.hostCountry);
    if (current === undefined || (!offices[current]!.coveredCountries.includes(o.hostCountry) && o.coveredCountries.includes(o.hostCountry))) keeper.set(o.hostCountry, i);
  });
  const hosted: Country[][] = offices.map(() => []);
  for (const [code, i] of keeper) {
    const country = byCode.get(code);
    if (country) hosted[i]!.push(country);
  }
  return hosted;
}

// The countries to cover: those covered now (by any office, closed ones included) and every
// programme country, less those hosting an open office.
function freeCountries(network: Network, offices: readonly Office[], hosted: readonly Country[][], figures: readonly OfficeFigures[], options: OptimiserOptions): FreeCountry[] {
  const coveringNow = new Map<CountryCode, Office>();
  for (const o of network.offices) for (const c of o.coveredCountries) if (!coveringNow.has(c)) coveringNow.set(c, o);
  const isHosted = new Set(hosted.flat().map((c) => c.code));
  const toCover = network.countries.filter((c) => !isHosted.has(c.code) && (c.region !== null || coveringNow.has(c.code)));
  const weights = deliveryWeights(toCover.map((c) => coveringNow.get(c.code)), figures, options.objective.weightByDelivery);
  return toCover.map((country, k) => {
    const regionName = country.region ?? coveringNow.get(country.code)?.region ?? null;
    const region = regionName === null ? -1 : REGIONS.indexOf(regionName);
    const allowed = offices.flatMap((o, i) => (!options.keepWithinRegion || region < 0 || REGIONS.indexOf(o.region) === region ? [i] : []));
    const outsideRegion = allowed.length === 0;
    return { country, region, weight: weights[k] ?? 1, options: Int32Array.from(outsideRegion ? offices.map((_, i) => i) : allowed), outsideRegion };
  });
}

// A country's weight is the latest imported TC delivery of the office covering it now, divided by
// the mean over the countries that have one (so the mean weight is 1); countries without a figure weigh 1.
function deliveryWeights(covering: readonly (Office | undefined)[], figures: readonly OfficeFigures[], enabled: boolean): number[] {
  if (!enabled) return covering.map(() => 1);
  const latest = new Map<string, { year: number; usd: number }>();
  for (const f of figures) {
    const seen = latest.get(f.office);
    if (f.tcDeliveryUsd !== undefined && Number.isFinite(f.tcDeliveryUsd) && (!seen || f.year >= seen.year)) latest.set(f.office, { year: f.year, usd: f.tcDeliveryUsd });
  }
  const raw = covering.map((o) => (o ? latest.get(o.id)?.usd : undefined));
  const known = raw.filter((x): x is number => x !== undefined);
  const mean = known.reduce((s, x) => s + x, 0) / Math.max(1, known.length);
  return raw.map((x) => (x === undefined || !(mean > 0) ? 1 : x / mean));
}

// Without caps a free country is covered by its nearest allowed office whatever is chosen, so it
// travels with that office: its distance to the sub-regional office counts where the office joins.
function joinCosts(officeKm: Float64Array, free: readonly FreeCountry[], countryKm: Float64Array, n: number, weights: ObjectiveWeights): Float64Array {
  const joinKm = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) joinKm[i] = weights.officeDistance * officeKm[i]!;
  free.forEach((c, k) => {
    const o = c.options[0];
    if (o === undefined) return;
    for (let s = 0; s < n; s++) joinKm[o * n + s] = joinKm[o * n + s]! + weights.countryDistance * c.weight * countryKm[k * n + s]!;
  });
  return joinKm;
}

function sortOptions(free: readonly FreeCountry[], countryKm: Float64Array, n: number): void {
  free.forEach((c, k) => c.options.sort((a, b) => countryKm[k * n + a]! - countryKm[k * n + b]! || a - b));
}

// The NEIGHBOURS nearest candidates of each office, nearest first (ties by index), by insertion into a short list.
function nearestCandidates(officeKm: Float64Array, isCandidate: Uint8Array): Int32Array[] {
  const n = isCandidate.length;
  return Array.from({ length: n }, (_, i) => {
    const row = officeKm.subarray(i * n, (i + 1) * n);
    const best: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i || !isCandidate[j] || (best.length === NEIGHBOURS && row[j]! >= row[best[NEIGHBOURS - 1]!]!)) continue;
      let p = best.length;
      while (p > 0 && row[best[p - 1]!]! > row[j]!) p--;
      best.splice(p, 0, j);
      if (best.length > NEIGHBOURS) best.pop();
    }
    return Int32Array.from(best);
  });
}
