// Benchmarks of the optimiser (time to a proposal): the default data for K = 5, 12, 20 and the
// range 5–20, and a synthetic 1,000-office / 250-country network at K = 20; and, printed once, the
// heuristic's gap to the exact optimum (enumeration) on instances small enough to enumerate.
// Run: npx vitest bench --run --project unit tests/bench/optimiser.bench.ts
import { bench, describe } from 'vitest';
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import type { Network } from '../../src/lib/model/types';
import { exactOptimum } from '../../src/lib/optimiser/exactOptimum';
import { DEFAULT_OPTIMISER_OPTIONS, propose } from '../../src/lib/optimiser/propose';
import type { OptimiserOptions } from '../../src/lib/optimiser/types';
import { DEFAULT_ASSUMPTIONS } from '../../src/lib/scoring/metricDefinitions';
import { smallNetwork } from '../unit/optimiser/optimiserTestData';
import { syntheticNetwork } from './syntheticNetwork';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const options = (overrides: Partial<OptimiserOptions>): OptimiserOptions => ({ ...DEFAULT_OPTIMISER_OPTIONS, ...overrides });
const run = (network: Network, overrides: Partial<OptimiserOptions>) => propose(network, [], DEFAULT_ASSUMPTIONS, options(overrides));
const slow = { time: 0, iterations: 5, warmupIterations: 1 };

describe('optimiser: default data (48 offices, 156 countries), defaults (8 starts)', () => {
  for (const k of [5, 12, 20]) bench(`K = ${k}`, () => void run(loaded.network, { subRegionalCount: k }));
  bench('K = 5…20 (16 proposals)', () => void run(loaded.network, { subRegionalCount: { min: 5, max: 20 } }), slow);
  bench('K = 12, at most 20 countries and 5 country offices each', () => void run(loaded.network, { subRegionalCount: 12, maxCountriesPerSubRegional: 20, maxCountryOfficesPerSubRegional: 5 }), slow);
});

describe('optimiser: synthetic (1,000 offices, 250 countries)', () => {
  const synthetic = syntheticNetwork(1000, 250);
  bench('K = 20', () => void run(synthetic, { subRegionalCount: 20 }), slow);
});

// Solution quality: the heuristic's total over the enumerated optimum, on small instances.
function gapReport(label: string, cases: readonly { network: Network; overrides: Partial<OptimiserOptions> }[]): string {
  const gaps = cases.flatMap(({ network, overrides }) => {
    const exact = exactOptimum(network, [], DEFAULT_ASSUMPTIONS, options(overrides));
    if (!exact || exact.score !== exact.objective.total) return [];
    const best = run(network, overrides).best;
    return best?.feasible ? [best.objective.total / exact.objective.total - 1] : [Infinity];
  });
  const optimal = gaps.filter((g) => g <= 1e-9).length;
  const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
  return `${label}: optimum found in ${optimal} of ${gaps.length} feasible instances; mean gap ${percent(gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length))}, max gap ${percent(Math.max(0, ...gaps))}`;
}

const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
console.log(['Optimiser quality against the exact optimum (default options, 8 starts):',
  gapReport('  default data, K = 5 (33,516 subsets)', [{ network: loaded.network, overrides: { subRegionalCount: 5 } }]),
  gapReport('  12 offices / 36 countries in 2 regions, K = 3, 4, 5', seeds.flatMap((seed) => [3, 4, 5].map((k) => ({ network: smallNetwork(12, 36, seed), overrides: { subRegionalCount: k } })))),
  gapReport('  same, at most 9 countries and 3 country offices each', seeds.flatMap((seed) => [4, 5].map((k) => ({ network: smallNetwork(12, 36, seed), overrides: { subRegionalCount: k, maxCountriesPerSubRegional: 9, maxCountryOfficesPerSubRegional: 3 } })))),
  gapReport('  synthetic 15 offices / 40 countries, K = 6, one per region', seeds.slice(0, 20).map((seed) => ({ network: syntheticNetwork(15, 40, seed), overrides: { subRegionalCount: 6 } }))),
].join('\n'));
