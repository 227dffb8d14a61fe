// The Member States and partners perspective: who is covered, from how far, and whether the
// least developed, landlocked and small island countries are within reach. Also the shared
// per-country coverage facts (covering office, distances) the other perspectives reuse.
import { max, mean, quantile } from 'd3-array';
import { distanceKm, timeZoneGapHours } from '../geo/greatCircle';
import { REGIONS, type Country, type Network, type Office, type OfficeId, type Region } from '../model/types';
import type { ScorecardInput } from './computeScorecard';
import { metricDefinition } from './metricDefinitions';
import { toMetricValue } from './scoreMetric';
import type { DrillDown, MetricValue, MetricOverrides } from './types';

export interface CoverageRow {
  readonly country: Country;
  /** The first open office covering the country. */
  readonly office: Office;
  readonly distanceKm: number;
  readonly subRegionalOffice: Office | null;
  readonly distanceToSubRegionalKm: number | null;
}

export interface CoverageFacts {
  readonly openOffices: readonly Office[];
  readonly openById: ReadonlyMap<OfficeId, Office>;
  /** One row per covered country, in the network's country order. */
  readonly rows: readonly CoverageRow[];
  /** Countries in the organisation's regions, plus any other country an open office covers. */
  readonly programme: readonly Country[];
}

/**
 * A country's sub-regional office: its covering office if that is a sub-regional office (or a
 * hub or regional office of the old structure), else the open office the covering office reports to.
 * @example subRegionalOfficeOf(tanzaniaOffice, openById) // → Regional Office Kenya
 */
export function subRegionalOfficeOf(office: Office, openById: ReadonlyMap<OfficeId, Office>): Office | null {
  if (office.tier !== 'country-office') return office;
  return office.reportsTo === null ? null : (openById.get(office.reportsTo) ?? null);
}

const coverageCache = new WeakMap<Network, CoverageFacts>();

/**
 * The coverage facts of a network (open offices only), computed once per network object.
 * @example analyseCoverage(baseline).rows.find((r) => r.country.code === 'SOM')?.office.id // → "AFR-KEN"
 */
export function analyseCoverage(network: Network): CoverageFacts {
  const cached = coverageCache.get(network);
  if (cached) return cached;
  const openOffices = network.offices.filter((o) => !o.closed);
  const openById = new Map(openOffices.map((o) => [o.id, o] as const));
  const covering = new Map<string, Office>();
  for (const office of openOffices) for (const code of office.coveredCountries) if (!covering.has(code)) covering.set(code, office);
  const rows = network.countries.flatMap((country): CoverageRow[] => {
    const office = covering.get(country.code);
    if (!office) return [];
    const subRegionalOffice = subRegionalOfficeOf(office, openById);
    const distanceToSubRegionalKm = subRegionalOffice ? distanceKm(country.point, subRegionalOffice.point) : null;
    return [{ country, office, distanceKm: distanceKm(country.point, office.point), subRegionalOffice, distanceToSubRegionalKm }];
  });
  const programme = network.countries.filter((c) => c.region !== null || covering.has(c.code));
  const facts = { openOffices, openById, rows, programme };
  coverageCache.set(network, facts);
  return facts;
}

/** Aggregates items per region (every region present, null where it has no items). */
export function perRegion<T>(items: readonly T[], regionOf: (item: T) => Region | null, aggregate: (group: readonly T[]) => number | null): Partial<Record<Region, number | null>> {
  return Object.fromEntries(REGIONS.map((region) => {
    const group = items.filter((item) => regionOf(item) === region);
    return [region, group.length === 0 ? null : aggregate(group)];
  }));
}

/** Drill-down over countries, largest value first. */
function countriesBy(rows: readonly CoverageRow[], value: (row: CoverageRow) => number | null, unit: string): DrillDown {
  const items = rows.flatMap((row) => {
    const v = value(row);
    if (v === null) return [];
    const { code, name, iso2 } = row.country;
    return [{ id: code, label: `${name} (from ${row.office.city})`, name, iso2, note: { kind: 'from' as const, city: row.office.city }, value: v, unit }];
  });
  return { kind: 'countries', items: items.sort((a, b) => b.value - a.value) };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);
const meanOf = (values: readonly number[]) => mean(values) ?? null;

/**
 * The Member States and partners metrics of a network.
 * @example memberStatesMetrics({ network: baseline, settings }).find((m) => m.definition.id === 'countries-covered')?.value // → 156
 */
export function memberStatesMetrics({ network, settings }: Pick<ScorecardInput, 'network' | 'settings'>): MetricValue[] {
  const facts = analyseCoverage(network);
  return [...coverageMetrics(facts, settings.metricOverrides), ...distanceMetrics(facts, settings.metricOverrides, settings.distanceThresholdKm), ...groupMetrics(facts, settings.metricOverrides, settings.distanceThresholdKm)];
}

