// The pack's net changes: the difference between today's network and the scenario's, each
// office once with its final state, whatever the order and number of edits that led there.
import { describe, expect, it } from 'vitest';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { summariseNetChanges } from '../../../src/lib/scenario/netChanges';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import type { ChangeData } from '../../../src/lib/scenario/types';
import { baselineNetwork, cc, oid } from './scenarioTestData';

const baseline = baselineNetwork();
const net = (changes: ChangeData[]) => summariseNetChanges(baseline, deriveNetwork(baseline, changes));
const officeIds = (result: ReturnType<typeof net>) => result.byRegion.flatMap((g) => g.offices.map((o) => o.office.id));

describe('summariseNetChanges', () => {
  it('an office whose tier changed twice appears once, with its final tier', () => {
    const result = net([
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'sub-regional-office' },
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'country-office' },
    ]);
    expect(officeIds(result)).toEqual(['AFR-KEN']);
    const kenya = result.byRegion[0]?.offices[0];
    expect(kenya).toMatchObject({ tierBefore: 'regional-office', tierChanged: true, opened: false, closed: false, reportsTo: null });
    expect(kenya?.office.tier).toBe('country-office');
    const row = (tier: string) => result.tierCounts.find((r) => r.tier === tier);
    expect(row('regional-office')!.after).toBe(row('regional-office')!.before - 1);
    expect(row('country-office')!.after).toBe(row('country-office')!.before + 1);
  });

  it('a change taken back by a later one leaves nothing to brief', () => {
    const result = net([
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'sub-regional-office' },
      { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'regional-office' },
      { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-ETH') },
      { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-KEN') },
    ]);
    expect(result.byRegion).toEqual([]);
    expect(result.coverageMoves).toEqual([]);
    expect(result.tierCounts.every((r) => r.before === r.after)).toBe(true);
  });

  it('a country moved twice is one move, from today’s office to the last one, listed under the office it leaves', () => {
    const result = net([
      { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-UGA') },
      { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-ETH') },
    ]);
    expect(result.coverageMoves.map((m) => [m.country.code, m.from?.id, m.to?.id])).toEqual([['SSD', 'AFR-KEN', 'AFR-ETH']]);
    expect(officeIds(result)).toEqual(['AFR-KEN']);
    expect(result.byRegion[0]?.offices[0]?.lost.map((m) => m.country.code)).toEqual(['SSD']);
  });

  it('counts closed and opened offices, reporting lines that change and countries left uncovered', () => {
    const result = net([
      { kind: 'close-office', office: oid('AFR-KEN') },
      { kind: 'set-reports-to', office: oid('AFR-UGA'), reportsTo: oid('AFR-ETH') },
      { kind: 'open-office', office: { id: oid('AFR-GHA-NEW'), name: 'UNIDO Office Ghana', city: 'Accra', hostCountry: cc('GHA'), region: 'Africa', tier: 'sub-regional-office', point: { lat: 5.6, lon: -0.19 }, reportsTo: null } },
    ]);
    expect(result.closed.map((o) => o.id)).toEqual(['AFR-KEN']);
    expect(result.opened.map((o) => o.id)).toEqual(['AFR-GHA-NEW']);
    expect(result.reportingLineChanges).toBe(1);
    const kenya = result.byRegion.flatMap((g) => g.offices).find((o) => o.office.id === 'AFR-KEN');
    expect(kenya?.closed).toBe(true);
    // Its five countries are left uncovered: each counted once as a move to no office.
    expect(kenya?.lost.map((m) => m.to)).toEqual([null, null, null, null, null]);
    expect(result.coverageMoves).toHaveLength(5);
  });

  it('the two-tier start: every regional hub and office becomes a sub-regional office, once each, grouped by region', () => {
    const result = net(twoTierStartChanges(baseline));
    const changed = result.byRegion.flatMap((g) => g.offices);
    const oldTier = baseline.offices.filter((o) => o.tier === 'regional-hub' || o.tier === 'regional-office');
    expect(changed).toHaveLength(oldTier.length);
    expect(new Set(changed.map((c) => c.office.id)).size).toBe(changed.length);
    expect(changed.every((c) => c.office.tier === 'sub-regional-office' && c.tierChanged)).toBe(true);
    expect(result.tierCounts.find((r) => r.tier === 'sub-regional-office')).toEqual({ tier: 'sub-regional-office', before: 0, after: oldTier.length });
    expect(result.byRegion.map((g) => g.region)).toEqual([...new Set(result.byRegion.map((g) => g.region))]);
  });
});
