// Shared inputs of the scoring tests: the real baseline, a two-tier scenario built on it, a
// synthetic 5,000-office network, and a helper to score any of them with the defaults.
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { computeScorecard, type ScorecardInput } from '../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';
import type { MetricValue, Scorecard } from '../../../src/lib/scoring/types';
import type { Network } from '../../../src/lib/model/types';
import { syntheticNetwork } from '../../bench/syntheticNetwork';
import { baselineNetwork } from '../scenario/scenarioTestData';

export const baseline = baselineNetwork();
export const twoTier = deriveNetwork(baseline, twoTierStartChanges(baseline));
export const synthetic = syntheticNetwork(5000, 250);

export function inputFor(network: Network, overrides: Partial<ScorecardInput> = {}): ScorecardInput {
  return { network, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS, ...overrides };
}

export function scorecardOf(network: Network, overrides: Partial<ScorecardInput> = {}): Scorecard {
  return computeScorecard(inputFor(network, overrides));
}

export function metricOf(card: Scorecard, id: string): MetricValue {
  const found = card.perspectives.flatMap((p) => p.metrics).find((m) => m.definition.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
}

export function perspectiveScore(card: Scorecard, perspective: string): number | null {
  return card.perspectives.find((p) => p.perspective === perspective)?.score ?? null;
}
