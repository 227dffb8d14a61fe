import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/lib/model/types';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import frenchMessages from '../../../src/lib/i18n/messages/fr';
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { PROBLEM_KINDS, checkScenario } from '../../../src/lib/scenario/checkScenario';
import type { ScenarioProblem } from '../../../src/lib/scenario/types';
import { country, office } from '../../fixtures/networkFixtures';
import { baselineNetwork, cc, oid } from './scenarioTestData';

/** A finished two-tier network: sub-regional office S covers AAA and BBB; country office C covers CCC and reports to S. */
function twoTierNetwork(): Network {
  return {
    countries: [country('AAA'), country('BBB'), country('CCC'), country('DDD', { region: null })],
    offices: [office('S', ['AAA', 'BBB'], { tier: 'sub-regional-office' }), office('C', ['CCC'], { reportsTo: oid('S') })],
  };
}

const withOffices = (...offices: Network['offices']): Network => ({ ...twoTierNetwork(), offices });
const S = office('S', ['AAA', 'BBB'], { tier: 'sub-regional-office' });

describe('checkScenario', () => {
  it('finds nothing wrong in a finished two-tier network, and ignores uncovered countries outside the regions', () => {
    expect(checkScenario(twoTierNetwork())).toEqual([]);
  });

  const cases: { kind: ScenarioProblem['kind']; network: Network; target: ScenarioProblem['target']; message: RegExp }[] = [
    {
      kind: 'uncovered-country',
      network: withOffices(S, office('C', [], { reportsTo: oid('S') })),
      target: { kind: 'country', code: cc('CCC') },
      message: /Country CCC is covered by no office: assign it to an open office/,
    },
    {
      kind: 'covered-by-closed-office',
      network: withOffices(S, office('C', ['CCC'], { reportsTo: oid('S'), closed: true })),
      target: { kind: 'country', code: cc('CCC') },
      message: /Country CCC is still covered from Office C, which this scenario closes: assign it to an open office/,
    },
    {
      kind: 'reports-to-closed-office',
      network: withOffices(S, office('X', [], { tier: 'sub-regional-office', closed: true }), office('C', ['CCC'], { reportsTo: oid('X') })),
      target: { kind: 'office', id: oid('C') },
      message: /Office C reports to Office X, which this scenario closes: make it report to an open sub-regional office/,
    },
    {
      kind: 'reports-to-nothing',
      network: withOffices(S, office('C', ['CCC'])),
      target: { kind: 'office', id: oid('C') },
      message: /Office C reports to no office: in the two-tier model every country office reports to a sub-regional office/,
    },
    {
      kind: 'reports-to-country-office',
      network: withOffices(office('S', ['AAA'], { tier: 'sub-regional-office' }), office('C', ['CCC'], { reportsTo: oid('S') }), office('B', ['BBB'], { reportsTo: oid('C') })),
      target: { kind: 'office', id: oid('B') },
      message: /Office B reports to Office C, a country office: make it report to a sub-regional office/,
    },
    {
      kind: 'reports-to-unknown-office',
      network: withOffices(S, office('C', ['CCC'], { reportsTo: oid('GONE') })),
      target: { kind: 'office', id: oid('C') },
      message: /Office C reports to "GONE", which is not an office of this network/,
    },
    {
      kind: 'reporting-cycle',
      network: withOffices(S, office('C', ['CCC'], { reportsTo: oid('C') })),
      target: { kind: 'office', id: oid('C') },
      message: /Reporting lines go round in a circle: Office C → Office C/,
    },
    {
      kind: 'sub-regional-office-without-offices',
      network: withOffices(S, office('C', ['CCC'], { reportsTo: oid('S') }), office('E', [], { tier: 'sub-regional-office' })),
      target: { kind: 'office', id: oid('E') },
      message: /No open office reports to Office E: make country offices report to it, or make it a country office/,
    },
    {
      kind: 'sub-regional-office-reports-up',
      network: withOffices(office('S', ['AAA', 'BBB'], { tier: 'sub-regional-office', reportsTo: oid('T') }), office('T', [], { tier: 'sub-regional-office' }), office('C', ['CCC'], { reportsTo: oid('S') })),
      target: { kind: 'office', id: oid('S') },
      message: /Office S is a sub-regional office but reports to Office T: in two tiers it reports to headquarters/,
    },
    {
      // An office just opened (placed on the map) covers nothing until countries are assigned to it.
      kind: 'office-covers-nothing',
      network: withOffices(S, office('C', ['CCC'], { reportsTo: oid('S') }), office('N', [], { reportsTo: oid('S'), hostCountry: cc('BBB') })),
      target: { kind: 'office', id: oid('N') },
      message: /^Office N covers no country, not even its host country Country BBB: assign countries to it, or close it\.$/,
    },
    {
      kind: 'old-tier-left',
      network: withOffices(office('S', ['AAA', 'BBB'], { tier: 'regional-hub' }), office('C', ['CCC'], { reportsTo: oid('S') })),
      target: { kind: 'office', id: oid('S') },
      message: /^Office S is still a regional hub: make it a sub-regional office or a country office\.$/,
    },
  ];

  it('has one crafted case per kind', () => {
    expect(cases.map((c) => c.kind).sort()).toEqual([...PROBLEM_KINDS].sort());
  });

  it.each(cases)('finds $kind', ({ kind, network, target, message }) => {
    const found = checkScenario(network).filter((p) => p.kind === kind);
    expect(found, JSON.stringify(checkScenario(network))).toHaveLength(1);
    expect(found[0]?.target).toEqual(target);
    expect(found[0]?.message).toMatch(message);
  });

  it('gives each problem as catalogue words, with the country as an ISO code for the interface language', () => {
    const [uncovered] = checkScenario(withOffices(S, office('C', [], { reportsTo: oid('S') })));
    expect(uncovered?.text).toEqual({ key: 'map.check.uncovered', values: { country: 'Country CCC', countryIso2: 'CC' } });
    const french = { ...uncovered?.text.values, country: 'Pays CCC' };
    expect(formatMessage('fr', frenchMessages[uncovered!.text.key], french)).toMatch(/^Pays CCC /);
  });

  it('does not flag an office that covers other countries but not its host, nor a closed office that covers nothing', () => {
    const network = withOffices(S, office('C', ['CCC'], { reportsTo: oid('S'), hostCountry: cc('BBB') }), office('X', [], { reportsTo: oid('S'), closed: true }));
    expect(checkScenario(network).filter((p) => p.kind === 'office-covers-nothing')).toEqual([]);
  });

  it('reports a cycle once, not once per office in it', () => {
    const network = withOffices(S, office('C', ['CCC'], { reportsTo: oid('B') }), office('B', ['BBB'], { reportsTo: oid('C') }), office('A', ['AAA'], { reportsTo: oid('C') }));
    expect(checkScenario(network).filter((p) => p.kind === 'reporting-cycle')).toHaveLength(1);
  });

  it('does not check a closed office on which nothing depends', () => {
    expect(checkScenario(withOffices(S, office('C', ['CCC'], { reportsTo: oid('S') }), office('X', [], { tier: 'regional-hub', closed: true })))).toEqual([]);
  });

  it('orders problems most blocking first', () => {
    const network = withOffices(office('S', ['AAA'], { tier: 'regional-office' }), office('C', ['CCC']));
    const kinds = checkScenario(network).map((p) => p.kind);
    expect(kinds).toEqual(['uncovered-country', 'reports-to-nothing', 'old-tier-left']);
  });
});

