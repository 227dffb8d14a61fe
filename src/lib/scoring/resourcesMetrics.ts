// The resources perspective: estimated running cost from the planning assumptions, cost per
// covered country, change against the baseline, and — only where figures were imported —
// delivery per cost and per staff member. Also each office's cost and staff, for the people perspective.
import { sum } from 'd3-array';
import type { Office, OfficeId } from '../model/types';
import type { ScorecardInput } from './computeScorecard';
import { officesBy } from './internalProcessMetrics';
import { analyseCoverage, perRegion } from './memberStatesMetrics';
import { metricDefinition } from './metricDefinitions';
import { formatNumber, toMetricValue } from './scoreMetric';
import type { MetricValue, OfficeFigures, PlanningAssumptions } from './types';

/**
 * Each office's most recent imported figures (the later entry wins within a year).
 * @example latestFiguresByOffice([{ office: 'A', year: 2022 }, { office: 'A', year: 2023 }]).get('A')?.year // → 2023
 */
export function latestFiguresByOffice(figures: readonly OfficeFigures[]): Map<OfficeId, OfficeFigures> {
  const latest = new Map<OfficeId, OfficeFigures>();
  for (const figure of figures) {
    const seen = latest.get(figure.office);
    if (!seen || figure.year >= seen.year) latest.set(figure.office, figure);
  }
  return latest;
}

export type FigureSource = 'assumption' | 'imported';

/**
 * An office's annual cost: its imported budget where there is one, else the assumption for its type.
 * @example officeCostUsd(countryOffice, DEFAULT_ASSUMPTIONS, undefined) // → { usd: 600000, source: 'assumption' }
 */
export function officeCostUsd(office: Office, assumptions: PlanningAssumptions, figure: OfficeFigures | undefined): { usd: number; source: FigureSource } {
  if (figure?.budgetUsd !== undefined) return { usd: figure.budgetUsd, source: 'imported' };
  return { usd: assumptions.annualCostUsd[office.tier], source: 'assumption' };
}

/**
 * An office's staff: imported where available, else the assumption for its type.
 * @example officeStaff(countryOffice, DEFAULT_ASSUMPTIONS, { office, year: 2023, staff: 2 }) // → { count: 2, source: 'imported' }
 */
export function officeStaff(office: Office, assumptions: PlanningAssumptions, figure: OfficeFigures | undefined): { count: number; source: FigureSource } {
  if (figure?.staff !== undefined) return { count: figure.staff, source: 'imported' };
  return { count: assumptions.staff[office.tier], source: 'assumption' };
}

const signOf = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
const assumedCost = (offices: readonly Office[], assumptions: PlanningAssumptions) => sum(offices, (o) => assumptions.annualCostUsd[o.tier]);

/**
 * The resources metrics of a scenario network.
 * @example resourcesMetrics({ network: baseline, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings })[0].display // → "USD 45.4M"
 */
export function resourcesMetrics(input: Pick<ScorecardInput, 'network' | 'baseline' | 'assumptions' | 'figures' | 'settings'>): MetricValue[] {
  const { network, baseline, assumptions, settings } = input;
  const overrides = settings.metricOverrides;
  const { openOffices, rows } = analyseCoverage(network);
  const cost = assumedCost(openOffices, assumptions);
  const baselineCost = assumedCost(analyseCoverage(baseline).openOffices, assumptions);
  const change = baselineCost === 0 ? null : ((cost - baselineCost) / baselineCost) * 100;
  const costs = openOffices.map((o) => [o, assumptions.annualCostUsd[o.tier]] as const);
  return [
    toMetricValue(metricDefinition('running-cost', overrides), cost, {
      drillDown: officesBy(costs, 'USD', (a, b) => b - a),
      byRegion: perRegion(costs, ([o]) => o.region, (group) => sum(group, ([, usd]) => usd)),
    }),
    toMetricValue(metricDefinition('cost-per-country', overrides), rows.length ? cost / rows.length : null),
    toMetricValue(metricDefinition('cost-change', overrides), change, {
      display: change === null ? undefined : change === 0 ? '0% (no change)' : `${signOf(change)}${formatNumber(Math.abs(change), 1)}% (${signOf(change)}USD ${formatNumber(Math.abs(cost - baselineCost) / 1e6, 1)}M)`,
      fractionDigits: 1,
      ...(change === null ? {} : { detail: { kind: 'cost-change' as const, percent: change, usd: cost - baselineCost } }),
    }),
    ...deliveryMetrics(input, openOffices),
  ];
}

function deliveryMetrics({ assumptions, figures, settings }: Pick<ScorecardInput, 'assumptions' | 'figures' | 'settings'>, openOffices: readonly Office[]): MetricValue[] {
  const latest = latestFiguresByOffice(figures);
  const reporting = openOffices.flatMap((office) => {
    const figure = latest.get(office.id);
    if (figure?.tcDeliveryUsd === undefined) return [];
    const { usd } = officeCostUsd(office, assumptions, figure);
    const { count } = officeStaff(office, assumptions, figure);
    return [{ office, delivery: figure.tcDeliveryUsd, cost: usd, staff: count }];
  });
  const delivery = sum(reporting, (r) => r.delivery);
  const cost = sum(reporting, (r) => r.cost);
  const staff = sum(reporting, (r) => r.staff);
  const ratio = (part: number, whole: number) => (reporting.length === 0 || whole === 0 ? null : part / whole);
  const worstFirst = (a: number, b: number) => a - b;
  const perOffice = (of: (r: (typeof reporting)[number]) => number) =>
    reporting.flatMap((r) => (of(r) > 0 ? [[r.office, r.delivery / of(r)] as const] : []));
  return [
    toMetricValue(metricDefinition('delivery-per-cost', settings.metricOverrides), ratio(delivery, cost), {
      fractionDigits: 2,
      display: cost > 0 && reporting.length ? `USD ${formatNumber(delivery / cost, 2)} per USD` : undefined,
      drillDown: officesBy(perOffice((r) => r.cost), 'USD per USD', worstFirst),
    }),
    toMetricValue(metricDefinition('delivery-per-staff', settings.metricOverrides), ratio(delivery, staff), {
      drillDown: officesBy(perOffice((r) => r.staff), 'USD per staff', worstFirst),
    }),
  ];
}
