import { describe, expect, it } from 'vitest';
import type { OfficeFigures } from '../../../src/lib/scoring/types';
import { exactOptimum } from '../../../src/lib/optimiser/exactOptimum';
import { propose } from '../../../src/lib/optimiser/propose';
import type { OptimiserOptions } from '../../../src/lib/optimiser/types';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, oid, smallNetwork, withOptions } from './optimiserTestData';

const figures: OfficeFigures[] = Array.from({ length: 10 }, (_, i) => ({ office: oid(`O${i}`), year: 2023, tcDeliveryUsd: (i + 1) * 1e6 }));

const variants: { name: string; options: Partial<OptimiserOptions>; figures?: OfficeFigures[] }[] = [
  { name: 'default weights', options: {} },
  { name: 'no region rule', options: { keepWithinRegion: false, atLeastOnePerRegion: false } },
  { name: 'imbalance and cost weighed heavily', options: { objective: { countryDistance: 1, weightByDelivery: false, officeDistance: 1, imbalance: 20, cost: 5 } } },
  { name: 'office distance only', options: { objective: { countryDistance: 0, weightByDelivery: false, officeDistance: 1, imbalance: 0, cost: 0 } } },
  { name: 'weighted by delivery', options: { objective: { countryDistance: 1, weightByDelivery: true, officeDistance: 1, imbalance: 0.5, cost: 1 } }, figures },
  { name: 'at most 3 country offices each', options: { maxCountryOfficesPerSubRegional: 3 } },
  { name: 'at most 12 countries each', options: { maxCountriesPerSubRegional: 12 } },
  { name: 'O1 locked in, O2 and O3 locked out', options: { lockedIn: [oid('O1')], lockedOut: [oid('O2'), oid('O3')] } },
];

describe('the heuristic against the exact optimum (enumeration)', () => {
  for (const variant of variants) {
    for (const [offices, countries, k, seed] of [[8, 24, 2, 1], [9, 26, 3, 2], [10, 30, 3, 3], [10, 30, 4, 4]] as const) {
      it(`${variant.name}: ${offices} offices, ${countries} countries, K = ${k}, seed ${seed}`, () => {
        const network = smallNetwork(offices, countries, seed);
        const options = withOptions({ ...variant.options, subRegionalCount: k, starts: 4 });
        const heuristic = propose(network, variant.figures ?? [], DEFAULT_ASSUMPTIONS, options).best!;
        const exact = exactOptimum(network, variant.figures ?? [], DEFAULT_ASSUMPTIONS, options)!;
        expect(heuristic.feasible).toBe(exact.score === exact.objective.total);
        expect(heuristic.objective.total).toBeCloseTo(exact.objective.total, 6);
      });
    }
  }
});

describe('the heuristic over a sweep of small instances (the stated gap)', () => {
  // 60 seeds × K = 2, 3, 4 on 10 offices / 30 countries in two regions: the heuristic finds the
  // enumerated optimum in at least 98% of the instances, and is never more than 2% above it.
  for (const [name, overrides] of [
    ['default options', {}],
    ['no region rule', { keepWithinRegion: false, atLeastOnePerRegion: false }],
  ] as const) {
    it(name, () => {
      const gaps: number[] = [];
      for (let seed = 1; seed <= 60; seed++) {
        for (const k of [2, 3, 4]) {
          const network = smallNetwork(10, 30, seed);
          const options = withOptions({ ...overrides, subRegionalCount: k });
          const heuristic = propose(network, [], DEFAULT_ASSUMPTIONS, options).best!;
          const exact = exactOptimum(network, [], DEFAULT_ASSUMPTIONS, options)!;
          gaps.push(heuristic.objective.total / exact.objective.total - 1);
        }
      }
      expect(Math.min(...gaps)).toBeGreaterThan(-1e-9);
      expect(Math.max(...gaps)).toBeLessThan(0.02);
      expect(gaps.filter((g) => g > 1e-9).length / gaps.length).toBeLessThanOrEqual(0.02);
    });
  }
});

describe('exactOptimum', () => {
  it('matches the heuristic on the default data for K = 5, one per region', () => {
    const network = defaultNetwork();
    const options = withOptions({ subRegionalCount: 5 });
    const exact = exactOptimum(network, [], DEFAULT_ASSUMPTIONS, options)!;
    const heuristic = propose(network, [], DEFAULT_ASSUMPTIONS, options).best!;
    expect(heuristic.subRegionalOffices).toEqual(exact.subRegionalOffices);
    expect(heuristic.objective).toEqual(exact.objective);
  });

  it.each([
    ['K larger than the candidates', { subRegionalCount: 11 }],
    ['more offices locked in than K', { subRegionalCount: 1, lockedIn: [oid('O1'), oid('O2')] }],
  ])('finds no set when %s', (_, overrides) => {
    expect(exactOptimum(smallNetwork(10, 30, 1), [], DEFAULT_ASSUMPTIONS, withOptions({ atLeastOnePerRegion: false, ...overrides }))).toBeNull();
  });

  it('refuses instances too big to enumerate', () => {
    expect(() => exactOptimum(defaultNetwork(), [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: 12 }))).toThrow(/Too many subsets/);
  });
});
