// The trade-off is honest on the default data: every term of the objective moves with the number of
// sub-regional offices, and each proposal is proven optimal (or shown within 1 % of a lower bound).
import { describe, expect, it } from 'vitest';
import { buildInstance } from '../../../src/lib/optimiser/instance';
import { certify, lowerBound } from '../../../src/lib/optimiser/certify';
import { exactOptimum } from '../../../src/lib/optimiser/exactOptimum';
import { findKnee } from '../../../src/lib/optimiser/knee';
import { propose } from '../../../src/lib/optimiser/propose';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, smallNetwork, withOptions } from './optimiserTestData';

const network = defaultNetwork();
// One run for the whole file (several seconds on a loaded machine).
const range = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: { min: 6, max: 16 } })).proposals;

describe('the trade-off on the default data, K = 6…16', () => {
  it('every proposal is feasible', () => {
    expect(range.map((p) => p.feasible)).toEqual(range.map(() => true));
  });

  it('each term moves with K: distances to the sub-regional offices fall, running cost rises', () => {
    const first = range[0]!.objective;
    const last = range[range.length - 1]!.objective;
    expect(last.countryDistanceKm).toBeLessThan(first.countryDistanceKm * 0.85);
    expect(last.officeDistanceKm).toBeLessThan(first.officeDistanceKm * 0.6);
    expect(last.costUsd).toBeGreaterThan(first.costUsd);
    // No term is the same for every K (the old country term was).
    for (const term of ['countryDistanceKm', 'officeDistanceKm', 'imbalance', 'costUsd'] as const) {
      expect(new Set(range.map((p) => Math.round(p.objective[term]))).size, term).toBeGreaterThan(3);
    }
  });

  it('has a knee inside the range (diminishing returns), not at its largest K', () => {
    const knee = findKnee(range.map((p) => ({ k: p.k, total: p.objective.total })));
    expect(knee).not.toBeNull();
    expect(knee!).toBeGreaterThan(6);
    expect(knee!).toBeLessThan(16);
  });

  it('every proposal is the proven optimum (enumeration region by region), so within 1 %', () => {
    for (const p of range) {
      expect(p.quality, `K = ${p.k}`).toMatchObject({ kind: 'exact', gapPercent: 0 });
      expect(p.objective.total).toBeCloseTo(p.quality!.bound, 3);
    }
  });

  it('with caps (not separable by region) the view gets a lower bound below the proposal', () => {
    const [capped] = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: 12, maxCountriesPerSubRegional: 20 })).proposals;
    expect(capped!.quality?.kind).toBe('lower-bound');
    expect(capped!.quality!.bound).toBeLessThanOrEqual(capped!.objective.total);
    expect(capped!.quality!.gapPercent).toBeGreaterThan(0);
  });
});

describe('certify against plain enumeration of every subset (small networks)', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    for (const k of [2, 3, 4]) {
      it(`seed ${seed}, K = ${k}: the exact value is the enumerated optimum, and the lower bound is below it`, () => {
        const small = smallNetwork(10, 30, seed);
        const options = withOptions({ subRegionalCount: k, objective: { countryDistance: 1, weightByDelivery: false, officeDistance: 1, imbalance: 3, cost: 1 } });
        const inst = buildInstance(small, [], DEFAULT_ASSUMPTIONS, options);
        const exact = exactOptimum(small, [], DEFAULT_ASSUMPTIONS, options)!;
        const certificate = certify(inst, [k]).get(k)!;
        expect(certificate.kind).toBe('exact');
        expect(certificate.value).toBeCloseTo(exact.score, 6);
        expect(lowerBound(inst, k)).toBeLessThanOrEqual(exact.score + 1e-6);
      });
    }
  }
});
