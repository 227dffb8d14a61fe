import { describe, expect, it } from 'vitest';
import { NEIGHBOURS, buildInstance } from '../../../src/lib/optimiser/instance';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import type { OfficeFigures } from '../../../src/lib/scoring/types';
import { syntheticNetwork } from '../../bench/syntheticNetwork';
import { defaultNetwork, oid, withOptions } from './optimiserTestData';

const network = defaultNetwork();

describe('buildInstance', () => {
  it('on the default data: 48 offices, 108 countries without an office, five regions, every candidate tried', () => {
    const inst = buildInstance(network, [], DEFAULT_ASSUMPTIONS, withOptions({}));
    expect(inst.offices).toHaveLength(48);
    expect(inst.free).toHaveLength(108);
    expect(inst.hosted.every((h, i) => h.length === 1 && h[0]!.code === inst.offices[i]!.hostCountry)).toBe(true);
    expect(inst.regionsPresent).toEqual([0, 1, 2, 3, 4]);
    expect(inst.neighbours).toBeNull();
    expect([...inst.bundle].reduce((s, x) => s + x, 0)).toBe(156);
    expect(inst.free.every((c) => c.options.length > 0 && c.options.every((o) => inst.offices[o]!.region === c.country.region))).toBe(true);
  });

  it.each([
    ['an office closed by a scenario is no client, and its countries are covered from elsewhere', { lockedOut: [] }, (n: typeof network) => ({ ...n, offices: n.offices.map((o) => (o.id === 'AFR-KEN' ? { ...o, closed: true } : o)) }), 47, 109],
    ['without the region rule every office may cover every country', { keepWithinRegion: false }, (n: typeof network) => n, 48, 108],
  ])('%s', (_, options, change, offices, free) => {
    const inst = buildInstance(change(network), [], DEFAULT_ASSUMPTIONS, withOptions(options));
    expect(inst.offices).toHaveLength(offices);
    expect(inst.free).toHaveLength(free);
    if (!withOptions(options).keepWithinRegion) expect(inst.free.every((c) => c.options.length === 48)).toBe(true);
  });

  it('marks locked-out offices as no candidates and drops them from the locked-in list', () => {
    const inst = buildInstance(network, [], DEFAULT_ASSUMPTIONS, withOptions({ lockedIn: [oid('AFR-KEN'), oid('ASP-CHN'), oid('NOPE')], lockedOut: [oid('AFR-KEN')] }));
    const index = (id: string) => inst.offices.findIndex((o) => o.id === id);
    expect(inst.isCandidate[index('AFR-KEN')]).toBe(0);
    expect(inst.lockedIn).toEqual([index('ASP-CHN')]);
  });

  it('weighs countries by the latest delivery of the office covering them now, mean 1; 1 without figures or when not asked', () => {
    const figures: OfficeFigures[] = [
      { office: oid('AFR-KEN'), year: 2022, tcDeliveryUsd: 1e6 },
      { office: oid('AFR-KEN'), year: 2023, tcDeliveryUsd: 9e6 },
      { office: oid('LAC-MEX'), year: 2023, tcDeliveryUsd: 3e6 },
    ];
    const weighted = buildInstance(network, figures, DEFAULT_ASSUMPTIONS, withOptions({ objective: { ...withOptions({}).objective, weightByDelivery: true } }));
    const weightOf = (code: string) => weighted.free.find((c) => c.country.code === code)!.weight;
    const withFigure = weighted.free.filter((c) => ['AFR-KEN', 'LAC-MEX'].includes(network.offices.find((o) => o.coveredCountries.includes(c.country.code))!.id));
    expect(withFigure.reduce((s, c) => s + c.weight, 0) / withFigure.length).toBeCloseTo(1, 10);
    expect(weightOf('ERI') / weightOf('GTM')).toBeCloseTo(3, 10);
    expect(weightOf('LBR')).toBe(1);
    expect(buildInstance(network, figures, DEFAULT_ASSUMPTIONS, withOptions({})).free.every((c) => c.weight === 1)).toBe(true);
  });

  it('on a big network keeps each office\'s nearest candidates for the swaps, and gives a shared host country to one office', () => {
    const synthetic = syntheticNetwork(300, 100, 1);
    const inst = buildInstance(synthetic, [], DEFAULT_ASSUMPTIONS, withOptions({}));
    expect(inst.neighbours?.every((list, i) => list.length === NEIGHBOURS && !list.includes(i))).toBe(true);
    const row = (i: number) => inst.officeKm.subarray(i * 300, i * 300 + 300);
    const list = inst.neighbours![0]!;
    expect([...list].every((j, p) => p === 0 || row(0)[list[p - 1]!]! <= row(0)[j]!)).toBe(true);
    expect(inst.hosted.flat()).toHaveLength(100);
    expect(new Set(inst.hosted.flat().map((c) => c.code)).size).toBe(100);
  });
});
