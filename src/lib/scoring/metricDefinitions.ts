// The default scorecard: every metric of the four perspectives with its plain-words definition,
// unit, direction, target, RAG thresholds and weight; the default settings and planning
// assumptions (illustrative, editable per workspace); and how a workspace's overrides apply.
import type { MetricDefinition, MetricId, MetricOverrides, Perspective, PlanningAssumptions, ScoringSettings } from './types';

export const asMetricId = (id: string) => id as MetricId;

type Limits = readonly [target: number, amberLimit: number, zeroScoreAt: number];
const HIGHER = 'higher-is-better';
const LOWER = 'lower-is-better';

function metric(
  perspective: Perspective, id: string, label: string, unit: string, direction: MetricDefinition['direction'],
  [target, amberLimit, zeroScoreAt]: Limits, weight: number, definition: string,
): MetricDefinition {
  return { id: asMetricId(id), perspective, label, definition, unit, direction, target, amberLimit, zeroScoreAt, weight };
}

const MS = 'member-states';
const IP = 'internal-process';
const RS = 'resources';
const PL = 'people';
const WITHIN = 'covered by an open office no farther than the distance threshold (great-circle, from the country\'s centroid or capital to the office)';

/**
 * Every metric of the scorecard, in display order. Targets and thresholds are starting points
 * for a working group to edit; each amber limit sits halfway between the target and the
 * zero-score point, so green scores 100 and amber 50–100. Weight 0: shown, not scored.
 * @example DEFAULT_METRICS.find((m) => m.id === 'tiers') // → { unit: 'tiers', direction: 'lower-is-better', target: 2, … }
 */
export const DEFAULT_METRICS: readonly MetricDefinition[] = [
  metric(MS, 'countries-covered', 'Countries covered', 'countries', HIGHER, [156, 150, 144], 0,
    'The number of countries covered by at least one open office. Informational: the coverage share below carries the score.'),
  metric(MS, 'coverage-share', 'Share of programme countries covered', '%', HIGHER, [100, 95, 90], 2,
    'Countries covered by an open office, as a share of all countries in the organisation\'s regions (and any other country an office covers).'),
  metric(MS, 'in-country-office-share', 'Covered countries with an office in the country', '%', HIGHER, [30, 20, 10], 1,
    'Covered countries that host an open office of their own, as a share of all covered countries.'),
  metric(MS, 'distance-mean', 'Mean distance to the covering office', 'km', LOWER, [1000, 2000, 3000], 2,
    'The great-circle distance from each covered country (its centroid or capital) to the office that covers it, averaged over covered countries.'),
  metric(MS, 'distance-p90', '90th percentile distance to the covering office', 'km', LOWER, [2500, 4000, 5500], 1,
    'Nine in ten covered countries are no farther than this from their covering office (great-circle, linear interpolation between countries).'),
  metric(MS, 'distance-max', 'Longest distance to the covering office', 'km', LOWER, [4000, 7000, 10000], 0.5,
    'The great-circle distance from the covered country farthest from its covering office.'),
  metric(MS, 'distance-to-sub-regional-mean', 'Mean distance to the sub-regional office', 'km', LOWER, [1500, 2500, 3500], 1,
    'The distance from each covered country to its sub-regional office — the covering office itself if it is a sub-regional office (or, in the old structure, a regional hub or regional office), else the open office the covering office reports to — averaged over countries that have one.'),
  metric(MS, 'countries-beyond-threshold', 'Countries beyond the distance threshold', 'countries', LOWER, [0, 10, 20], 1,
    'The number of covered countries farther from their covering office than the distance threshold set for the workspace.'),
  metric(MS, 'ldc-within-threshold', 'LDCs covered within the threshold', '%', HIGHER, [100, 90, 80], 1,
    `Least developed countries ${WITHIN}, as a share of all least developed countries in the organisation's regions.`),
  metric(MS, 'lldc-within-threshold', 'LLDCs covered within the threshold', '%', HIGHER, [100, 90, 80], 1,
    `Landlocked developing countries ${WITHIN}, as a share of all landlocked developing countries in the organisation's regions.`),
  metric(MS, 'sids-within-threshold', 'SIDS covered within the threshold', '%', HIGHER, [100, 90, 80], 1,
    `Small island developing States ${WITHIN}, as a share of all small island developing States in the organisation's regions.`),
  metric(MS, 'time-zone-gap-mean', 'Mean time-zone gap to the covering office', 'hours', LOWER, [1, 2, 3], 0.5,
    'The approximate time difference between each covered country and its covering office, averaged. Approximation: solar time from longitude (15° per hour); civil time zones and summer time are ignored.'),

  metric(IP, 'tiers', 'Number of tiers', 'tiers', LOWER, [2, 3, 4], 2,
    'The number of office types in use among open offices (regional hub, regional office, sub-regional office, country office). The reform aims at two.'),
  metric(IP, 'offices-by-type', 'Offices by type', 'offices', LOWER, [48, 55, 62], 0,
    'The number of open offices, broken down by type. Informational: the status only flags growth beyond today\'s 48 offices.'),
  metric(IP, 'span-of-control', 'Span of control', 'country offices', HIGHER, [4, 2, 0], 1,
    'Country offices reporting to each open sub-regional office (in the old structure, each regional hub and regional office): min / mean / max. The mean is scored.'),
  metric(IP, 'countries-per-office', 'Countries per office', 'countries per office', HIGHER, [4, 3, 2], 1,
    'Covered countries divided by open offices.'),
  metric(IP, 'countries-per-office-balance', 'Balance of countries per office', '%', LOWER, [50, 100, 150], 1,
    'How unevenly countries are spread over open offices: the coefficient of variation (sample standard deviation ÷ mean) of the number of countries each office covers. 0% is perfectly even.'),
  metric(IP, 'covered-from-outside-region', 'Countries covered from outside their region', 'countries', LOWER, [0, 2, 4], 1,
    'Covered countries whose covering office belongs to another region.'),
  metric(IP, 'reporting-distance-mean', 'Mean reporting distance', 'km', LOWER, [1500, 2500, 3500], 1,
    'The great-circle distance from each open office to the office it reports to, averaged over offices with a reporting line.'),

  metric(RS, 'running-cost', 'Estimated annual running cost', 'USD', LOWER, [40e6, 46e6, 52e6], 1,
    'The sum over open offices of the planning assumption of annual cost for the office\'s type. An estimate from assumptions, not a budget.'),
  metric(RS, 'cost-per-country', 'Cost per covered country', 'USD per country', LOWER, [250e3, 300e3, 350e3], 1,
    'The estimated annual running cost divided by the number of covered countries.'),
  metric(RS, 'cost-change', 'Cost change against the baseline', '%', LOWER, [0, 10, 20], 0,
    'The estimated running cost against the baseline\'s, with the same assumptions. Informational, so that a cost assumption can never make a scenario score better.'),
  metric(RS, 'delivery-per-cost', 'Delivery per cost', 'USD per USD', HIGHER, [2, 1, 0], 1,
    'Imported technical cooperation delivery divided by the cost of the offices that reported it (their imported budget, else the planning assumption). No data without imported delivery figures.'),
  metric(RS, 'delivery-per-staff', 'Delivery per staff member', 'USD per staff', HIGHER, [500e3, 250e3, 0], 1,
    'Imported technical cooperation delivery divided by the staff of the offices that reported it (imported staff, else the planning assumption). No data without imported delivery figures.'),

  metric(PL, 'staff-by-type', 'Staff by office type', 'staff', LOWER, [300, 350, 400], 0,
    'Staff of open offices — imported where available, else the planning assumption for the office\'s type — broken down by type. Informational.'),
  metric(PL, 'vacant-representative-posts', 'Vacant representative posts', 'posts', LOWER, [0, 2, 4], 1,
    'Open offices whose representative post is vacant, from imported figures. No data without them.'),
  metric(PL, 'offices-below-minimum-staff', 'Offices below minimum staffing', 'offices', LOWER, [0, 2, 4], 1,
    'Open offices with fewer staff (imported, else the planning assumption) than the minimum staffing level set for the workspace.'),
];

