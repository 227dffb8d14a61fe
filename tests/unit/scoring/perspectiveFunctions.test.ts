// A direct test of each function the app calls in the perspective modules, on a small
// hand-made network whose values are worked out by hand (distances in degrees of a great circle).
import { describe, expect, it } from 'vitest';
import { asOfficeId, type Network } from '../../../src/lib/model/types';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { describeTierCounts, internalProcessMetrics, officesBy } from '../../../src/lib/scoring/internalProcessMetrics';
import { analyseCoverage, memberStatesMetrics, perRegion, subRegionalOfficeOf } from '../../../src/lib/scoring/memberStatesMetrics';
import { peopleMetrics } from '../../../src/lib/scoring/peopleMetrics';
import { latestFiguresByOffice, officeCostUsd, officeStaff, resourcesMetrics } from '../../../src/lib/scoring/resourcesMetrics';
import { formatNumber, formatValue, toMetricValue } from '../../../src/lib/scoring/scoreMetric';
import type { MetricValue, OfficeFigures } from '../../../src/lib/scoring/types';
import { country, office } from '../../fixtures/networkFixtures';

const d = (6371.0088 * Math.PI) / 180;
const oid = asOfficeId;
const byId = (metrics: MetricValue[], id: string) => metrics.find((m) => m.definition.id === id)!;

// S: sub-regional office at 0°,0° covering AAA; C1 at 0°,10° and C2 at 0°,20° (country
// offices reporting to S) cover BBB and CCC; C3 at 0°,40° reports to nobody and covers DDD
// (Arab States, so covered from outside its region) and EEE; Z is closed and covers FFF.
const network: Network = {
  countries: [
    country('AAA'), country('BBB', { point: { lat: 0, lon: 10 } }), country('CCC', { point: { lat: 0, lon: 20 } }),
    country('DDD', { region: 'Arab States', point: { lat: 0, lon: 40 } }), country('EEE', { point: { lat: 0, lon: 45 } }), country('FFF'),
  ],
  offices: [
    office('S', ['AAA'], { tier: 'sub-regional-office' }),
    office('C1', ['BBB'], { reportsTo: oid('S'), point: { lat: 0, lon: 10 } }),
    office('C2', ['CCC'], { reportsTo: oid('S'), point: { lat: 0, lon: 20 } }),
    office('C3', ['DDD', 'EEE'], { point: { lat: 0, lon: 40 } }),
    office('Z', ['FFF'], { tier: 'regional-office', closed: true }),
  ],
};
const settings = DEFAULT_SCORING_SETTINGS;

describe('analyseCoverage and subRegionalOfficeOf', () => {
  const facts = analyseCoverage(network);
  it('keeps open offices only, one row per country covered by an open office, in country order', () => {
    expect(facts.openOffices.map((o) => o.id)).toEqual(['S', 'C1', 'C2', 'C3']);
    expect(facts.rows.map((r) => [r.country.code, r.office.id])).toEqual([['AAA', 'S'], ['BBB', 'C1'], ['CCC', 'C2'], ['DDD', 'C3'], ['EEE', 'C3']]);
    expect(facts.rows.map((r) => r.distanceKm)).toEqual([0, 0, 0, 0, expect.closeTo(5 * d, 6)]);
  });
  it('gives each country its sub-regional office: its own office, the one it reports to, or none', () => {
    expect(facts.rows.map((r) => r.subRegionalOffice?.id ?? null)).toEqual(['S', 'S', 'S', null, null]);
    expect(facts.rows.map((r) => r.distanceToSubRegionalKm)).toEqual([0, expect.closeTo(10 * d, 6), expect.closeTo(20 * d, 6), null, null]);
    expect(subRegionalOfficeOf(network.offices[4]!, facts.openById)?.id).toBe('Z'); // an office above country level is its own
  });
  it('is computed once per network object', () => {
    expect(analyseCoverage(network)).toBe(facts);
  });
});

describe('perRegion', () => {
  it('aggregates per region, with every region present and null where there is nothing', () => {
    const result = perRegion([1, 2, 3], (n) => (n < 3 ? 'Africa' : 'Arab States'), (group) => group.length);
    expect(result).toEqual({ Africa: 2, 'Arab States': 1, 'Asia and the Pacific': null, 'Europe and Central Asia': null, 'Latin America and the Caribbean': null });
  });
});

