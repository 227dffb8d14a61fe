// Benchmarks of the scorecard: a full recompute for the default data and for a synthetic
// 5,000-office / 250-country network, a re-weighting (what a slider costs), and the
// robustness run over 500 random weightings of four options.
// Run: npm run bench:node
import { bench, describe } from 'vitest';
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import type { Network } from '../../src/lib/model/types';
import { deriveNetwork } from '../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../src/lib/scenario/twoTierStart';
import { computeScorecard, rescore } from '../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../src/lib/scoring/metricDefinitions';
import { rankingRobustness } from '../../src/lib/scoring/sensitivity';
import { syntheticNetwork } from './syntheticNetwork';
import { scorecardRecompute } from './workloads';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const score = (network: Network, baseline: Network) => computeScorecard({ network, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS });

for (const [label, baseline] of [
  ['default data (48 offices, 156 countries)', loaded.network],
  ['synthetic (5,000 offices, 250 countries)', syntheticNetwork(5000, 250)],
] as const) {
  describe(`scorecard: ${label}`, () => {
    const recompute = scorecardRecompute(baseline);
    bench('full recompute (computeScorecard)', () => void recompute());
  });
}

describe('weights (default data)', () => {
  const baseline = loaded.network;
  const options = [baseline, deriveNetwork(baseline, twoTierStartChanges(baseline))].map((n, i) => ({ id: String(i), scorecard: score(n, baseline) }));
  // Two more options: the two-tier network with Somalia and Djibouti covered from elsewhere.
  const moved = deriveNetwork(baseline, [...twoTierStartChanges(baseline), { kind: 'assign-country', country: 'SOM' as never, office: 'AFR-ETH' as never }]);
  options.push({ id: '2', scorecard: score(moved, baseline) }, { id: '3', scorecard: score(deriveNetwork(moved, [{ kind: 'assign-country', country: 'DJI' as never, office: 'AFR-KEN' as never }]), baseline) });
  const weights = { 'member-states': 40, 'internal-process': 20, resources: 30, people: 10 };
  bench('re-weight one scorecard (slider move)', () => {
    rescore(options[0]!.scorecard, weights);
  });
  bench('robustness: 500 weightings × 4 options', () => {
    rankingRobustness(options, weights, { samples: 500, spread: 0.5, seed: 7 });
  });
});
