// The internal process perspective: the shape of the structure — how many tiers, how many
// offices of each type, spans of control, how evenly countries are spread, reporting distances.
import { deviation, max, mean, min } from 'd3-array';
import { distanceKm } from '../geo/greatCircle';
import { TIER_LABELS } from '../model/labels';
import { ALL_TIERS, type Office } from '../model/types';
import type { ScorecardInput } from './computeScorecard';
import { analyseCoverage, perRegion, type CoverageFacts, type CoverageRow } from './memberStatesMetrics';
import { metricDefinition } from './metricDefinitions';
import { formatNumber, toMetricValue } from './scoreMetric';
import type { DrillDown, DrillDownItem, MetricOverrides, MetricValue } from './types';

/**
 * Offices as a drill-down, in the order given by `compare` on their values.
 * @example officesBy([[kenya, 5], [ghana, 1]], 'countries', (a, b) => b - a).items[0].id // → "AFR-KEN"
 */
export function officesBy(entries: readonly (readonly [Office, number])[], unit: string, compare: (a: number, b: number) => number): DrillDown {
  const items = entries.map(([office, value]) => ({ id: office.id, label: office.name, name: office.name, value, unit }));
  return { kind: 'offices', items: items.sort((a, b) => compare(a.value, b.value)) };
}

const ascending = (a: number, b: number) => a - b;
const descending = (a: number, b: number) => b - a;

/**
 * "8 regional hubs · 9 regional offices · 31 country offices" for the tiers present.
 * @example describeTierCounts({ 'country-office': 1 }) // → "1 country office"
 */
export function describeTierCounts(counts: Readonly<Partial<Record<Office['tier'], number>>>, noun?: string): string {
  return ALL_TIERS.filter((tier) => (counts[tier] ?? 0) > 0)
    .map((tier) => {
      const n = counts[tier] ?? 0;
      const label = TIER_LABELS[tier].toLowerCase();
      return noun ? `${formatNumber(n)} ${noun} in ${label}s` : `${formatNumber(n)} ${label}${n === 1 ? '' : 's'}`;
    })
    .join(' · ');
}

/**
 * The internal process metrics of a network.
 * @example internalProcessMetrics({ network: baseline, settings }).find((m) => m.definition.id === 'tiers')?.value // → 3
 */
export function internalProcessMetrics({ network, settings }: Pick<ScorecardInput, 'network' | 'settings'>): MetricValue[] {
  const facts = analyseCoverage(network);
  const overrides = settings.metricOverrides;
  return [...typeMetrics(facts, overrides), spanMetric(facts, overrides), ...loadMetrics(facts, overrides), reportingMetric(facts, overrides)];
}

function typeMetrics({ openOffices }: CoverageFacts, overrides: MetricOverrides): MetricValue[] {
  const counts: Partial<Record<Office['tier'], number>> = {};
  for (const office of openOffices) counts[office.tier] = (counts[office.tier] ?? 0) + 1;
  const tiers = Object.keys(counts).length;
  return [
    toMetricValue(metricDefinition('tiers', overrides), openOffices.length ? tiers : null),
    toMetricValue(metricDefinition('offices-by-type', overrides), openOffices.length, {
      display: openOffices.length ? describeTierCounts(counts) : '0 offices',
      ...(openOffices.length ? { detail: { kind: 'tier-counts' as const, counts, noun: 'offices' as const } } : {}),
      byRegion: perRegion(openOffices, (o) => o.region, (group) => group.length),
    }),
  ];
}

function spanMetric({ openOffices }: CoverageFacts, overrides: MetricOverrides): MetricValue {
  const reporting = new Map<string, number>();
  for (const o of openOffices) if (o.tier === 'country-office' && o.reportsTo) reporting.set(o.reportsTo, (reporting.get(o.reportsTo) ?? 0) + 1);
  const spans = openOffices.filter((o) => o.tier !== 'country-office').map((o) => [o, reporting.get(o.id) ?? 0] as const);
  const values = spans.map(([, span]) => span);
  const average = mean(values) ?? null;
  const [least, most] = [min(values) ?? 0, max(values) ?? 0];
  return toMetricValue(metricDefinition('span-of-control', overrides), average, {
    display: average === null ? undefined : `${formatNumber(least)} / ${formatNumber(average, 1)} / ${formatNumber(most)}`,
    fractionDigits: 1,
    ...(average === null ? {} : { detail: { kind: 'min-mean-max' as const, min: least, mean: average, max: most } }),
    drillDown: officesBy(spans, 'country offices', ascending),
    byRegion: perRegion(spans, ([o]) => o.region, (group) => mean(group, ([, span]) => span) ?? null),
  });
}

function loadMetrics({ openOffices, rows }: CoverageFacts, overrides: MetricOverrides): MetricValue[] {
  const load = new Map<string, number>(openOffices.map((o) => [o.id, 0]));
  for (const row of rows) load.set(row.office.id, (load.get(row.office.id) ?? 0) + 1);
  const loads = openOffices.map((o) => [o, load.get(o.id) ?? 0] as const);
  const perOffice = openOffices.length ? rows.length / openOffices.length : null;
  const spread = deviation(loads, ([, n]) => n);
  const cv = spread === undefined || !perOffice ? null : (spread / perOffice) * 100;
  const outside = rows.filter((r) => r.country.region !== null && r.country.region !== r.office.region);
  const byLoad = officesBy(loads, 'countries', descending);
  return [
    toMetricValue(metricDefinition('countries-per-office', overrides), perOffice, {
      fractionDigits: 2,
      drillDown: byLoad,
      byRegion: perRegion(loads, ([o]) => o.region, (group) => mean(group, ([, n]) => n) ?? null),
    }),
    toMetricValue(metricDefinition('countries-per-office-balance', overrides), cv, { drillDown: byLoad }),
    toMetricValue(metricDefinition('covered-from-outside-region', overrides), outside.length, {
      drillDown: { kind: 'countries', items: outside.map(outsideItem).sort((a, b) => b.value - a.value) },
    }),
  ];
}

/** A country covered from another region, e.g. "Yemen (from Cairo, Arab States)". */
function outsideItem({ country, office, distanceKm: km }: CoverageRow): DrillDownItem {
  return {
    id: country.code, label: `${country.name} (from ${office.city}, ${office.region})`, name: country.name, iso2: country.iso2,
    note: { kind: 'from-other-region', city: office.city, region: office.region }, value: km, unit: 'km',
  };
}

function reportingMetric({ openOffices, openById }: CoverageFacts, overrides: MetricOverrides): MetricValue {
  const lines = openOffices.flatMap((o) => {
    const superior = o.reportsTo === null ? undefined : openById.get(o.reportsTo);
    return superior ? [[o, distanceKm(o.point, superior.point)] as const] : [];
  });
  return toMetricValue(metricDefinition('reporting-distance-mean', overrides), mean(lines, ([, d]) => d) ?? null, {
    drillDown: officesBy(lines, 'km', descending),
    byRegion: perRegion(lines, ([o]) => o.region, (group) => mean(group, ([, d]) => d) ?? null),
  });
}
