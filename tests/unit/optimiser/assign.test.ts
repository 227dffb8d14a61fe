import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/lib/geo/greatCircle';
import type { Network } from '../../../src/lib/model/types';
import { COST_KM_PER_MUSD, IMBALANCE_KM, evaluate, imbalanceOf, objectiveOf } from '../../../src/lib/optimiser/assign';
import { buildInstance } from '../../../src/lib/optimiser/instance';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { country, office } from '../../fixtures/networkFixtures';
import { withOptions } from './optimiserTestData';

const at = (lon: number, lat = 0) => ({ lat, lon });
/** Offices A (lon 0), B (1), D (2) and C (10) on the equator; free countries E1 (0.3), E2 (0.6) and E3 (10, lat 1). */
const line: Network = {
  countries: [
    country('AAA', { point: at(0) }), country('BBB', { point: at(1) }), country('DDD', { point: at(2) }), country('CCC', { point: at(10) }),
    country('EE1', { point: at(0.3) }), country('EE2', { point: at(0.6) }), country('EE3', { point: at(10, 1) }),
  ],
  offices: [
    office('A', ['AAA', 'EE1'], { point: at(0) }), office('B', ['BBB', 'EE2'], { point: at(1) }),
    office('D', ['DDD'], { point: at(2) }), office('C', ['CCC', 'EE3'], { point: at(10) }),
  ],
};
const [A, B, D, C] = [0, 1, 2, 3];
const instanceOf = (overrides: Parameters<typeof withOptions>[0] = {}) => buildInstance(line, [], DEFAULT_ASSUMPTIONS, withOptions(overrides));

describe('imbalanceOf', () => {
  it.each([
    [[], 0],
    [[7], 0],
    [[10, 10], 0],
    [[6, 12, 12], 2.4],
    [[0, 0, 0], 0],
    [[2, 18], 12.8],
  ])('%j → %d', (sizes, expected) => {
    expect(imbalanceOf(sizes)).toBeCloseTo(expected, 10);
  });
});

describe('objectiveOf', () => {
  it('weighs km, imbalance (1,000 km a unit) and cost (1,000 km per USD 1m) as documented', () => {
    const inst = buildInstance(line, [], DEFAULT_ASSUMPTIONS, withOptions({ objective: { countryDistance: 2, weightByDelivery: false, officeDistance: 3, imbalance: 0.5, cost: 0.25 } }));
    const o = objectiveOf(inst, 100, 10, [6, 12, 12]);
    expect(o.costUsd).toBe(3 * 1.6e6 + 1 * 0.6e6);
    expect(o.imbalance).toBeCloseTo(2.4, 10);
    expect(o.total).toBeCloseTo(2 * 100 + 3 * 10 + 0.5 * IMBALANCE_KM * 2.4 + (0.25 * COST_KM_PER_MUSD * o.costUsd) / 1e6, 6);
  });
});

describe('evaluate', () => {
  it('without caps: every office to its nearest sub-regional office, every free country to its nearest office, counted to the sub-regional office of its cluster', () => {
    const ev = evaluate(instanceOf(), [A, C]);
    expect([...ev.sroOf]).toEqual([A, A, A, C]);
    expect([...ev.coverOf]).toEqual([A, B, C]);
    expect(ev.breakdown.officeDistanceKm).toBeCloseTo(distanceKm(at(1), at(0)) + distanceKm(at(2), at(0)), 6);
    // E2 is covered by B, which reports to A: E2 counts its distance to A.
    expect(ev.breakdown.countryDistanceKm).toBeCloseTo(distanceKm(at(0.3), at(0)) + distanceKm(at(0.6), at(0)) + distanceKm(at(10, 1), at(10)), 6);
    expect(ev.violationUnits).toBe(0);
    expect(ev.score).toBe(ev.breakdown.total);
  });

  it.each([
    ['a country cap of 4 sends E2 to the nearest office of a cluster with room', { maxCountriesPerSubRegional: 4 }, [A, A, A, C], [A, C, C], 0],
    ['a cap of 1 country office sends D, which loses least, to C', { maxCountryOfficesPerSubRegional: 1 }, [A, A, C, C], [A, B, C], 0],
    ['a country cap of 2 cannot be met: B fits with its host country only, and 3 countries are over', { maxCountriesPerSubRegional: 2 }, [A, A, C, C], [A, B, C], 3],
  ])('%s', (_, caps, sroOf, coverOf, units) => {
    const ev = evaluate(instanceOf(caps), [A, C]);
    expect([...ev.sroOf]).toEqual(sroOf);
    expect([...ev.coverOf]).toEqual(coverOf);
    expect(ev.violationUnits).toBe(units);
  });

  it('counts each office with no sub-regional office in its region as a violation, placed with the nearest one; countries stay in their region', () => {
    const network = { ...line, offices: line.offices.map((o) => (o.id === 'C' ? { ...o, region: 'Arab States' as const } : o)) };
    const ev = evaluate(buildInstance(network, [], DEFAULT_ASSUMPTIONS, withOptions({})), [C]);
    expect([...ev.sroOf]).toEqual([C, C, C, C]);
    expect([...ev.coverOf]).toEqual([A, B, D]);
    expect(ev.violationUnits).toBe(3);
  });
});
