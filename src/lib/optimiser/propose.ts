// The optimiser's entry points: propose sub-regional offices, reporting lines and coverage for each K
// asked for (a capacitated p-median; see assign.ts for the objective and localSearch.ts for the method),
// and turn a proposal into ordinary scenario changes.
import { distanceKm } from '../geo/greatCircle';
import type { Network, Office, OfficeId } from '../model/types';
import type { ChangeData } from '../scenario/types';
import type { OfficeFigures, PlanningAssumptions } from '../scoring/types';
import { evaluate, type Evaluation } from './assign';
import { certify, type Certificate } from './certify';
import { explainSubRegionals } from './explain';
import { buildInstance, type Instance } from './instance';
import { searchSubRegionals } from './localSearch';
import type { Sentence } from './sentence';
import type { OptimiserOptions, OptimiserProgress, OptimiserResult, Proposal } from './types';
import { checkOptions, describeViolations } from './violations';

/*
 * METHOD NOTE. A capacitated p-median (facility-location) problem. Candidates: the open offices not locked
 * out. K sub-regional offices are chosen, the locked-in ones included; every other open office becomes a
 * country office reporting to one of them. Every office keeps its host country. Each covered country without
 * an office is covered by the nearest open office (of its region, when countries stay in their region): the
 * nearest office is what minimises the country distance, and without caps it does not depend on the offices
 * chosen; with a cap on countries, a country whose nearest office's cluster is full goes to the nearest office
 * whose cluster has room. A cluster is a sub-regional office, its country offices and the countries they cover.
 * Constraints: at least one per region (if asked), caps on countries and country offices per cluster, the
 * region rule, locks. The objective (assign.ts) weighs the countries' distances, the country offices' distances
 * to their sub-regional office, the imbalance of cluster sizes and the running cost. The heuristic
 * (localSearch.ts): greedy construction, then vertex substitution, from several seeded starts; offices are
 * assigned by nearest choice or, with caps, by regret with a repair step. Same options and seed, same answer.
 * Constraints that cannot be met give a best-effort proposal marked not feasible, with the reasons in words.
 */
export const DEFAULT_OPTIMISER_OPTIONS: OptimiserOptions = {
  subRegionalCount: 12,
  lockedIn: [],
  lockedOut: [],
  atLeastOnePerRegion: true,
  maxCountriesPerSubRegional: null,
  maxCountryOfficesPerSubRegional: null,
  keepWithinRegion: true,
  objective: { countryDistance: 1, weightByDelivery: false, officeDistance: 1, imbalance: 0.5, cost: 1 },
  starts: 8,
  seed: 1,
};

/**
 * One proposal per K asked for (each K of a range in turn, reporting progress after each), and the best:
 * the one asked for, or for a range the feasible one with the lowest total (else the first).
 * @example propose(defaultNetwork, [], DEFAULT_ASSUMPTIONS, DEFAULT_OPTIMISER_OPTIONS)
 * // → { proposals: [{ k: 12, subRegionalOffices: ['AFR-ETH', …], feasible: true, … }], best: <that proposal> }
 */
export function propose(network: Network, figures: readonly OfficeFigures[], assumptions: PlanningAssumptions, options: OptimiserOptions, onProgress?: (p: OptimiserProgress) => void): OptimiserResult {
  const ks = kValues(options.subRegionalCount);
  const inst = buildInstance(network, figures, assumptions, options);
  const certificates = certify(inst, ks);
  const proposals = ks.map((k, i) => {
    const proposal = proposeForK(inst, k, options, certificates.get(k) ?? null);
    onProgress?.({ k, share: (i + 1) / ks.length });
    return proposal;
  });
  const feasible = proposals.filter((p) => p.feasible).sort((a, b) => a.objective.total - b.objective.total || a.k - b.k);
  return { proposals, best: typeof options.subRegionalCount === 'number' ? (proposals[0] ?? null) : (feasible[0] ?? proposals[0] ?? null) };
}