describe('checkScenario on the real baseline', () => {
  const baseline = baselineNetwork();

  // Since the 2026-12 evidence Ankara is a country office, so Europe and Central Asia has no
  // office above its three country offices: the checks rightly ask where they report.
  it('finds only the old tiers and the three country offices of Europe and Central Asia reporting to nothing', () => {
    const problems = checkScenario(baseline);
    const oldTier = baseline.offices.filter((o) => o.tier === 'regional-hub' || o.tier === 'regional-office');
    expect(problems.filter((p) => p.kind === 'old-tier-left').map((p) => p.target)).toEqual(expect.arrayContaining(oldTier.map((o) => ({ kind: 'office', id: o.id }))));
    expect(problems).toHaveLength(oldTier.length + 3);
    expect(problems.filter((p) => p.kind === 'reports-to-nothing').map((p) => p.target)).toEqual(['ECA-TUR', 'ECA-ARM', 'ECA-KGZ'].map((id) => ({ kind: 'office', id })));
  });

  it('names the countries a closed office leaves behind and the offices that reported to it', () => {
    const closed = applyChange(baseline, { kind: 'close-office', office: oid('AFR-KEN') });
    const problems = checkScenario(closed);
    expect(problems.filter((p) => p.kind === 'covered-by-closed-office').map((p) => p.target)).toContainEqual({ kind: 'country', code: 'ERI' });
    expect(problems.filter((p) => p.kind === 'reports-to-closed-office').map((p) => p.target)).toContainEqual({ kind: 'office', id: 'AFR-UGA' });
  });
});
