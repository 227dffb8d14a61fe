// Given the chosen sub-regional offices, who reports to whom and who covers each country without an
// office, under the capacity and region rules; and the objective of the result (the method note:
// see OBJECTIVE below). Unmet constraints are counted as penalties here and put in words in propose.
import type { Instance } from './instance';
import { mayReport } from './instance';
import { objectiveOf, PENALTY } from './objective';
import type { ObjectiveBreakdown } from './types';

export { COST_KM_PER_MUSD, IMBALANCE_KM, PENALTY, imbalanceOf, objectiveOf, runningCostUsd, totalOf } from './objective';

export interface Evaluation {
  /** Office indices of the sub-regional offices, in the order given. */
  readonly chosen: readonly number[];
  /** Office → the sub-regional office it reports to (itself for a sub-regional office). */
  readonly sroOf: Int32Array;
  /** Free country → the office covering it. */
  readonly coverOf: Int32Array;
  readonly breakdown: ObjectiveBreakdown;
  /** Units of unmet constraints (over a cap, outside the region); 0 when every constraint holds. */
  readonly violationUnits: number;
  /** breakdown.total + PENALTY × violationUnits: what the search minimises. */
  readonly score: number;
}

/**
 * Assigns every office and free country for these sub-regional offices and scores the result.
 * Without caps each office joins the allowed sub-regional office nearest to it and its free countries
 * (least join cost, instance.ts) and each free country is covered by its nearest allowed office. With caps, offices are placed in order of regret (how much
 * they lose if their nearest choice is full), then countries likewise; an office or country that fits
 * nowhere is repaired: an office too big with its countries goes where its host country fits and its
 * countries are re-placed; a country goes to the next-nearest office whose cluster has room.
 * @example evaluate(inst, [0, 5]) // → { sroOf: [0, 0, 5, …], coverOf: [2, 5, …], breakdown: { total: 41230.5, … }, violationUnits: 0, … }
 */
export function evaluate(inst: Instance, chosen: readonly number[]): Evaluation {
  const capped = inst.maxCountries !== null || inst.maxCountryOffices !== null;
  const { sroOf, countries, officeCount, units } = capped ? placeOfficesByRegret(inst, chosen) : placeOfficesNearest(inst, chosen);
  const cover = placeCountries(inst, sroOf, countries);
  let officeKm = 0;
  const n = inst.offices.length;
  for (let i = 0; i < n; i++) if (sroOf[i] !== i && sroOf[i]! >= 0) officeKm += inst.officeKm[i * n + sroOf[i]!]!;
  let countryKm = 0;
  inst.free.forEach((c, k) => {
    const sro = cover.coverOf[k]! >= 0 ? sroOf[cover.coverOf[k]!]! : -1;
    if (sro >= 0) countryKm += c.weight * inst.countryKm[k * n + sro]!;
  });
  let excess = 0;
  for (const s of chosen) excess += Math.max(0, (countries[s] ?? 0) - (inst.maxCountries ?? Infinity)) + Math.max(0, (officeCount[s] ?? 0) - (inst.maxCountryOffices ?? Infinity));
  const breakdown = objectiveOf(inst, countryKm, officeKm, chosen.map((s) => countries[s] ?? 0));
  const violationUnits = units + cover.units + excess;
  return { chosen, sroOf, coverOf: cover.coverOf, breakdown, violationUnits, score: breakdown.total + PENALTY * violationUnits };
}

interface Placement {
  readonly sroOf: Int32Array;
  /** Office → countries in its cluster so far (meaningful for sub-regional offices). */
  readonly countries: Float64Array;
  readonly officeCount: Float64Array;
  readonly units: number;
}

function startPlacement(inst: Instance, chosen: readonly number[]) {
  const n = inst.offices.length;
  const sroOf = new Int32Array(n).fill(-1);
  const countries = new Float64Array(n);
  for (const s of chosen) [sroOf[s], countries[s]] = [s, inst.hosted[s]!.length];
  return { sroOf, countries, officeCount: new Float64Array(n) };
}

