// What the options make impossible, in sentences: before the search (no proposal at all, or a
// constraint relaxed) and after it (the constraints the best-effort proposal breaks).
import { REGIONS } from '../model/types';
import type { Evaluation } from './assign';
import type { Instance } from './instance';
import { LIST_SEPARATOR, sentence, type Sentence } from './sentence';
import type { OptimiserOptions } from './types';

export interface OptionCheck {
  /** Sentences saying why no proposal can be made for this K. */
  readonly blocking: Sentence[];
  /** Sentences about options that were relaxed or overridden; the proposal is then not feasible. */
  readonly messages: Sentence[];
  /** True when "at least one per region" asks for more sub-regional offices than K. */
  readonly relaxRegions: boolean;
}

/**
 * What the options make impossible before any search.
 * @example checkOptions(inst, 0, options).blocking[0].english // → 'The number of sub-regional offices must be a whole number of at least 1, not 0.'
 */
export function checkOptions(inst: Instance, k: number, options: OptimiserOptions): OptionCheck {
  const candidates = inst.offices.filter((_, i) => inst.isCandidate[i]).length;
  const locked = inst.lockedIn.length;
  const blocking: Sentence[] = [];
  if (!Number.isInteger(k) || k < 1) blocking.push(sentence('suggest.violation.notWhole', { k }));
  else if (k > candidates) blocking.push(sentence('suggest.violation.tooFewCandidates', { candidates, k }));
  if (locked > k) blocking.push(sentence('suggest.violation.tooManyLocked', { locked, k }));
  const messages = options.lockedIn.filter((id) => options.lockedOut.includes(id)).map((id) => sentence('suggest.violation.lockedBoth', { office: nameOf(inst, id) }));
  const regions = inst.regionsPresent.filter((r) => inst.offices.some((_, i) => inst.region[i] === r && inst.isCandidate[i]));
  const needed = locked + regions.filter((r) => !inst.lockedIn.some((s) => inst.region[s] === r)).length;
  const relaxRegions = options.atLeastOnePerRegion && needed > k;
  if (relaxRegions) messages.push(sentence(locked ? 'suggest.violation.perRegionLocked' : 'suggest.violation.perRegion', { needed, regions: regions.length, k }));
  return { blocking, messages, relaxRegions };
}

const nameOf = (inst: Instance, id: string) => inst.offices.find((o) => o.id === id)?.name ?? id;

/**
 * Unmet constraints of an evaluated proposal (the search only breaks them when it cannot do otherwise).
 * @example describeViolations(inst, ev, true).map((s) => s.english) // → ['No sub-regional office in Europe and Central Asia.']
 */
export function describeViolations(inst: Instance, ev: Evaluation, perRegion: boolean): Sentence[] {
  const out: Sentence[] = [];
  const name = (i: number) => inst.offices[i]!.name;
  const missing = inst.regionsPresent.filter((r) => !ev.chosen.some((s) => inst.region[s] === r)).map((r) => REGIONS[r]!);
  if (perRegion && missing.length) out.push(sentence('suggest.violation.missingRegions', { regionList: missing.join(LIST_SEPARATOR) }, { regionList: missing.join(', ') }));
  for (const s of ev.chosen) {
    const members = inst.offices.flatMap((_, i) => (ev.sroOf[i] === s && i !== s ? [i] : []));
    const countries = inst.hosted.filter((_, i) => ev.sroOf[i] === s).flat().length + inst.free.filter((_, k) => ev.sroOf[ev.coverOf[k]!] === s).length;
    if (inst.maxCountries !== null && countries > inst.maxCountries) out.push(sentence('suggest.violation.tooManyCountries', { office: name(s), countries, limit: inst.maxCountries }));
    if (inst.maxCountryOffices !== null && members.length > inst.maxCountryOffices) out.push(sentence('suggest.violation.tooManyOffices', { count: members.length, office: name(s), limit: inst.maxCountryOffices }));
  }
  if (inst.keepWithinRegion) {
    const outside = inst.offices.flatMap((o, i) => (ev.sroOf[i]! >= 0 && inst.region[ev.sroOf[i]!] !== inst.region[i] ? [`${o.name} → ${name(ev.sroOf[i]!)}`] : []));
    if (outside.length) out.push(sentence('suggest.violation.otherRegion', { pairs: outside.join('; ') }));
    const far = inst.free.filter((c) => c.outsideRegion).map((c) => c.country);
    if (far.length) out.push(sentence('suggest.violation.coveredFromElsewhere', { countryList: far.map((c) => c.code).join(LIST_SEPARATOR) }, { countryList: far.map((c) => c.name).join(', ') }));
  }
  return out;
}
