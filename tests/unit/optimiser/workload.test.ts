// The live workload table's figures, worked out by hand on a small network.
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/lib/geo/greatCircle';
import type { Network } from '../../../src/lib/model/types';
import { computeWorkload } from '../../../src/lib/optimiser/workload';
import { country, office } from '../../fixtures/networkFixtures';

const at = (lon: number, lat = 0) => ({ lat, lon });
// S1 leads C1 and C2 (closed); S2 leads nobody. Countries: AAA, BBB (S1), CCC (C1), DDD (C2, closed), EEE (S2).
const network: Network = {
  countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((code, i) => country(code, { point: at(i * 2) })),
  offices: [
    office('S1', ['AAA', 'BBB'], { tier: 'sub-regional-office', point: at(0) }),
    office('C1', ['CCC'], { tier: 'country-office', reportsTo: 'S1' as never, point: at(4) }),
    office('C2', ['DDD'], { tier: 'country-office', reportsTo: 'S1' as never, point: at(6), closed: true }),
    office('S2', ['EEE'], { tier: 'sub-regional-office', point: at(8) }),
    office('S3', [], { tier: 'sub-regional-office', point: at(9), closed: true }),
  ],
};

describe('computeWorkload', () => {
  const w = computeWorkload(network, { maxCountries: 2, maxCountryOffices: 0 });

  it('one row per open sub-regional office, largest cluster first, counting open country offices and their countries', () => {
    expect(w.rows.map((r) => [r.office, r.countryOffices, r.countries])).toEqual([['S1', 1, 3], ['S2', 0, 1]]);
  });

  it('gives the farthest and mean distance from the office to the countries of its cluster', () => {
    const km = [0, 2, 4].map((lon) => distanceKm(at(0), at(lon)));
    expect(w.rows[0]!.farthestKm).toBeCloseTo(km[2]!, 6);
    expect(w.rows[0]!.meanKm).toBeCloseTo((km[0]! + km[1]! + km[2]!) / 3, 6);
    expect(w.rows[1]).toMatchObject({ farthestKm: 0, meanKm: 0 });
  });

  it('measures the load against the caps and the mean, and the imbalance as the optimiser does', () => {
    expect(w.rows.map((r) => [r.overCountryCap, r.overOfficeCap, r.aboveMean])).toEqual([[true, true, 1], [false, false, -1]]);
    expect(w.meanCountries).toBe(2);
    expect(w.imbalance).toBeCloseTo((1 + 1) / 2, 10);
    expect(computeWorkload(network, { maxCountries: null, maxCountryOffices: null }).rows.some((r) => r.overCountryCap || r.overOfficeCap)).toBe(false);
  });

  it('a network without sub-regional offices has no rows and no imbalance', () => {
    expect(computeWorkload({ ...network, offices: network.offices.map((o) => ({ ...o, tier: 'country-office' as const })) }, { maxCountries: null, maxCountryOffices: null })).toEqual({ rows: [], imbalance: 0, meanCountries: 0 });
  });
});
