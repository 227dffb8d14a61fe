import { describe, expect, it } from 'vitest';
import { ALL_TIERS, type Network, type Tier } from '../../../src/lib/model/types';
import { applyChange, deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { computeOfficeScorecard, rescore } from '../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import type { OfficeFigures, Perspective, PlanningAssumptions, Scorecard } from '../../../src/lib/scoring/types';
import { country, office } from '../../fixtures/networkFixtures';
import { cc, oid } from '../scenario/scenarioTestData';
import { baseline, metricOf, perspectiveScore, scorecardOf, synthetic, twoTier } from './scoringTestData';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180; // 111.195 km along a great circle

describe('the baseline, by hand', () => {
  const card = scorecardOf(baseline);
  // Hand counts from data/offices.csv: 8 regional hubs, 8 regional offices, 32 country offices, 156 countries
  // (Ankara became a country office with the 2026-12 evidence: a 'Country Representative' in 2024).
  const cases = [
    { id: 'tiers', value: 3, display: '3 tiers', rag: 'amber', score: 50 },
    { id: 'offices-by-type', value: 48, display: '8 regional hubs · 8 regional offices · 32 country offices', rag: 'green', score: null },
    { id: 'countries-covered', value: 156, display: '156 countries', rag: 'green', score: null },
    { id: 'coverage-share', value: 100, display: '100%', rag: 'green', score: 100 },
    { id: 'countries-per-office', value: 156 / 48, display: '3.25 countries per office', rag: 'amber', score: 62.5 },
    // 48 offices, each in a different covered country.
    { id: 'in-country-office-share', value: (48 / 156) * 100, display: '30.8%', rag: 'green', score: 100 },
    // 29 country offices over 16 hubs and regional offices (the 3 of Europe and Central Asia report
    // to none); none under Ethiopia, five under Nigeria and India.
    { id: 'span-of-control', value: 29 / 16, display: '0 / 1.8 / 5', rag: 'red', score: (29 / 16 / 4) * 100 },
    // 8 × 2.0m + 8 × 1.2m + 32 × 0.6m = 44.8m; score (52 − 44.8) / (52 − 40) = 60.
    { id: 'running-cost', value: 44.8e6, display: 'USD 44.8M', rag: 'amber', score: 60 },
    { id: 'cost-per-country', value: 44.8e6 / 156, display: 'USD 287.2K per country', rag: 'amber', score: ((350e3 - 44.8e6 / 156) / 100e3) * 100 },
    { id: 'cost-change', value: 0, display: '0% (no change)', rag: 'green', score: null },
    // 8 × 12 + 8 × 7 + 32 × 4 = 280.
    { id: 'staff-by-type', value: 280, display: '96 staff in regional hubs · 56 staff in regional offices · 128 staff in country offices', rag: 'green', score: null },
    // Every office would have its type's assumed staff: a constant of the assumptions, so no data.
    { id: 'offices-below-minimum-staff', value: null, display: 'no data', rag: 'no-data', score: null },
  ];
  it.each(cases)('$id = $display', ({ id, value, display, rag, score }) => {
    const metric = metricOf(card, id);
    if (value === null) expect(metric.value).toBeNull();
    else expect(metric.value).toBeCloseTo(value, 6);
    expect(metric).toMatchObject({ display, rag });
    if (score === null) expect(metric.score).toBeNull();
    else expect(metric.score).toBeCloseTo(score, 6);
  });

  // Haversine by hand, R = 6371.0088 km, from Addis Ababa (9.03, 38.74) to Somalia's point (4.74, 45.68): 902.3 km.
  it('puts Somalia about 902 km from Addis Ababa, which covers it since the 2026-12 evidence', () => {
    const somalia = metricOf(card, 'distance-mean').drillDown?.items.find((i) => i.id === 'SOM');
    expect(somalia).toMatchObject({ label: 'Somalia (from Addis Ababa)', unit: 'km' });
    expect(Math.abs((somalia?.value ?? 0) - 902.3)).toBeLessThan(0.5);
  });

  it('breaks coverage down by region, summing to the whole', () => {
    const byRegion = metricOf(card, 'countries-covered').byRegion ?? {};
    expect(Object.values(byRegion).reduce((a: number, b) => a + (b ?? 0), 0)).toBe(156);
    expect(byRegion.Africa).toBe(48);
  });

  it('lists countries farthest from their office first', () => {
    const items = metricOf(card, 'distance-max').drillDown?.items ?? [];
    expect(items).toHaveLength(156);
    expect(items[0]?.value).toBe(metricOf(card, 'distance-max').value);
    expect(items.every((item, i) => i === 0 || (items[i - 1]?.value ?? 0) >= item.value)).toBe(true);
  });
});

describe('a small network, by hand', () => {
  // H (hub, at 0°,0°) covers AAA (LDC, at H), BBB (SIDS, 10° east) and EEE (Arab States, 5° east);
  // C (country office at 0°,30°, reports to H) covers CCC (LLDC, at C); the closed X still lists FFF.
  const network: Network = {
    countries: [
      country('AAA', { ldc: true }), country('BBB', { sids: true, point: { lat: 0, lon: 10 } }), country('CCC', { lldc: true, point: { lat: 0, lon: 30 } }),
      country('DDD', { region: null }), country('EEE', { region: 'Arab States', point: { lat: 0, lon: 5 } }), country('FFF'),
    ],
    offices: [
      office('H', ['AAA', 'BBB', 'EEE'], { tier: 'regional-hub' }),
      office('C', ['CCC'], { reportsTo: oid('H'), point: { lat: 0, lon: 30 } }),
      office('X', ['FFF'], { tier: 'regional-office', closed: true }),
    ],
  };
  const card = scorecardOf(network, { baseline: network, settings: { ...DEFAULT_SCORING_SETTINGS, distanceThresholdKm: 1000 } });
  const d = KM_PER_DEGREE;
  const cases = [
    { id: 'countries-covered', value: 4 },
    { id: 'coverage-share', value: 80 }, // FFF is covered only by a closed office; DDD is outside the regions
    { id: 'in-country-office-share', value: 50 },
    { id: 'distance-mean', value: (10 * d + 5 * d) / 4 },
    { id: 'distance-max', value: 10 * d },
    { id: 'distance-to-sub-regional-mean', value: (10 * d + 5 * d + 30 * d) / 4 }, // CCC's sub-regional office is H
    { id: 'countries-beyond-threshold', value: 1 },
    { id: 'ldc-within-threshold', value: 100 },
    { id: 'lldc-within-threshold', value: 100 },
    { id: 'sids-within-threshold', value: 0 },
    { id: 'time-zone-gap-mean', value: (10 / 15 + 5 / 15) / 4 },
    { id: 'tiers', value: 2 },
    { id: 'offices-by-type', value: 2 },
    { id: 'span-of-control', value: 1 },
    { id: 'countries-per-office', value: 2 },
    { id: 'countries-per-office-balance', value: (Math.SQRT2 / 2) * 100 }, // loads 3 and 1: sample sd √2, mean 2
    { id: 'covered-from-outside-region', value: 1 },
    { id: 'reporting-distance-mean', value: 30 * d },
    { id: 'running-cost', value: 2.0e6 + 0.6e6 },
  ];
  it.each(cases)('$id = $value', ({ id, value }) => {
    expect(metricOf(card, id).value).toBeCloseTo(value, 6);
  });
});

describe('imported figures', () => {
  const figures: OfficeFigures[] = [
    { office: oid('AFR-KEN'), year: 2022, tcDeliveryUsd: 99e6 },
    { office: oid('AFR-KEN'), year: 2023, tcDeliveryUsd: 2.4e6, budgetUsd: 1.2e6, staff: 6, representativeVacant: true },
    { office: oid('AFR-GHA'), year: 2023, tcDeliveryUsd: 0.6e6, staff: 3, representativeVacant: false },
  ];
  const card = scorecardOf(baseline, { figures });
  const cases = [
    { id: 'delivery-per-cost', value: 3e6 / (1.2e6 + 0.6e6), display: 'USD 1.67 per USD' }, // Ghana's cost is the assumption
    { id: 'delivery-per-staff', value: 3e6 / 9, display: 'USD 333.3K per staff' },
    { id: 'vacant-representative-posts', value: 1, display: '1 post' },
    { id: 'offices-below-minimum-staff', value: 1, display: '1 office' },
    { id: 'staff-by-type', value: 280 - 7 + 6 - 4 + 3, display: '96 staff in regional hubs · 55 staff in regional offices · 127 staff in country offices' },
  ];
  it.each(cases)('$id = $display', ({ id, value, display }) => {
    expect(metricOf(card, id).value).toBeCloseTo(value, 6);
    expect(metricOf(card, id).display).toBe(display);
  });

  it('without them, the figure-based metrics say "no data" — never an invented number', () => {
    const none = scorecardOf(baseline);
    for (const id of ['delivery-per-cost', 'delivery-per-staff', 'vacant-representative-posts']) {
      expect(metricOf(none, id)).toMatchObject({ value: null, display: 'no data', rag: 'no-data', score: null });
    }
  });
});

describe('properties', () => {
  const figuresFor = (network: Network): OfficeFigures[] =>
    network.offices.filter((_, i) => i % 3 === 0).map((o, i) => ({ office: o.id, year: 2023, tcDeliveryUsd: 1e6 + i * 1e4, staff: 2 + (i % 9), budgetUsd: i % 2 ? 1e6 : undefined, representativeVacant: i % 4 === 0 }));
  const closedSome = deriveNetwork(twoTier, [{ kind: 'close-office', office: oid('AFR-MLI') }, { kind: 'assign-country', country: cc('SOM'), office: oid('ARB-EGY') }]);
  const networks = [['baseline', baseline], ['two-tier scenario', twoTier], ['scenario with a closed office', closedSome], ['synthetic 5,000 offices', synthetic]] as const;

  it.each(networks)('every score of the %s stays in [0, 100], with and without figures', (_, network) => {
    for (const card of [scorecardOf(network), scorecardOf(network, { figures: figuresFor(network) })]) {
      const scores = [card.overall, ...card.perspectives.flatMap((p) => [p.score, ...p.metrics.map((m) => m.score)])].filter((s) => s !== null);
      expect(scores.length).toBeGreaterThan(0);
      for (const s of scores) expect(s >= 0 && s <= 100).toBe(true);
    }
  });

  const scale = (a: PlanningAssumptions, raise: (usd: number, tier: Tier) => number): PlanningAssumptions => ({
    ...a, annualCostUsd: Object.fromEntries(ALL_TIERS.map((t) => [t, raise(a.annualCostUsd[t], t)])) as Record<Tier, number>,
  });
  const raises = [
    ['every cost × 1.1', (usd: number) => usd * 1.1], ['every cost + USD 100k', (usd: number) => usd + 1e5], ['every cost × 3', (usd: number) => usd * 3],
    ...ALL_TIERS.map((tier) => [`only ${tier} × 1.5`, (usd: number, t: Tier) => (t === tier ? usd * 1.5 : usd)] as const),
  ] as const;
  it.each(networks.slice(0, 3))('raising a cost never raises the resources score of the %s', (_, network) => {
    for (const figures of [[], figuresFor(network)]) {
      const before = perspectiveScore(scorecardOf(network, { figures }), 'resources') ?? 0;
      for (const [, raise] of raises) {
        const after = perspectiveScore(scorecardOf(network, { figures, assumptions: scale(DEFAULT_ASSUMPTIONS, raise) }), 'resources') ?? 0;
        expect(after).toBeLessThanOrEqual(before + 1e-9);
      }
    }
  });

  it('equal networks score equally', () => {
    const awayAndBack = deriveNetwork(baseline, [{ kind: 'assign-country', country: cc('SOM'), office: oid('AFR-KEN') }, { kind: 'assign-country', country: cc('SOM'), office: oid('AFR-ETH') }]);
    expect(awayAndBack).not.toBe(baseline);
    expect(scorecardOf(awayAndBack)).toEqual(scorecardOf(baseline));
    expect(scorecardOf(structuredClone(twoTier))).toEqual(scorecardOf(twoTier));
  });

  it('only open offices count', () => {
    const closed = applyChange(baseline, { kind: 'close-office', office: oid('AFR-MLI') });
    const card = scorecardOf(closed);
    expect(metricOf(card, 'offices-by-type').value).toBe(47);
    expect(metricOf(card, 'countries-covered').value).toBe(155);
    expect(metricOf(card, 'running-cost').value).toBeCloseTo(44.8e6 - 0.6e6, 3);
    expect(metricOf(card, 'cost-change').display).toBe('−1.3% (−USD 0.6M)');
  });
});

describe('rescore', () => {
  const weightings: Record<Perspective, number>[] = [
    { 'member-states': 25, 'internal-process': 25, resources: 25, people: 25 },
    { 'member-states': 100, 'internal-process': 0, resources: 0, people: 0 },
    { 'member-states': 1, 'internal-process': 2, resources: 3, people: 4 },
    { 'member-states': 0, 'internal-process': 0, resources: 0, people: 0 },
  ];
  it.each(weightings)('equals computeScorecard with the new weights %o', (perspectiveWeights) => {
    for (const network of [baseline, twoTier]) {
      const settings = { ...DEFAULT_SCORING_SETTINGS, perspectiveWeights };
      expect(rescore(scorecardOf(network), perspectiveWeights)).toEqual(scorecardOf(network, { settings }));
    }
  });

  it('gives the overall as the weighted mean of the perspective scores', () => {
    const card: Scorecard = scorecardOf(baseline);
    // People and learning has no data without imported staff figures: the overall is the mean of the other three.
    expect(perspectiveScore(card, 'people')).toBeNull();
    const scores = card.perspectives.flatMap((p) => (p.score === null ? [] : [p.score]));
    expect(scores).toHaveLength(3);
    expect(card.overall).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 3, 9);
    expect(rescore(card, { 'member-states': 0, 'internal-process': 0, resources: 1, people: 1 }).overall).toBe(perspectiveScore(card, 'resources'));
    expect(rescore(card, { 'member-states': 0, 'internal-process': 0, resources: 0, people: 1 }).overall).toBeNull();
  });
});

