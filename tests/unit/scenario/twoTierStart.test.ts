import { describe, expect, it } from 'vitest';
import { isOldTier } from '../../../src/lib/model/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { checkScenario } from '../../../src/lib/scenario/checkScenario';
import { twoTierStartChanges } from '../../../src/lib/scenario/twoTierStart';
import { office, validNetwork } from '../../fixtures/networkFixtures';
import { baselineNetwork, oid } from './scenarioTestData';

describe('twoTierStartChanges', () => {
  const cases = [
    {
      name: 'a hub at the top gets a tier change only',
      network: validNetwork(),
      expected: [{ kind: 'set-tier', office: 'H', tier: 'sub-regional-office' }],
    },
    {
      name: 'a regional office under a hub is also cut loose from it',
      network: { ...validNetwork(), offices: [office('H', ['AAA'], { tier: 'regional-hub' }), office('R', ['BBB'], { tier: 'regional-office', reportsTo: oid('H') })] },
      expected: [
        { kind: 'set-tier', office: 'H', tier: 'sub-regional-office' },
        { kind: 'set-tier', office: 'R', tier: 'sub-regional-office' },
        { kind: 'set-reports-to', office: 'R', reportsTo: null },
      ],
    },
    {
      name: 'closed and already two-tier offices are left alone',
      network: { ...validNetwork(), offices: [office('H', ['AAA'], { tier: 'regional-hub', closed: true }), office('S', ['BBB'], { tier: 'sub-regional-office' })] },
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ network, expected }) => {
    expect(twoTierStartChanges(network)).toEqual(expected);
  });
});

describe('a two-tier start on the real baseline', () => {
  const baseline = baselineNetwork();
  const oldTier = baseline.offices.filter((o) => isOldTier(o.tier));
  const started = deriveNetwork(baseline, twoTierStartChanges(baseline));
  const problems = checkScenario(started);

  it('starts from 8 regional hubs and 8 regional offices (Ankara is a country office since the 2026-12 evidence)', () => {
    expect(oldTier.filter((o) => o.tier === 'regional-hub')).toHaveLength(8);
    expect(oldTier.filter((o) => o.tier === 'regional-office')).toHaveLength(8);
  });

  it('makes every one of them a sub-regional office reporting to no office', () => {
    const sros = started.offices.filter((o) => o.tier === 'sub-regional-office');
    expect(sros.map((o) => o.id)).toEqual(oldTier.map((o) => o.id));
    expect(sros).toHaveLength(16);
    expect(sros.every((o) => o.reportsTo === null)).toBe(true);
  });

  it('keeps country offices in place', () => {
    const countryOffices = (net: typeof baseline) => net.offices.filter((o) => o.tier === 'country-office');
    expect(countryOffices(started)).toEqual(countryOffices(baseline));
  });

  const EUROPE_AND_CENTRAL_ASIA = ['ECA-TUR', 'ECA-ARM', 'ECA-KGZ'].map((id) => ({ kind: 'office', id }));

  it('leaves no old tier and no broken line; only the country offices of Europe and Central Asia, with no office above them, report to nothing', () => {
    const blocking = ['old-tier-left', 'reports-to-country-office', 'reports-to-unknown-office', 'reporting-cycle', 'sub-regional-office-reports-up', 'uncovered-country'];
    expect(problems.filter((p) => blocking.includes(p.kind))).toEqual([]);
    expect(problems.filter((p) => p.kind === 'reports-to-nothing').map((p) => p.target)).toEqual(EUROPE_AND_CENTRAL_ASIA);
  });

  it('otherwise only asks about sub-regional offices that nobody reports to', () => {
    const lonely = started.offices.filter((o) => o.tier === 'sub-regional-office' && !started.offices.some((c) => c.reportsTo === o.id));
    expect(problems.filter((p) => p.kind !== 'reports-to-nothing').map((p) => p.target)).toEqual(lonely.map((o) => ({ kind: 'office', id: o.id })));
  });

  it('makes every old hub and regional office a sub-regional office, nothing else', () => {
    const subRegional = started.offices.filter((o) => !o.closed && o.tier === 'sub-regional-office');
    expect(subRegional.map((o) => o.id)).toEqual(oldTier.map((o) => o.id));
  });
});