/** 2,500 km is about a 3½-hour direct flight: a mission can leave and arrive the same day. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  distanceThresholdKm: 2500,
  minimumStaff: 4,
  perspectiveWeights: { 'member-states': 25, 'internal-process': 25, resources: 25, people: 25 },
  metricOverrides: {},
};

/**
 * Illustrative planning assumptions (annual running cost in USD and staff per office type):
 * round numbers for a working group to replace, not the organisation's figures.
 */
export const DEFAULT_ASSUMPTIONS: PlanningAssumptions = {
  annualCostUsd: { 'regional-hub': 2.0e6, 'regional-office': 1.2e6, 'sub-regional-office': 1.6e6, 'country-office': 0.6e6 },
  staff: { 'regional-hub': 12, 'regional-office': 7, 'sub-regional-office': 9, 'country-office': 4 },
};

/**
 * A metric with a workspace's overrides of its target, thresholds and weight applied.
 * @example resolveMetric(tiers, { tiers: { weight: 3 } }) // → { ...tiers, weight: 3 }
 */
export function resolveMetric(definition: MetricDefinition, overrides: MetricOverrides): MetricDefinition {
  const override = overrides[definition.id];
  if (!override) return definition;
  // A Partial may carry explicit undefineds (e.g. from a form); they must not erase a default.
  const given = Object.entries(override).filter(([, value]) => typeof value === 'number' && Number.isFinite(value));
  return { ...definition, ...Object.fromEntries(given) };
}

const BY_ID = new Map(DEFAULT_METRICS.map((m) => [m.id as string, m] as const));

/**
 * The default metric with this id, overrides applied; throws for an unknown id (a programmer error).
 * @example metricDefinition('tiers', {}).target // → 2
 */
export function metricDefinition(id: string, overrides: MetricOverrides): MetricDefinition {
  const definition = BY_ID.get(id);
  if (!definition) throw new Error(`Unknown metric: ${id}`);
  return resolveMetric(definition, overrides);
}
