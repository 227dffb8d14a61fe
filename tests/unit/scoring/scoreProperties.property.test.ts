// Properties of the scorecard that hold for any network, checked on arbitrary small networks
// (fast-check): every score stays in [0, 100]; shares stay in [0, 100]; and where a metric's
// definition says "more is better" (or worse), moving its input that way never lowers (raises)
// its score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Each property scores a hundred-odd networks: seconds on a busy machine.
const PROPERTY_TIMEOUT_MS = 60_000;
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { DEFAULT_METRICS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import { scoreValue } from '../../../src/lib/scoring/scoreMetric';
import type { MetricDefinition, Rag, Scorecard } from '../../../src/lib/scoring/types';
import { arbitraryFigures, arbitraryNetwork } from './arbitraryNetwork';
import { metricOf, scorecardOf } from './scoringTestData';

const allScores = (card: Scorecard) =>
  [card.overall, ...card.perspectives.flatMap((p) => [p.score, ...p.metrics.map((m) => m.score)])].filter((s): s is number => s !== null);
const inRange = (n: number) => n >= 0 && n <= 100;
const SHARES = ['coverage-share', 'in-country-office-share', 'ldc-within-threshold', 'lldc-within-threshold', 'sids-within-threshold'];

describe('any network', () => {
  const withFigures = arbitraryNetwork.chain((network) => fc.tuple(fc.constant(network), arbitraryFigures(network)));

  it('every metric, perspective and overall score is in [0, 100]; every share in [0, 100]', () => {
    fc.assert(fc.property(withFigures, ([network, figures]) => {
      const card = scorecardOf(network, { baseline: network, figures });
      for (const score of allScores(card)) expect(inRange(score)).toBe(true);
      for (const id of SHARES) {
        const { value } = metricOf(card, id);
        if (value !== null) expect(inRange(value)).toBe(true);
      }
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT_MS);

  it('covering one more programme country never lowers the countries covered or the coverage share', () => {
    fc.assert(fc.property(arbitraryNetwork, fc.nat(), (network, pick) => {
      const open = network.offices.filter((o) => !o.closed);
      const coveredByOpen = new Set(open.flatMap((o) => o.coveredCountries));
      const uncovered = network.countries.filter((c) => !coveredByOpen.has(c.code));
      fc.pre(open.length > 0 && uncovered.length > 0);
      const target = uncovered[pick % uncovered.length]!;
      const after = applyChange(network, { kind: 'assign-country', country: target.code, office: open[0]!.id });
      const [b, a] = [scorecardOf(network, { baseline: network }), scorecardOf(after, { baseline: network })];
      expect(metricOf(a, 'countries-covered').value).toBe((metricOf(b, 'countries-covered').value ?? 0) + 1);
      expect(metricOf(a, 'coverage-share').value!).toBeGreaterThanOrEqual((metricOf(b, 'coverage-share').value ?? 0) - 1e-9);
      expect(metricOf(a, 'coverage-share').value!).toBeLessThanOrEqual(100);
    }), { numRuns: 150 });
  }, PROPERTY_TIMEOUT_MS);

  it('a larger distance threshold never puts more countries beyond it nor fewer LDCs/LLDCs/SIDS within it', () => {
    fc.assert(fc.property(arbitraryNetwork, fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 5000 }), (network, threshold, extra) => {
      const at = (km: number) => scorecardOf(network, { baseline: network, settings: { ...DEFAULT_SCORING_SETTINGS, distanceThresholdKm: km } });
      const [near, far] = [at(threshold), at(threshold + extra)];
      expect(metricOf(far, 'countries-beyond-threshold').value!).toBeLessThanOrEqual(metricOf(near, 'countries-beyond-threshold').value!);
      for (const id of ['ldc-within-threshold', 'lldc-within-threshold', 'sids-within-threshold']) {
        const [n, f] = [metricOf(near, id).value, metricOf(far, id).value];
        if (n !== null) expect(f!).toBeGreaterThanOrEqual(n - 1e-9);
      }
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT_MS);
});

describe('scoreValue, for every default metric', () => {
  const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, 'no-data': -1 };
  const value = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const better = (m: MetricDefinition, a: number, b: number) => (m.direction === 'higher-is-better' ? a >= b : a <= b);

  it.each(DEFAULT_METRICS.filter((m) => m.weight > 0).map((m) => [m.id, m] as const))('%s: score in [0, 100], never lower (nor a worse RAG) for a better value', (_, metric) => {
    fc.assert(fc.property(value, value, (a, b) => {
      const [sa, sb] = [scoreValue(metric, a), scoreValue(metric, b)];
      expect(inRange(sa.score!)).toBe(true);
      if (better(metric, a, b)) {
        expect(sa.score!).toBeGreaterThanOrEqual(sb.score!);
        expect(RAG_ORDER[sa.rag]).toBeGreaterThanOrEqual(RAG_ORDER[sb.rag]);
      }
    }), { numRuns: 200 });
    // On target: full marks and green; at the zero-score point: 0.
    expect(scoreValue(metric, metric.target)).toEqual({ rag: 'green', score: 100 });
    expect(scoreValue(metric, metric.zeroScoreAt).score).toBe(0);
  });

  it('an informational metric (weight 0) keeps its RAG and has no score', () => {
    const informational = DEFAULT_METRICS.find((m) => m.weight === 0)!;
    expect(scoreValue(informational, informational.target)).toEqual({ rag: 'green', score: null });
  });
});
