// The objective of a two-tier structure and its parts: what every proposal, bound and chart is measured in.
import type { Instance } from './instance';
import type { ObjectiveBreakdown } from './types';

/**
 * OBJECTIVE (lower is better), in km-equivalents:
 *   countryDistance × Σ over countries without an office of (delivery weight ×) km to the sub-regional office of its cluster
 * + officeDistance  × Σ over country offices of km to their sub-regional office
 * + imbalance × IMBALANCE_KM × Σ over sub-regional offices of (countries in its cluster − mean)² / mean
 * + cost × COST_KM_PER_MUSD × annual running cost in USD millions (sub-regional vs country office tier)
 * Every term moves with the number of sub-regional offices K: more of them bring countries and country
 * offices closer to the office that supports them, and cost more to run. (The distance from a country to
 * the office covering it does not depend on K: a country always goes to its nearest office without caps,
 * so it is no trade-off and is not counted.)
 * The imbalance is the squared deviations of cluster sizes over the mean cluster size, in countries:
 * 0 when even; one cluster twice the mean adds about the mean. Each unit counts as 1,000 km. Each
 * USD 1m of running cost counts as 1,000 km, so the extra cost of one more sub-regional office
 * (USD 1m by default) must save about 1,000 km of distance at weight 1 to pay for itself.
 */
export const IMBALANCE_KM = 1000;
export const COST_KM_PER_MUSD = 1000;
/** What one unit of an unmet constraint (a country over a cap, an office outside its region) costs in the search. */
export const PENALTY = 1e7;

/**
 * The objective from its parts; `clusterSizes` has one entry (countries) per sub-regional office.
 * @example objectiveOf(inst, 50000, 20000, [10, 14]) // → { countryDistanceKm: 50000, officeDistanceKm: 20000, imbalance: 0.667, costUsd: …, total: … }
 */
export function objectiveOf(inst: Instance, countryKm: number, officeKm: number, clusterSizes: readonly number[]): ObjectiveBreakdown {
  const k = clusterSizes.length;
  const imbalance = imbalanceOf(clusterSizes);
  const costUsd = runningCostUsd(inst, k);
  const w = inst.weights;
  const total = w.countryDistance * countryKm + w.officeDistance * officeKm + otherTerms(inst, imbalance, costUsd);
  return { total, countryDistanceKm: countryKm, officeDistanceKm: officeKm, imbalance, costUsd };
}

/**
 * The objective's total from the weighted distances already summed (the join costs of instance.ts) and the cluster sizes.
 * @example totalOf(inst, 70000, [10, 14]) // → 70000 + imbalance and cost terms
 */
export function totalOf(inst: Instance, weightedKm: number, clusterSizes: readonly number[]): number {
  return weightedKm + otherTerms(inst, imbalanceOf(clusterSizes), runningCostUsd(inst, clusterSizes.length));
}

/** Annual running cost of the open offices with k of them sub-regional. */
export const runningCostUsd = (inst: Instance, k: number) => k * inst.subRegionalCostUsd + (inst.offices.length - k) * inst.countryOfficeCostUsd;

const otherTerms = (inst: Instance, imbalance: number, costUsd: number) => inst.weights.imbalance * IMBALANCE_KM * imbalance + (inst.weights.cost * COST_KM_PER_MUSD * costUsd) / 1e6;

/**
 * Squared deviations of cluster sizes from their mean, over the mean (countries).
 * @example imbalanceOf([10, 10]) // → 0
 * @example imbalanceOf([6, 12, 12]) // → (16 + 4 + 4) / 10 = 2.4
 */
export function imbalanceOf(sizes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < sizes.length; i++) sum += sizes[i]!;
  const mean = sum / Math.max(1, sizes.length);
  if (!(mean > 0)) return 0;
  let squares = 0;
  for (let i = 0; i < sizes.length; i++) squares += (sizes[i]! - mean) ** 2;
  return squares / mean;
}

