// The optimiser starts from the scenario in front of it: a closed office is never proposed (not as a
// sub-regional office, a reporting line or a covering office), an opened office may be chosen, and the
// offices the scenario made sub-regional are kept when asked.
import { describe, expect, it } from 'vitest';
import { asOfficeId, type OfficeId } from '../../../src/lib/model/types';
import { propose, proposalToChanges } from '../../../src/lib/optimiser/propose';
import { optionsFromStart, startingPoint } from '../../../src/lib/optimiser/startingNetwork';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import type { ChangeData } from '../../../src/lib/scenario/types';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, withOptions } from './optimiserTestData';

const baseline = defaultNetwork();
const id = asOfficeId;
// Close Nairobi and Addis Ababa (both central in East Africa, so a search from today's network picks one of them).
const closed: OfficeId[] = [id('AFR-KEN'), id('AFR-ETH')];
const opened: ChangeData = {
  kind: 'open-office',
  office: { id: id('NEW-RWA'), name: 'Planned office Kigali', city: 'Kigali', hostCountry: baseline.countries.find((c) => c.code === 'RWA')!.code, region: 'Africa', tier: 'country-office', point: { lat: -1.95, lon: 30.06 }, reportsTo: null },
};
const changes: ChangeData[] = [...twoTierStartChanges(baseline), ...closed.map((office): ChangeData => ({ kind: 'close-office', office })), opened];
const scenario = deriveNetwork(baseline, changes);

describe('startingPoint', () => {
  it('takes the scenario when asked and one is open, and says what it closed, opened and made sub-regional', () => {
    const start = startingPoint(baseline, scenario, 'scenario');
    expect(start.from).toBe('scenario');
    expect([...start.closed].sort()).toEqual([...closed].sort());
    expect(start.opened).toEqual(['NEW-RWA']);
    expect(start.madeSubRegional.length).toBeGreaterThan(5);
    expect(start.madeSubRegional.some((o) => closed.includes(o))).toBe(false);
  });

  it('takes the baseline when asked, or when no scenario is open', () => {
    expect(startingPoint(baseline, scenario, 'baseline')).toMatchObject({ from: 'baseline', network: baseline, closed: [], opened: [] });
    expect(startingPoint(baseline, null, 'scenario')).toMatchObject({ from: 'baseline', network: baseline });
  });
});

describe('proposals from a scenario', () => {
  const start = startingPoint(baseline, scenario, 'scenario');

  it('never propose a closed office, for any K, even one locked in by hand', () => {
    const options = optionsFromStart(start, withOptions({ subRegionalCount: { min: 8, max: 12 }, lockedIn: [id('AFR-KEN')] }), false);
    expect(options.lockedIn).not.toContain('AFR-KEN');
    for (const p of propose(start.network, [], DEFAULT_ASSUMPTIONS, options).proposals) {
      const named = new Set<string>([...p.subRegionalOffices, ...Object.keys(p.reportsTo), ...Object.values(p.reportsTo), ...Object.values(p.coverage)]);
      for (const office of closed) expect(named.has(office), `K = ${p.k}: ${office}`).toBe(false);
    }
    // From today's network, one of them is chosen: the closure is what keeps them out.
    const fromToday = propose(baseline, [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: 12 })).best!;
    expect(fromToday.subRegionalOffices.some((o) => closed.includes(o))).toBe(true);
  });

  it('keep the offices the scenario made sub-regional when asked, and may choose the opened office', () => {
    // One more than the kept ones and Kigali: Europe and Central Asia has no office above country
    // level today (Ankara is a country office since the 2026-12 evidence), and each region needs one.
    const k = start.madeSubRegional.length + 2;
    const kept = propose(start.network, [], DEFAULT_ASSUMPTIONS, optionsFromStart(start, withOptions({ subRegionalCount: k, lockedIn: [id('NEW-RWA')] }), true)).best!;
    expect(kept.feasible).toBe(true);
    expect(kept.subRegionalOffices).toEqual(expect.arrayContaining([...start.madeSubRegional, 'NEW-RWA']));
    expect(kept.subRegionalOffices).toHaveLength(k);
    const free = propose(start.network, [], DEFAULT_ASSUMPTIONS, optionsFromStart(start, withOptions({ subRegionalCount: k }), false)).best!;
    expect(free.subRegionalOffices).not.toEqual(kept.subRegionalOffices);
  });

  it('open as a scenario that builds on the scenario: its changes, then the proposal\'s, leave no closed office leading', () => {
    const proposal = propose(start.network, [], DEFAULT_ASSUMPTIONS, optionsFromStart(start, withOptions({ subRegionalCount: 10 }), false)).best!;
    const result = deriveNetwork(baseline, [...changes, ...proposalToChanges(start.network, proposal)]);
    const leaders = result.offices.filter((o) => o.tier === 'sub-regional-office' && !o.closed).map((o) => o.id);
    expect([...leaders].sort()).toEqual([...proposal.subRegionalOffices].sort());
    expect(result.offices.filter((o) => o.closed).map((o) => o.id).sort()).toEqual([...closed].sort());
  });
});