// The allowed sub-regional office it joins at least cost (join costs: its own and its free countries' distances; first in `chosen` order on ties); an office with none in
// its region goes to the nearest one anywhere and counts as a violation.
function placeOfficesNearest(inst: Instance, chosen: readonly number[]): Placement {
  const { sroOf, countries, officeCount } = startPlacement(inst, chosen);
  const n = inst.offices.length;
  let units = 0;
  for (let i = 0; i < n; i++) {
    if (sroOf[i] === i) continue;
    let best = -1, bestAny = -1;
    for (const s of chosen) {
      const d = inst.joinKm[i * n + s]!;
      if (bestAny < 0 || d < inst.joinKm[i * n + bestAny]!) bestAny = s;
      if (mayReport(inst, i, s) && (best < 0 || d < inst.joinKm[i * n + best]!)) best = s;
    }
    if (best < 0) [best, units] = [bestAny, units + 1];
    if (best < 0) continue;
    sroOf[i] = best;
    countries[best] = (countries[best] ?? 0) + inst.hosted[i]!.length;
    officeCount[best] = (officeCount[best] ?? 0) + 1;
  }
  return { sroOf, countries, officeCount, units };
}

// Offices in order of regret (second-nearest allowed minus nearest allowed; one choice only = first),
// each to the nearest allowed sub-regional office with room for it and the countries it would bring.
function placeOfficesByRegret(inst: Instance, chosen: readonly number[]): Placement {
  const { sroOf, countries, officeCount } = startPlacement(inst, chosen);
  const n = inst.offices.length;
  const regret = new Float64Array(n);
  const clients: number[] = [];
  for (let i = 0; i < n; i++) {
    if (sroOf[i] === i) continue;
    let d1 = Infinity, d2 = Infinity;
    for (const s of chosen) {
      const d = mayReport(inst, i, s) ? inst.joinKm[i * n + s]! : Infinity;
      if (d < d1) (d2 = d1), (d1 = d);
      else if (d < d2) d2 = d;
    }
    regret[i] = d2 === Infinity ? Infinity : d2 - d1;
    clients.push(i);
  }
  clients.sort((i, j) => regret[j]! - regret[i]! || i - j);
  const [maxC, maxO] = [inst.maxCountries ?? Infinity, inst.maxCountryOffices ?? Infinity];
  let units = 0;
  for (const i of clients) {
    const nearest = (ok: (s: number) => boolean) => chosen.reduce((b, s) => (ok(s) && (b < 0 || inst.joinKm[i * n + s]! < inst.joinKm[i * n + b]!) ? s : b), -1);
    const fits = (s: number, load: number) => mayReport(inst, i, s) && officeCount[s]! < maxO && countries[s]! + load <= maxC;
    let s = nearest((x) => fits(x, inst.bundle[i]!));
    if (s < 0) s = nearest((x) => fits(x, inst.hosted[i]!.length));
    if (s < 0) s = nearest((x) => mayReport(inst, i, x));
    if (s < 0) [s, units] = [nearest(() => true), units + 1];
    if (s < 0) continue;
    sroOf[i] = s;
    countries[s] = countries[s]! + inst.hosted[i]!.length;
    officeCount[s] = officeCount[s]! + 1;
  }
  return { sroOf, countries, officeCount, units };
}

// Free countries: nearest allowed office, or with a country cap, in order of regret (the cost of
// going to the nearest office of another cluster) to the nearest office whose cluster has room.
function placeCountries(inst: Instance, sroOf: Int32Array, countries: Float64Array) {
  const n = inst.offices.length;
  const coverOf = new Int32Array(inst.free.length).fill(-1);
  const km = (k: number, o: number) => inst.countryKm[k * n + o]! * inst.free[k]!.weight;
  const maxC = inst.maxCountries ?? Infinity;
  const regret = (k: number) => {
    const options = inst.free[k]!.options;
    for (let p = 1; p < options.length; p++) if (sroOf[options[p]!] !== sroOf[options[0]!]) return km(k, options[p]!) - km(k, options[0]!);
    return Infinity;
  };
  const order = inst.free.map((_, k) => k);
  if (inst.maxCountries !== null) {
    const regrets = order.map(regret);
    order.sort((a, b) => regrets[b]! - regrets[a]! || a - b);
  }
  let units = 0;
  for (const k of order) {
    const c = inst.free[k]!;
    let o = c.options[0] ?? -1;
    for (let p = 0; p < c.options.length; p++) {
      const cluster = sroOf[c.options[p]!]!;
      if (cluster >= 0 && countries[cluster]! < maxC) {
        o = c.options[p]!;
        break;
      }
    }
    if (o < 0) continue;
    coverOf[k] = o;
    if (sroOf[o]! >= 0) countries[sroOf[o]!] = countries[sroOf[o]!]! + 1;
    if (c.outsideRegion) units += 1;
  }
  return { coverOf, units };
}