function coverageMetrics({ rows, programme, openOffices }: CoverageFacts, overrides: MetricOverrides): MetricValue[] {
  const covered = new Set(rows.map((r) => r.country.code));
  const hosts = new Set(openOffices.map((o) => o.hostCountry));
  const uncovered = programme.filter((c) => !covered.has(c.code));
  return [
    toMetricValue(metricDefinition('countries-covered', overrides), rows.length, {
      byRegion: perRegion(rows, (r) => r.country.region, (group) => group.length),
    }),
    toMetricValue(metricDefinition('coverage-share', overrides), percent(rows.length, programme.length), {
      fractionDigits: 1,
      byRegion: perRegion(programme, (c) => c.region, (group) => percent(group.filter((c) => covered.has(c.code)).length, group.length)),
      drillDown: { kind: 'countries', items: uncovered.map((c) => ({ id: c.code, label: `${c.name} (not covered)`, name: c.name, iso2: c.iso2, note: { kind: 'not-covered' as const }, value: 0, unit: 'offices' })) },
    }),
    toMetricValue(metricDefinition('in-country-office-share', overrides), percent(rows.filter((r) => hosts.has(r.country.code)).length, rows.length), {
      fractionDigits: 1,
      byRegion: perRegion(rows, (r) => r.country.region, (group) => percent(group.filter((r) => hosts.has(r.country.code)).length, group.length)),
    }),
  ];
}

function distanceMetrics({ rows }: CoverageFacts, overrides: MetricOverrides, thresholdKm: number): MetricValue[] {
  const distances = rows.map((r) => r.distanceKm);
  const farthest = countriesBy(rows, (r) => r.distanceKm, 'km');
  const toSubRegional = rows.flatMap((r) => (r.distanceToSubRegionalKm === null ? [] : [r.distanceToSubRegionalKm]));
  const gaps = rows.map((r) => timeZoneGapHours(r.country.point, r.office.point));
  const beyond = rows.filter((r) => r.distanceKm > thresholdKm);
  const meanDistance = (group: readonly CoverageRow[]) => meanOf(group.map((r) => r.distanceKm));
  return [
    toMetricValue(metricDefinition('distance-mean', overrides), meanOf(distances), { drillDown: farthest, byRegion: perRegion(rows, (r) => r.country.region, meanDistance) }),
    toMetricValue(metricDefinition('distance-p90', overrides), quantile(distances, 0.9) ?? null, { drillDown: farthest }),
    toMetricValue(metricDefinition('distance-max', overrides), max(distances) ?? null, { drillDown: farthest }),
    toMetricValue(metricDefinition('distance-to-sub-regional-mean', overrides), meanOf(toSubRegional), {
      drillDown: countriesBy(rows, (r) => r.distanceToSubRegionalKm, 'km'),
      byRegion: perRegion(rows.filter((r) => r.distanceToSubRegionalKm !== null), (r) => r.country.region, (g) => meanOf(g.map((r) => r.distanceToSubRegionalKm ?? 0))),
    }),
    toMetricValue(metricDefinition('countries-beyond-threshold', overrides), beyond.length, {
      drillDown: countriesBy(beyond, (r) => r.distanceKm, 'km'),
      byRegion: perRegion(rows, (r) => r.country.region, (group) => group.filter((r) => r.distanceKm > thresholdKm).length),
    }),
    toMetricValue(metricDefinition('time-zone-gap-mean', overrides), meanOf(gaps), {
      fractionDigits: 1,
      drillDown: countriesBy(rows, (r) => timeZoneGapHours(r.country.point, r.office.point), 'hours'),
    }),
  ];
}

const GROUPS = [['ldc-within-threshold', 'ldc'], ['lldc-within-threshold', 'lldc'], ['sids-within-threshold', 'sids']] as const;

function groupMetrics({ rows, programme }: CoverageFacts, overrides: MetricOverrides, thresholdKm: number): MetricValue[] {
  const distanceOf = new Map(rows.map((r) => [r.country.code, r.distanceKm] as const));
  return GROUPS.map(([id, flag]) => {
    const members = programme.filter((c) => c[flag]);
    const within = members.filter((c) => (distanceOf.get(c.code) ?? Infinity) <= thresholdKm);
    const beyond = rows.filter((r) => r.country[flag] && r.distanceKm > thresholdKm);
    return toMetricValue(metricDefinition(id, overrides), percent(within.length, members.length), {
      fractionDigits: 1,
      drillDown: countriesBy(beyond, (r) => r.distanceKm, 'km'),
    });
  });
}
