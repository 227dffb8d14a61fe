// Each perspective's score and the overall, worked out by hand on a small network from the
// metric definitions (target, zero-score point, weight) — not from the code's own output.
// Also: "no data" never counts as a score of zero, and the coverage share never passes 100 %.
import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/lib/model/types';
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { country, office } from '../../fixtures/networkFixtures';
import { cc, oid } from '../scenario/scenarioTestData';
import { baseline, metricOf, perspectiveScore, scorecardOf } from './scoringTestData';

const d = (6371.0088 * Math.PI) / 180; // km per degree of a great circle

// H (hub at 0°,0°) covers AAA (LDC, at H), BBB (SIDS, 10° east) and EEE (Arab States, 5° east);
// C (country office at 0°,30°, reports to H) covers CCC (LLDC, at C); the closed X lists FFF;
// DDD is outside the organisation's regions and uncovered. Threshold 1,000 km.
const small: Network = {
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
const settings = { ...DEFAULT_SCORING_SETTINGS, distanceThresholdKm: 1000 };
// Imported staff for both open offices (as the assumptions would give them), so people and learning has data.
const staffFigures = [{ office: oid('H'), year: 2025, staff: 12 }, { office: oid('C'), year: 2025, staff: 4 }];
const card = scorecardOf(small, { baseline: small, settings, figures: staffFigures });

// Member States (weights in brackets): coverage 4/5 = 80 % → 0 [2]; in-country 2/4 = 50 % → 100 [1];
// mean distance 15d/4 ≈ 417 km → 100 [2]; p90 of {0, 0, 5d, 10d} = 8.5d ≈ 945 km → 100 [1];
// max 10d ≈ 1,112 km → 100 [0.5]; to sub-regional 45d/4 ≈ 1,251 km → 100 [1];
// 1 country beyond 1,000 km → (20 − 1)/20 = 95 [1]; LDC 100 % → 100 [1]; LLDC 100 % → 100 [1];
// SIDS 0 % → 0 [1]; time-zone gap 0.25 h → 100 [0.5]. Σ weights 12, Σ weighted scores 895.
const memberStates = 895 / 12;
// Internal process: 2 tiers → 100 [2]; span of control 1 (HIGHER 4…0) → 25 [1];
// 2 countries per office (HIGHER 4…2) → 0 [1]; balance √2/2 = 70.71 % (LOWER 50…150) → 79.29 [1];
// 1 country from outside its region (LOWER 0…4) → 75 [1]; reporting distance 30d ≈ 3,336 km
// (LOWER 1,500…3,500) → 8.21 [1].
const balanceScore = ((150 - (Math.SQRT2 / 2) * 100) / 100) * 100;
const reportingScore = ((3500 - 30 * d) / 2000) * 100;
const internalProcess = (2 * 100 + 25 + 0 + balanceScore + 75 + reportingScore) / 7;
// Resources: cost 2.0M + 0.6M = 2.6M (LOWER 40M…52M) → 100 [1]; 650K per country (LOWER 250K…350K)
// → 0 [1]; cost change informational; both delivery metrics have no data and are left out.
const resources = (100 + 0) / 2;
// People: staff informational; vacant posts no data (left out); imported staff 12 and 4, none below 4 → 100 [1].
const people = 100;

describe('each perspective of a small network, by hand', () => {
  it.each([
    ['member-states', memberStates],
    ['internal-process', internalProcess],
    ['resources', resources],
    ['people', people],
  ])('%s scores %d', (perspective, expected) => {
    expect(perspectiveScore(card, perspective)).toBeCloseTo(expected, 6);
  });

  it('the overall is the mean of the four (equal weights)', () => {
    expect(card.overall).toBeCloseTo((memberStates + internalProcess + resources + people) / 4, 6);
  });

  it('a perspective weight of 0 leaves that perspective out of the overall', () => {
    const weights = { 'member-states': 0, 'internal-process': 1, resources: 1, people: 2 };
    const reweighted = scorecardOf(small, { baseline: small, settings: { ...settings, perspectiveWeights: weights }, figures: staffFigures });
    expect(reweighted.overall).toBeCloseTo((internalProcess + resources + 2 * people) / 4, 6);
  });
});

describe('"no data" is left out, never scored as zero', () => {
  it('without imported figures the delivery metrics say no data and resources is the mean of the two cost scores', () => {
    expect(metricOf(card, 'delivery-per-cost')).toMatchObject({ value: null, rag: 'no-data', score: null, display: 'no data' });
    expect(perspectiveScore(card, 'resources')).toBe(50); // with "no data" as 0 it would read 25
  });

  it('the baseline: resources (60 + 62.82) / 2 by hand; people and learning has no data without staff figures', () => {
    const card = scorecardOf(baseline);
    const costPerCountry = ((350e3 - 44.8e6 / 156) / 100e3) * 100; // 62.82
    expect(perspectiveScore(card, 'resources')).toBeCloseTo((60 + costPerCountry) / 2, 6);
    // Only the planning assumption would feed it (a constant 100 for every option): no data, left out.
    expect(perspectiveScore(card, 'people')).toBeNull();
  });

  it('people and learning scores for real once staff figures are imported', () => {
    const understaffed = scorecardOf(small, { baseline: small, settings, figures: [{ office: oid('H'), year: 2025, staff: 12 }, { office: oid('C'), year: 2025, staff: 2 }] });
    expect(metricOf(understaffed, 'offices-below-minimum-staff').value).toBe(1); // C has 2 < 4
    expect(perspectiveScore(understaffed, 'people')).toBeCloseTo(75, 6); // LOWER 0…4: (4 − 1)/4
    expect(perspectiveScore(scorecardOf(small, { baseline: small, settings }), 'people')).toBeNull();
  });

  it('a perspective with no scored metric that has data has no score, and the overall ignores it', () => {
    const onlyPeople = { ...settings, metricOverrides: { 'offices-below-minimum-staff': { weight: 0 } } };
    const c = scorecardOf(small, { baseline: small, settings: onlyPeople });
    expect(perspectiveScore(c, 'people')).toBeNull();
    expect(c.overall).toBeCloseTo((memberStates + internalProcess + resources) / 3, 6);
  });
});

describe('the coverage share counts only the programme countries', () => {
  it('a covered country outside the regions joins the programme: 5 of 6 countries, not 5 of 5', () => {
    const withOutside = applyChange(small, { kind: 'assign-country', country: cc('DDD'), office: oid('H') });
    const c = scorecardOf(withOutside, { baseline: withOutside, settings });
    expect(metricOf(c, 'countries-covered').value).toBe(5);
    expect(metricOf(c, 'coverage-share').value).toBeCloseTo((5 / 6) * 100, 9);
  });

  it('the baseline with Australia covered from Beijing: 157 of 157 countries, 100 % (not 100.64 %)', () => {
    const withAustralia = applyChange(baseline, { kind: 'assign-country', country: cc('AUS'), office: oid('ASP-CHN') });
    const c = scorecardOf(withAustralia);
    expect(metricOf(c, 'countries-covered').value).toBe(157);
    expect(metricOf(c, 'coverage-share')).toMatchObject({ value: 100, display: '100%', rag: 'green', score: 100 });
  });
});