describe('memberStatesMetrics', () => {
  const metrics = memberStatesMetrics({ network, settings: { ...settings, distanceThresholdKm: 500 } });
  it.each([
    ['countries-covered', 5],
    ['coverage-share', (5 / 6) * 100], // FFF: covered by the closed Z only
    ['in-country-office-share', 80], // hosts: AAA, BBB, CCC, DDD (C3's host is its first country)
    ['distance-mean', d], // (0 + 0 + 0 + 0 + 5d) / 5
    ['distance-max', 5 * d],
    ['distance-to-sub-regional-mean', 10 * d], // (0 + 10d + 20d) / 3
    ['countries-beyond-threshold', 1], // EEE, 556 km > 500 km
    ['time-zone-gap-mean', (5 / 15) / 5],
  ])('%s = %d', (id, value) => {
    expect(byId(metrics, id).value).toBeCloseTo(value, 6);
  });
});

describe('internalProcessMetrics, officesBy and describeTierCounts', () => {
  const metrics = internalProcessMetrics({ network, settings });
  it.each([
    ['tiers', 2],
    ['offices-by-type', 4],
    ['span-of-control', 2], // S has two country offices
    ['countries-per-office', 5 / 4],
    ['countries-per-office-balance', (Math.sqrt(0.25) / 1.25) * 100], // loads 1, 1, 1, 2: sample sd 0.5
    ['covered-from-outside-region', 1], // DDD (Arab States) from C3 (Africa)
    ['reporting-distance-mean', 15 * d], // C1 10d, C2 20d
  ])('%s = %d', (id, value) => {
    expect(byId(metrics, id).value).toBeCloseTo(value, 6);
  });
  it('writes the offices by type and the span of control as a reader sees them', () => {
    expect(byId(metrics, 'offices-by-type').display).toBe('1 sub-regional office · 3 country offices');
    expect(byId(metrics, 'span-of-control').display).toBe('2 / 2 / 2');
  });
  it('officesBy sorts offices by value with the given order', () => {
    const drill = officesBy([[network.offices[0]!, 1], [network.offices[1]!, 3], [network.offices[2]!, 2]], 'countries', (a, b) => b - a);
    expect(drill).toMatchObject({ kind: 'offices' });
    expect(drill.items.map((i) => [i.id, i.value, i.unit])).toEqual([['C1', 3, 'countries'], ['C2', 2, 'countries'], ['S', 1, 'countries']]);
  });
  it('describeTierCounts names the tiers present, top tier first, in singular or plural', () => {
    expect(describeTierCounts({ 'country-office': 1, 'regional-hub': 2 })).toBe('2 regional hubs · 1 country office');
    expect(describeTierCounts({ 'regional-office': 7, 'sub-regional-office': 0 }, 'staff')).toBe('7 staff in regional offices');
    expect(describeTierCounts({})).toBe('');
  });
});

