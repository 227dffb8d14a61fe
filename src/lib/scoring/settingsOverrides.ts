// The targets, limits and weights a workspace set away from the defaults, for a briefing that
// must state what the scores were measured against.
import { DEFAULT_METRICS, resolveMetric } from './metricDefinitions';
import type { MetricDefinition, MetricOverrides } from './types';

export const OVERRIDABLE_FIELDS = ['target', 'amberLimit', 'zeroScoreAt', 'weight'] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];

export interface DifferingSetting {
  readonly definition: MetricDefinition;
  readonly field: OverridableField;
  readonly value: number;
  readonly defaultValue: number;
}

/**
 * Every metric field whose value differs from its default, in the order of the metrics.
 * @example differingSettings({ tiers: { target: 3, weight: 2 } })
 * // → [{ definition: tiers (resolved), field: 'target', value: 3, defaultValue: 2 }] (its weight 2 is the default, so it is left out)
 */
export function differingSettings(overrides: MetricOverrides): DifferingSetting[] {
  return DEFAULT_METRICS.flatMap((defaults) => {
    const resolved = resolveMetric(defaults, overrides);
    return OVERRIDABLE_FIELDS.filter((field) => resolved[field] !== defaults[field]).map((field) => ({ definition: resolved, field, value: resolved[field], defaultValue: defaults[field] }));
  });
}