describe('computeOfficeScorecard', () => {
  it('describes Regional Office Kenya: its countries, span, cost and staff', () => {
    const card = computeOfficeScorecard(baseline, oid('AFR-KEN'), DEFAULT_ASSUMPTIONS, [], DEFAULT_SCORING_SETTINGS);
    expect(card).toMatchObject({ countriesCovered: 5, spanOfControl: 3, annualCostUsd: 1.2e6, costSource: 'assumption', staff: 7, staffSource: 'assumption', figures: null });
    expect(card?.countries.map((c) => c.code).sort()).toEqual(['COM', 'ERI', 'KEN', 'SSD', 'SYC']);
    expect(card?.reportingOffices.map((o) => o.id).sort()).toEqual(['AFR-RWA', 'AFR-TZA', 'AFR-UGA']);
    expect(card?.maxDistanceKm).toBe(card?.countries[0]?.distanceKm);
    // Haversine by hand from Nairobi (-1.29, 36.82) to Eritrea's point (15.36, 38.85): 1,864.8 km.
    expect(Math.abs((card?.countries.find((c) => c.code === 'ERI')?.distanceKm ?? 0) - 1864.8)).toBeLessThan(0.5);
  });

  it('uses imported figures where there are some, and knows no unknown office', () => {
    const figures = [{ office: oid('AFR-KEN'), year: 2023, staff: 5, budgetUsd: 2e6 }];
    expect(computeOfficeScorecard(baseline, oid('AFR-KEN'), DEFAULT_ASSUMPTIONS, figures, DEFAULT_SCORING_SETTINGS)).toMatchObject({ staff: 5, staffSource: 'imported', annualCostUsd: 2e6, costSource: 'imported', figures: figures[0] });
    expect(computeOfficeScorecard(baseline, oid('NOPE'), DEFAULT_ASSUMPTIONS, [], DEFAULT_SCORING_SETTINGS)).toBeNull();
  });
});