describe('resources: figures, cost and staff', () => {
  const figures: OfficeFigures[] = [
    { office: oid('C1'), year: 2022, tcDeliveryUsd: 9e6, budgetUsd: 9e6 },
    { office: oid('C1'), year: 2023, tcDeliveryUsd: 1.2e6, budgetUsd: 0.4e6, staff: 2 },
    { office: oid('C2'), year: 2023, tcDeliveryUsd: 0.6e6 },
  ];
  it('latestFiguresByOffice keeps each office’s latest year', () => {
    const latest = latestFiguresByOffice(figures);
    expect([...latest.keys()]).toEqual(['C1', 'C2']);
    expect(latest.get(oid('C1'))?.year).toBe(2023);
    expect(latestFiguresByOffice([{ office: oid('C1'), year: 2023, staff: 1 }, { office: oid('C1'), year: 2023, staff: 2 }]).get(oid('C1'))?.staff).toBe(2);
  });
  it('officeCostUsd and officeStaff take the imported figure, else the assumption for the tier', () => {
    const c1 = network.offices[1]!;
    expect(officeCostUsd(c1, DEFAULT_ASSUMPTIONS, undefined)).toEqual({ usd: 0.6e6, source: 'assumption' });
    expect(officeCostUsd(c1, DEFAULT_ASSUMPTIONS, { office: c1.id, year: 2023, budgetUsd: 0 })).toEqual({ usd: 0, source: 'imported' });
    expect(officeStaff(network.offices[0]!, DEFAULT_ASSUMPTIONS, undefined)).toEqual({ count: 9, source: 'assumption' });
    expect(officeStaff(c1, DEFAULT_ASSUMPTIONS, { office: c1.id, year: 2023, staff: 0 })).toEqual({ count: 0, source: 'imported' });
  });
  it('resourcesMetrics: cost from the assumptions; delivery over the reporting offices’ cost and staff', () => {
    const metrics = resourcesMetrics({ network, baseline: network, assumptions: DEFAULT_ASSUMPTIONS, figures, settings });
    // Open: S 1.6M + three country offices 0.6M = 3.4M; 5 countries.
    expect(byId(metrics, 'running-cost').value).toBeCloseTo(3.4e6, 3);
    expect(byId(metrics, 'cost-per-country').value).toBeCloseTo(3.4e6 / 5, 3);
    expect(byId(metrics, 'cost-change')).toMatchObject({ value: 0, display: '0% (no change)' });
    // Delivery 1.8M over cost 0.4M (C1 imported) + 0.6M (C2 assumed); over staff 2 + 4.
    expect(byId(metrics, 'delivery-per-cost').value).toBeCloseTo(1.8, 9);
    expect(byId(metrics, 'delivery-per-staff').value).toBeCloseTo(0.3e6, 3);
  });
  it('cost change against a baseline: closing C3 saves 0.6M of 3.4M', () => {
    const closed = { ...network, offices: network.offices.map((o) => (o.id === 'C3' ? { ...o, closed: true } : o)) };
    const change = byId(resourcesMetrics({ network: closed, baseline: network, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings }), 'cost-change');
    expect(change.value).toBeCloseTo((-0.6 / 3.4) * 100, 9);
    expect(change.display).toBe('−17.6% (−USD 0.6M)');
  });
});

describe('peopleMetrics', () => {
  it('staff per type, vacancies only from figures, offices under the minimum', () => {
    const figures: OfficeFigures[] = [{ office: oid('C1'), year: 2023, staff: 2, representativeVacant: true }, { office: oid('C2'), year: 2023, representativeVacant: false }];
    const metrics = peopleMetrics({ network, assumptions: DEFAULT_ASSUMPTIONS, figures, settings });
    expect(byId(metrics, 'staff-by-type')).toMatchObject({ value: 9 + 2 + 4 + 4, display: '9 staff in sub-regional offices · 10 staff in country offices' });
    expect(byId(metrics, 'vacant-representative-posts').value).toBe(1);
    expect(byId(metrics, 'offices-below-minimum-staff').value).toBe(1); // C1: 2 < 4
    const none = peopleMetrics({ network, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings });
    expect(byId(none, 'vacant-representative-posts')).toMatchObject({ value: null, display: 'no data', score: null });
  });
});

describe('formatNumber, formatValue and toMetricValue', () => {
  it.each([
    [formatNumber(1234.5), '1,235'],
    [formatNumber(1234.56, 1), '1,234.6'],
    [formatValue(1, 'countries'), '1 country'],
    [formatValue(2, 'countries'), '2 countries'],
    [formatValue(1, 'km'), '1 km'],
    [formatValue(12.345, '%', 1), '12.3%'],
    [formatValue(2_500_000, 'USD'), 'USD 2.5M'],
    [formatValue(Number.NaN, 'km'), 'no data'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
  it('toMetricValue scores a value and keeps the extras only where they apply', () => {
    const definition = { ...byId(internalProcessMetrics({ network, settings }), 'tiers').definition };
    expect(toMetricValue(definition, 3)).toEqual({ definition, value: 3, display: '3 tiers', rag: 'amber', score: 50 });
    expect(toMetricValue(definition, Number.POSITIVE_INFINITY, { display: 'x', detail: { kind: 'min-mean-max', min: 0, mean: 0, max: 0 } })).toEqual({ definition, value: null, display: 'no data', rag: 'no-data', score: null });
  });
});