function kValues(count: OptimiserOptions['subRegionalCount']): number[] {
  if (typeof count === 'number') return [count];
  const [low, high] = [Math.round(Math.min(count.min, count.max)), Math.round(Math.max(count.min, count.max))];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

// The heuristic's best, replaced by the enumerated optimum where that is better (the search can miss it).
function proposeForK(inst: Instance, k: number, options: OptimiserOptions, certificate: Certificate | null): Proposal {
  const check = checkOptions(inst, k, options);
  if (check.blocking.length > 0) return emptyProposal(k, check.blocking);
  let ev = searchSubRegionals(inst, { k, starts: options.starts, seed: options.seed, atLeastOnePerRegion: options.atLeastOnePerRegion && !check.relaxRegions });
  if (certificate?.chosen) {
    const optimum = evaluate(inst, certificate.chosen);
    if (optimum.score < ev.score - 1e-9 * Math.abs(ev.score)) ev = optimum;
  }
  const proposal = toProposal(inst, ev, [...check.messages, ...describeViolations(inst, ev, options.atLeastOnePerRegion)]);
  return { ...proposal, quality: qualityOf(ev, certificate) };
}

function qualityOf(ev: Evaluation, certificate: Certificate | null): Proposal['quality'] {
  if (!certificate || ev.violationUnits > 0) return null;
  const bound = Math.min(certificate.value, ev.score);
  const gapPercent = bound > 0 ? (100 * (ev.score - bound)) / bound : 0;
  return { kind: certificate.kind, bound, gapPercent: gapPercent < 1e-9 ? 0 : gapPercent };
}

function emptyProposal(k: number, violations: readonly Sentence[]): Proposal {
  const objective = { total: NaN, countryDistanceKm: NaN, officeDistanceKm: NaN, imbalance: NaN, costUsd: NaN };
  return { k, subRegionalOffices: [], reportsTo: {}, coverage: {}, objective, explanations: [], quality: null, feasible: false, ...inWords(violations) };
}

const inWords = (violations: readonly Sentence[]) => ({ violations: violations.map((v) => v.english), violationTexts: violations.map((v) => v.text) });

function toProposal(inst: Instance, ev: Evaluation, violations: readonly Sentence[]): Proposal {
  const id = (i: number) => inst.offices[i]!.id;
  const reportsTo: Record<string, OfficeId> = {};
  const coverage: Record<string, OfficeId> = {};
  inst.offices.forEach((o, i) => {
    const boss = ev.sroOf[i]!;
    if (boss >= 0 && boss !== i) reportsTo[o.id] = id(boss);
    for (const c of inst.hosted[i]!) coverage[c.code] = o.id;
  });
  inst.free.forEach((c, k) => {
    if (ev.coverOf[k]! >= 0) coverage[c.country.code] = id(ev.coverOf[k]!);
  });
  const subRegionalOffices = [...ev.chosen].sort((a, b) => a - b).map(id);
  return { k: ev.chosen.length, subRegionalOffices, reportsTo, coverage, objective: ev.breakdown, explanations: explainSubRegionals(inst, ev), quality: null, feasible: violations.length === 0, ...inWords(violations) };
}

/**
 * The scenario changes that give the proposal's structure: set-tier where a tier changes, set-reports-to
 * where a reporting line changes (sub-regional offices report to no office), assign-country where coverage changes.
 * @example proposalToChanges(baseline, proposal) // → [{ kind: 'set-tier', office: 'AFR-ETH', tier: 'sub-regional-office' }, …, { kind: 'assign-country', country: 'SOM', office: 'AFR-ETH' }, …]
 */
export function proposalToChanges(network: Network, proposal: Proposal): ChangeData[] {
  const chosen = new Set<string>(proposal.subRegionalOffices);
  const open = network.offices.filter((o) => !o.closed);
  const sros = open.filter((o) => chosen.has(o.id));
  if (sros.length === 0) return [];
  const exists = new Set<string>(network.offices.map((o) => o.id));
  const tiers = open.flatMap((o): ChangeData[] => {
    const tier = chosen.has(o.id) ? 'sub-regional-office' : 'country-office';
    return o.tier === tier ? [] : [{ kind: 'set-tier', office: o.id, tier }];
  });
  const lines = open.flatMap((o): ChangeData[] => {
    const given = proposal.reportsTo[o.id];
    const boss = chosen.has(o.id) ? null : given !== undefined && chosen.has(given) ? given : nearestOf(o, sros);
    return o.reportsTo === boss ? [] : [{ kind: 'set-reports-to', office: o.id, reportsTo: boss }];
  });
  const coverage = network.countries.flatMap((c): ChangeData[] => {
    const office = proposal.coverage[c.code];
    if (office === undefined || !exists.has(office)) return [];
    const now = network.offices.filter((o) => o.coveredCountries.includes(c.code));
    return now.length === 1 && now[0]!.id === office ? [] : [{ kind: 'assign-country', country: c.code, office }];
  });
  return [...tiers, ...lines, ...coverage];
}

// For an open office the proposal does not mention (it was made on another network): the nearest
// sub-regional office, of its own region if there is one.
function nearestOf(office: Office, sros: readonly Office[]): OfficeId {
  const pool = sros.some((s) => s.region === office.region) ? sros.filter((s) => s.region === office.region) : sros;
  return pool.reduce((best, s) => (distanceKm(office.point, s.point) < distanceKm(office.point, best.point) ? s : best)).id;
}
