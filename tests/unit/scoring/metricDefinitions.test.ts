import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS, DEFAULT_SCORING_SETTINGS, metricDefinition, resolveMetric } from '../../../src/lib/scoring/metricDefinitions';
import { PERSPECTIVES, type MetricDefinition, type MetricOverrides } from '../../../src/lib/scoring/types';

describe('DEFAULT_METRICS', () => {
  it('has unique ids and every perspective has a scored metric', () => {
    expect(new Set(DEFAULT_METRICS.map((m) => m.id)).size).toBe(DEFAULT_METRICS.length);
    for (const perspective of PERSPECTIVES) {
      expect(DEFAULT_METRICS.some((m) => m.perspective === perspective && m.weight > 0)).toBe(true);
    }
  });

  it.each(DEFAULT_METRICS.map((m) => [m.id, m] as const))('%s: ordered thresholds, a unit, a definition, a non-negative weight', (_, m) => {
    const sign = m.direction === 'higher-is-better' ? 1 : -1;
    expect(sign * (m.target - m.amberLimit)).toBeGreaterThanOrEqual(0);
    expect(sign * (m.amberLimit - m.zeroScoreAt)).toBeGreaterThanOrEqual(0);
    expect(m.target).not.toBe(m.zeroScoreAt);
    expect(m.unit.length).toBeGreaterThan(0);
    expect(m.definition.length).toBeGreaterThan(40);
    expect(m.weight).toBeGreaterThanOrEqual(0);
  });

  it('starts with equal perspective weights and no overrides', () => {
    expect(Object.values(DEFAULT_SCORING_SETTINGS.perspectiveWeights)).toEqual([25, 25, 25, 25]);
    expect(DEFAULT_SCORING_SETTINGS.metricOverrides).toEqual({});
  });
});

describe('resolveMetric', () => {
  const tiers = metricDefinition('tiers', {});
  const cases: { name: string; overrides: MetricOverrides; expected: MetricDefinition }[] = [
    { name: 'no override', overrides: {}, expected: tiers },
    { name: 'another metric overridden', overrides: { 'distance-mean': { weight: 9 } }, expected: tiers },
    { name: 'weight and target', overrides: { tiers: { weight: 3, target: 1 } }, expected: { ...tiers, weight: 3, target: 1 } },
    { name: 'an explicit undefined keeps the default', overrides: { tiers: { weight: undefined, amberLimit: 5 } }, expected: { ...tiers, amberLimit: 5 } },
  ];
  it.each(cases)('$name', ({ overrides, expected }) => {
    expect(resolveMetric(tiers, overrides)).toEqual(expected);
  });

  it('throws for an unknown metric id (a programmer error)', () => {
    expect(() => metricDefinition('nope', {})).toThrow('Unknown metric');
  });
});
