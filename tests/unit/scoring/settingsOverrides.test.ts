// What a briefing states as "measured against other settings than the defaults": exactly the
// overridden fields that differ from the default table, in the table's order.
import { describe, expect, it } from 'vitest';
import { differingSettings } from '../../../src/lib/scoring/settingsOverrides';

const summary = (overrides: Parameters<typeof differingSettings>[0]) =>
  differingSettings(overrides).map(({ definition, field, value, defaultValue }) => ({ metric: definition.id, field, value, defaultValue }));

describe('differingSettings', () => {
  it('lists nothing when nothing is overridden', () => {
    expect(differingSettings({})).toEqual([]);
  });

  it('lists a changed target but not a weight set to its default (tiers: target 2, weight 2 by default)', () => {
    expect(summary({ tiers: { target: 3, weight: 2 } })).toEqual([{ metric: 'tiers', field: 'target', value: 3, defaultValue: 2 }]);
  });

  it('lists every changed field of a metric, in the order target, amber limit, zero-score point, weight', () => {
    expect(summary({ 'distance-mean': { weight: 4, zeroScoreAt: 3200, amberLimit: 1800, target: 900 } })).toEqual([
      { metric: 'distance-mean', field: 'target', value: 900, defaultValue: 1000 },
      { metric: 'distance-mean', field: 'amberLimit', value: 1800, defaultValue: 2000 },
      { metric: 'distance-mean', field: 'zeroScoreAt', value: 3200, defaultValue: 3000 },
      { metric: 'distance-mean', field: 'weight', value: 4, defaultValue: 2 },
    ]);
  });

  it('follows the order of the scorecard, not of the overrides, and carries the resolved definition', () => {
    const differing = differingSettings({ 'offices-below-minimum-staff': { weight: 0 }, 'coverage-share': { target: 98 } });
    expect(differing.map((d) => d.definition.id)).toEqual(['coverage-share', 'offices-below-minimum-staff']);
    expect(differing[0]?.definition.target).toBe(98);
    expect(differing[1]?.definition.weight).toBe(0);
  });

  it('ignores a blank (undefined or not finite) override, which keeps the default', () => {
    expect(summary({ tiers: { target: undefined, weight: Number.NaN } })).toEqual([]);
  });
});
