import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/lib/optimiser/propose';
import type { OptimiserOptions } from '../../../src/lib/optimiser/types';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import type { OfficeFigures } from '../../../src/lib/scoring/types';
import { syntheticNetwork } from '../../bench/syntheticNetwork';
import { brokenRules, defaultNetwork, oid, withOptions } from './optimiserTestData';

const network = defaultNetwork();
const figures: OfficeFigures[] = network.offices.map((o, i) => ({ office: o.id, year: 2023, tcDeliveryUsd: 1e6 + ((i * 7919) % 13) * 5e5 }));

const optionSets: { name: string; options: Partial<OptimiserOptions>; allFeasible: boolean }[] = [
  { name: 'the defaults', options: {}, allFeasible: true },
  { name: 'no region rules', options: { keepWithinRegion: false, atLeastOnePerRegion: false }, allFeasible: true },
  { name: 'at most 8 country offices and 24 countries each', options: { maxCountryOfficesPerSubRegional: 8, maxCountriesPerSubRegional: 24 }, allFeasible: false },
  { name: 'locks', options: { lockedIn: [oid('ASP-CHN'), oid('AFR-ZAF')], lockedOut: [oid('ARB-EGY'), oid('LAC-MEX'), oid('AFR-KEN')] }, allFeasible: true },
  { name: 'weighted by delivery, imbalance and cost weighed heavily', options: { objective: { countryDistance: 1, weightByDelivery: true, officeDistance: 2, imbalance: 10, cost: 5 } }, allFeasible: true },
];

describe('every constraint holds in every feasible proposal, and an infeasible one says why', () => {
  for (const { name, options, allFeasible } of optionSets) {
    it(`default data, K = 5…20, ${name}`, () => {
      const opts = withOptions({ ...options, subRegionalCount: { min: 5, max: 20 } });
      const result = propose(network, figures, DEFAULT_ASSUMPTIONS, opts);
      expect(result.proposals.map((p) => p.k)).toEqual(Array.from({ length: 16 }, (_, i) => 5 + i));
      for (const proposal of result.proposals) {
        const broken = brokenRules(network, opts, proposal);
        expect({ k: proposal.k, broken, feasible: proposal.feasible }).toEqual({ k: proposal.k, broken: proposal.feasible ? [] : broken, feasible: broken.length === 0 });
        expect(proposal.violations.length === 0).toBe(proposal.feasible);
      }
      if (allFeasible) expect(result.proposals.every((p) => p.feasible)).toBe(true);
      expect(result.best?.feasible).toBe(true);
    });
  }

  const synthetic = syntheticNetwork(120, 200, 3);
  for (const { name, options } of optionSets.filter((s) => !s.name.startsWith('locks'))) {
    it(`synthetic 120 offices / 200 countries, K = 15 and 20, ${name}`, () => {
      for (const k of [15, 20]) {
        const opts = withOptions({ ...options, subRegionalCount: k, maxCountriesPerSubRegional: options.maxCountriesPerSubRegional ? 40 : null });
        const proposal = propose(synthetic, [], DEFAULT_ASSUMPTIONS, opts).best!;
        expect(brokenRules(synthetic, opts, proposal)).toEqual([]);
        expect(proposal.feasible).toBe(true);
      }
    });
  }
});
