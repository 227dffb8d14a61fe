// Why each sub-regional office was chosen: its country offices and countries with their distances,
// the best other office of its cluster to take its place and how much worse that would be, in words.
import { evaluate, PENALTY, type Evaluation } from './assign';
import type { Instance } from './instance';
import { QuickScorer } from './localSearch';
import { sentence, type Sentence } from './sentence';
import type { SubRegionalExplanation } from './types';

/**
 * One explanation per sub-regional office of an evaluated proposal, in network order.
 * @example explainSubRegionals(inst, ev)[0]
 * // → { office: 'AFR-KEN', countryOffices: [{ office: 'AFR-UGA', distanceKm: 504 }, …], countries: [{ code: 'KEN', coveredBy: 'AFR-KEN', distanceKm: 0 }, …],
 * //     alternative: { office: 'AFR-UGA', objectiveIncrease: 55 },
 * //     reason: 'Central to 4 country offices (on average 774 km away) and 11 countries. The best alternative, UNIDO Country Office Uganda, would make the objective worse by 55 km-equivalent (0.02 %).',
 * //     reasonText: [{ key: 'suggest.reason.central', values: { offices: 4, km: 774, countries: 11 } }, { key: 'suggest.reason.alternative', … }] }
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
    const reason = reasonFor(inst, ev, s, countryOffices, countries.length, alternative);
    return { office: inst.offices[s]!.id, countryOffices, countries, alternative, reason: reason.map((r) => r.english).join(' '), reasonText: reason.map((r) => r.text) };
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

// The reason in sentences: locked in (if so), what the office is central to, the only one of its
// region (if so), and what the best other office of its cluster would cost.
function reasonFor(
  inst: Instance,
  ev: Evaluation,
  s: number,
  countryOffices: SubRegionalExplanation['countryOffices'],
  countryCount: number,
  alternative: SubRegionalExplanation['alternative'],
): Sentence[] {
  const office = inst.offices[s]!;
  const mean = countryOffices.reduce((sum, c) => sum + c.distanceKm, 0) / Math.max(1, countryOffices.length);
  const locked = inst.lockedIn.includes(s);
  const only = ev.chosen.filter((x) => inst.region[x] === inst.region[s]).length === 1;
  const out: Sentence[] = [];
  if (locked) out.push(sentence('suggest.reason.locked'));
  out.push(countryOffices.length === 0
    ? sentence('suggest.reason.leadsNone', { countries: countryCount })
    : sentence('suggest.reason.central', { offices: countryOffices.length, km: Math.round(mean), countries: countryCount }));
  if (only) out.push(sentence('suggest.reason.onlyInRegion', { region: office.region }));
  out.push(alternativeSentence(inst, ev, alternative, locked));
  return out;
}

function alternativeSentence(inst: Instance, ev: Evaluation, alternative: SubRegionalExplanation['alternative'], locked: boolean): Sentence {
  if (!alternative) return sentence('suggest.reason.noAlternative');
  if (alternative.objectiveIncrease >= PENALTY / 2) return sentence('suggest.reason.anyBreaks');
  const office = inst.offices.find((o) => o.id === alternative.office)?.name ?? alternative.office;
  if (alternative.objectiveIncrease > 0) {
    const increase = Math.round(alternative.objectiveIncrease);
    if (ev.score <= 0) return sentence('suggest.reason.alternativeNoShare', { office, increase });
    // Small differences matter when arguing between two offices: show them with two decimals.
    const percent = (100 * alternative.objectiveIncrease) / ev.score;
    return sentence('suggest.reason.alternative', { office, increase, percent: Number(percent.toFixed(percent < 0.1 ? 2 : 1)) });
  }
  const decrease = Math.round(-alternative.objectiveIncrease);
  return sentence(locked ? 'suggest.reason.asGoodLocked' : 'suggest.reason.closeCall', { office, decrease });
}
