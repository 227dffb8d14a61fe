// Scores a scenario network on the four perspectives and overall, re-weights a scorecard
// without recomputing its metrics (for live sliders), and builds one office's own scorecard.
import { max, mean } from 'd3-array';
import { distanceKm, timeZoneGapHours } from '../geo/greatCircle';
import type { CountryCode, Network, Office, OfficeId } from '../model/types';
import { internalProcessMetrics } from './internalProcessMetrics';
import { analyseCoverage, memberStatesMetrics } from './memberStatesMetrics';
import { peopleMetrics } from './peopleMetrics';
import { latestFiguresByOffice, officeCostUsd, officeStaff, resourcesMetrics, type FigureSource } from './resourcesMetrics';
import { PERSPECTIVES, type MetricValue, type OfficeFigures, type Perspective, type PerspectiveScore, type PlanningAssumptions, type Scorecard, type ScoringSettings } from './types';

export interface ScorecardInput {
  readonly network: Network;
  /** The network "change against the baseline" is measured from. */
  readonly baseline: Network;
  readonly assumptions: PlanningAssumptions;
  /** Imported per-office figures; may be empty (those metrics then say "no data"). */
  readonly figures: readonly OfficeFigures[];
  readonly settings: ScoringSettings;
}

const COMPUTE: Readonly<Record<Perspective, (input: ScorecardInput) => MetricValue[]>> = {
  'member-states': memberStatesMetrics,
  'internal-process': internalProcessMetrics,
  resources: resourcesMetrics,
  people: peopleMetrics,
};

/** Weighted mean over items with a score and a positive weight; null when there are none. */
function weightedMean(items: readonly { readonly score: number | null; readonly weight: number }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { score, weight } of items) {
    if (score === null || !(weight > 0)) continue;
    total += score * weight;
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}

/**
 * The full scorecard of a network: every metric, each perspective's weighted score and the overall.
 * @example computeScorecard({ network: baseline, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS })
 * // → { perspectives: [{ perspective: 'member-states', score: 6…, weight: 25, metrics: [...] }, …], overall: 5… }
 */
export function computeScorecard(input: ScorecardInput): Scorecard {
  const perspectives = PERSPECTIVES.map((perspective): PerspectiveScore => {
    const metrics = COMPUTE[perspective](input);
    const score = weightedMean(metrics.map((m) => ({ score: m.score, weight: m.definition.weight })));
    return { perspective, score, weight: input.settings.perspectiveWeights[perspective], metrics };
  });
  return { perspectives, overall: weightedMean(perspectives) };
}

/**
 * The same scorecard under other perspective weights; metrics are not recomputed.
 * @example rescore(card, { 'member-states': 100, 'internal-process': 0, resources: 0, people: 0 }).overall
 * // → card's member-states score
 */
export function rescore(scorecard: Scorecard, perspectiveWeights: Readonly<Record<Perspective, number>>): Scorecard {
  const perspectives = scorecard.perspectives.map((p) => ({ ...p, weight: perspectiveWeights[p.perspective] }));
  return { perspectives, overall: weightedMean(perspectives) };
}

export interface OfficeScorecard {
  readonly office: Office;
  /** The countries the office covers (as first open covering office), farthest first. */
  readonly countries: readonly { readonly code: CountryCode; readonly name: string; readonly distanceKm: number; readonly timeZoneGapHours: number }[];
  readonly countriesCovered: number;
  readonly meanDistanceKm: number | null;
  readonly maxDistanceKm: number | null;
  readonly countriesBeyondThreshold: number;
  /** Open offices that report to this one, farthest first. */
  readonly reportingOffices: readonly { readonly id: OfficeId; readonly name: string; readonly distanceKm: number }[];
  readonly spanOfControl: number;
  readonly annualCostUsd: number;
  readonly costSource: FigureSource;
  readonly staff: number;
  readonly staffSource: FigureSource;
  /** The office's most recent imported figures, or null when none were imported. */
  readonly figures: OfficeFigures | null;
}

/**
 * One office's scorecard; null for an unknown office.
 * @example computeOfficeScorecard(baseline, 'AFR-KEN', DEFAULT_ASSUMPTIONS, [], DEFAULT_SCORING_SETTINGS)
 * // → { countriesCovered: 6, countries: [{ code: 'SYC', … }, …], spanOfControl: 3, annualCostUsd: 1200000, … }
 */
export function computeOfficeScorecard(network: Network, officeId: OfficeId, assumptions: PlanningAssumptions, figures: readonly OfficeFigures[], settings: ScoringSettings): OfficeScorecard | null {
  const office = network.offices.find((o) => o.id === officeId);
  if (!office) return null;
  const { rows, openOffices } = analyseCoverage(network);
  const countries = rows
    .filter((r) => r.office.id === officeId)
    .map((r) => ({ code: r.country.code, name: r.country.name, distanceKm: r.distanceKm, timeZoneGapHours: timeZoneGapHours(r.country.point, office.point) }))
    .sort((a, b) => b.distanceKm - a.distanceKm);
  const reportingOffices = openOffices
    .filter((o) => o.reportsTo === officeId)
    .map((o) => ({ id: o.id, name: o.name, distanceKm: distanceKm(o.point, office.point) }))
    .sort((a, b) => b.distanceKm - a.distanceKm);
  const figure = latestFiguresByOffice(figures).get(officeId);
  const cost = officeCostUsd(office, assumptions, figure);
  const staff = officeStaff(office, assumptions, figure);
  return {
    office,
    countries,
    countriesCovered: countries.length,
    meanDistanceKm: mean(countries, (c) => c.distanceKm) ?? null,
    maxDistanceKm: max(countries, (c) => c.distanceKm) ?? null,
    countriesBeyondThreshold: countries.filter((c) => c.distanceKm > settings.distanceThresholdKm).length,
    reportingOffices,
    spanOfControl: reportingOffices.length,
    annualCostUsd: cost.usd,
    costSource: cost.source,
    staff: staff.count,
    staffSource: staff.source,
    figures: figure ?? null,
  };
}
