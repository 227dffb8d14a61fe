// Why each sub-regional office was chosen: its country offices and countries with their distances,
// the best other office of its cluster to take its place and how much worse that would be, in words.
import { evaluate, PENALTY, type Evaluation } from './assign';
import type { Instance } from './instance';
import { QuickScorer } from './localSearch';
import type { SubRegionalExplanation } from './types';

const km = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * One explanation per sub-regional office of an evaluated proposal, in network order.
 * @example explainSubRegionals(inst, ev)[0]
 * // → { office: 'AFR-KEN', countryOffices: [{ office: 'AFR-UGA', distanceKm: 504 }, …], countries: [{ code: 'KEN', coveredBy: 'AFR-KEN', distanceKm: 0 }, …],
 * //     alternative: { office: 'AFR-UGA', objectiveIncrease: 55 },
 * //     reason: 'Central to 4 country offices (on average 774 km away) and 11 countries. The best alternative, UNIDO Country Office Uganda, would make the objective worse by 55 (0.0%).' }
 */
export function explainSubRegionals(inst: Instance, ev: Evaluation): SubRegionalExplanation[] {
  const n = inst.offices.length;
  return [...ev.chosen].sort((a, b) => a - b).map((s) => {
    const members = inst.offices.flatMap((_, i) => (ev.sroOf[i] === s ? [i] : []));
    const countryOffices = members.filter((i) => i !== s).map((i) => ({ office: inst.offices[i]!.id, distanceKm: inst.officeKm[i * n + s]! }));
    const countries = [
      ...members.flatMap((i) => inst.hosted[i]!.map((c) => ({ code: c.code, coveredBy: inst.offices[i]!.id, distanceKm: 0 }))),
      ...inst.free.flatMap((c, k) => {
        const o = ev.coverOf[k]!;
        return ev.sroOf[o] === s ? [{ code: c.country.code, coveredBy: inst.offices[o]!.id, distanceKm: inst.countryKm[k * n + o]! }] : [];
      }),
    ];
    const alternative = bestAlternative(inst, ev, s, members);
    return { office: inst.offices[s]!.id, countryOffices, countries, alternative, reason: reasonFor(inst, ev, s, countryOffices, countries.length, alternative) };
  });
}

/**
 * The score (objective plus penalties) of each set made from `chosen` by swapping out `r` for one of
 * `alternatives`, as evaluate would give it, but quickly when there are no caps.
 * @example scoreSwaps(inst, [0, 5], 5, [6, 7]) // → [41890.2, 43001.7] (the scores of [0, 6] and [0, 7])
 */
export function scoreSwaps(inst: Instance, chosen: readonly number[], r: number, alternatives: readonly number[]): number[] {
  if (inst.maxCountries !== null || inst.maxCountryOffices !== null) return alternatives.map((a) => evaluate(inst, chosen.map((s) => (s === r ? a : s))).score);
  const scorer = new QuickScorer(inst);
  scorer.prepare(chosen);
  return alternatives.map((a) => scorer.swap(chosen, r, a));
}

// The candidate of the cluster whose swap with the sub-regional office costs least (the increase is
// negative only where the search did not try that swap: a locked-in office, or a big instance).
function bestAlternative(inst: Instance, ev: Evaluation, s: number, members: readonly number[]): SubRegionalExplanation['alternative'] {
  const others = members.filter((a) => a !== s && inst.isCandidate[a]);
  const scores = scoreSwaps(inst, ev.chosen, s, others);
  let best: { office: number; increase: number } | null = null;
  others.forEach((a, i) => {
    const increase = scores[i]! - ev.score;
    if (!best || increase < best.increase) best = { office: a, increase };
  });
  const found = best as { office: number; increase: number } | null;
  return found && { office: inst.offices[found.office]!.id, objectiveIncrease: found.increase };
}

function reasonFor(
  inst: Instance,
  ev: Evaluation,
  s: number,
  countryOffices: SubRegionalExplanation['countryOffices'],
  countryCount: number,
  alternative: SubRegionalExplanation['alternative'],
): string {
  const office = inst.offices[s]!;
  const mean = countryOffices.reduce((sum, c) => sum + c.distanceKm, 0) / Math.max(1, countryOffices.length);
  const locked = inst.lockedIn.includes(s);
  const only = ev.chosen.filter((x) => inst.region[x] === inst.region[s]).length === 1 ? `, the only sub-regional office in ${office.region}` : '';
  const countries = `${countryCount} ${plural(countryCount, 'country', 'countries')}`;
  const what = countryOffices.length === 0
    ? `leads no country office but covers ${countries}${only}.`
    : `central to ${countryOffices.length} country ${plural(countryOffices.length, 'office', 'offices')} (on average ${km.format(mean)} km away) and ${countries}${only}.`;
  const centre = locked ? `Locked in by the working group; ${what}` : `${what[0]!.toUpperCase()}${what.slice(1)}`;
  if (!alternative) return `${centre} No other office of its cluster may take its place.`;
  const name = inst.offices.find((o) => o.id === alternative.office)?.name ?? alternative.office;
  // Small differences matter when arguing between two offices: show them with two decimals.
  const percent = ev.score > 0 ? (100 * alternative.objectiveIncrease) / ev.score : 0;
  const share = ev.score > 0 ? ` (${percent < 0.1 ? percent.toFixed(2) : percent.toFixed(1)} %)` : '';
  if (alternative.objectiveIncrease >= PENALTY / 2) return `${centre} Any other office of its cluster in its place would break a constraint.`;
  if (alternative.objectiveIncrease > 0) return `${centre} The best alternative, ${name}, would make the objective worse by ${km.format(alternative.objectiveIncrease)} km-equivalent${share}.`;
  const better = `${name} would do as well or better, by ${km.format(-alternative.objectiveIncrease)}`;
  return locked ? `${centre} ${better}; it stays because it is locked in.` : `${centre} ${better}: a close call.`;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
