// How robust a ranking of scenarios is to the perspective weights: re-score the candidates under
// many random weightings around the chosen ones and count how often each comes first.
import { rescore } from './computeScorecard';
import { PERSPECTIVES, type Perspective, type Scorecard } from './types';
import { seededRandom } from '../model/seededRandom';

export { seededRandom };


/**
 * Each weight times a random factor in [1 − spread, 1 + spread], renormalised to sum to 1
 * (equal weights if they all come out zero).
 * @example perturbWeights({ 'member-states': 25, … }, 0, Math.random) // → { 'member-states': 0.25, … }
 */
export function perturbWeights(weights: Readonly<Record<Perspective, number>>, spread: number, next: () => number): Record<Perspective, number> {
  const raw = PERSPECTIVES.map((p) => Math.max(0, weights[p] * (1 + spread * (2 * next() - 1))));
  const total = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(PERSPECTIVES.map((p, i) => [p, total > 0 ? (raw[i] ?? 0) / total : 1 / PERSPECTIVES.length])) as Record<Perspective, number>;
}

/** Ranks by overall score, best = 1; ties share the mean of their places; no score ranks last. */
function ranksOf(overalls: readonly (number | null)[]): number[] {
  const value = (i: number) => overalls[i] ?? -Infinity;
  return overalls.map((_, i) => {
    let better = 0;
    let tied = 0;
    overalls.forEach((_, j) => {
      if (value(j) > value(i)) better++;
      else if (value(j) === value(i)) tied++;
    });
    return better + (tied + 1) / 2;
  });
}

/**
 * How often each candidate ranks first, and its mean rank, over `samples` random weightings
 * around `weights`. Candidates tied for first share that sample's win, so shares sum to 1.
 * Deterministic for a seed.
 * @example rankingRobustness([{ id: 'a', scorecard: a }, { id: 'b', scorecard: b }], weights, { samples: 500, spread: 0.5, seed: 1 })
 * // → [{ id: 'a', firstShare: 0.83, meanRank: 1.17 }, { id: 'b', firstShare: 0.17, meanRank: 1.83 }]
 */
export function rankingRobustness(
  candidates: readonly { id: string; scorecard: Scorecard }[],
  weights: Record<Perspective, number>,
  options: { samples: number; spread: number; seed: number },
): { id: string; firstShare: number; meanRank: number }[] {
  if (!(options.samples >= 1)) throw new RangeError('rankingRobustness needs at least one sample');
  const next = seededRandom(options.seed);
  const firsts = candidates.map(() => 0);
  const rankSums = candidates.map(() => 0);
  for (let s = 0; s < options.samples; s++) {
    const sampled = perturbWeights(weights, options.spread, next);
    const ranks = ranksOf(candidates.map((c) => rescore(c.scorecard, sampled).overall));
    const best = Math.min(...ranks);
    const winners = ranks.filter((rank) => rank === best).length;
    ranks.forEach((rank, i) => {
      rankSums[i] = (rankSums[i] ?? 0) + rank;
      if (rank === best) firsts[i] = (firsts[i] ?? 0) + 1 / winners;
    });
  }
  return candidates.map((c, i) => ({ id: c.id, firstShare: (firsts[i] ?? 0) / options.samples, meanRank: (rankSums[i] ?? 0) / options.samples }));
}
