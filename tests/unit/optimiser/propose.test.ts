import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMISER_OPTIONS, propose, proposalToChanges } from '../../../src/lib/optimiser/propose';
import type { OptimiserOptions, OptimiserProgress } from '../../../src/lib/optimiser/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { checkScenario } from '../../../src/lib/scenario/checkScenario';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { syntheticNetwork } from '../../bench/syntheticNetwork';
import { brokenRules, defaultNetwork, oid, withOptions } from './optimiserTestData';

const network = defaultNetwork();
const run = (options: Partial<OptimiserOptions>, net = network) => propose(net, [], DEFAULT_ASSUMPTIONS, withOptions(options));

describe('propose: determinism', () => {
  it.each([
    ['default data, K = 12', network, { subRegionalCount: 12 }],
    ['default data, K = 10…13 with caps', network, { subRegionalCount: { min: 10, max: 13 }, maxCountriesPerSubRegional: 20, maxCountryOfficesPerSubRegional: 5 }],
    ['synthetic 300 offices, K = 20, seed 7', syntheticNetwork(300, 120, 2), { subRegionalCount: 20, seed: 7 }],
  ] as const)('%s: the same input gives a deep-equal output', (_, net, options) => {
    expect(run(options, net)).toEqual(run(options, net));
  });

  it('another seed still gives a proposal that keeps every constraint', () => {
    const options = withOptions({ seed: 42, starts: 3 });
    expect(brokenRules(network, options, propose(network, [], DEFAULT_ASSUMPTIONS, options).best!)).toEqual([]);
  });
});

describe('propose: locks', () => {
  it.each([
    [[oid('ECA-KGZ')], []],
    [[oid('AFR-MLI'), oid('LAC-NIC'), oid('ASP-LKA')], [oid('ARB-EGY'), oid('AFR-KEN')]],
    [[], [oid('ECA-TUR'), oid('ECA-ARM')]],
  ])('locked in %j are chosen and locked out %j are not, for every K', (lockedIn, lockedOut) => {
    for (const proposal of run({ subRegionalCount: { min: 5, max: 12 }, lockedIn, lockedOut }).proposals) {
      expect(proposal.feasible).toBe(true);
      expect(proposal.subRegionalOffices).toEqual(expect.arrayContaining(lockedIn));
      for (const id of lockedOut) expect(proposal.subRegionalOffices).not.toContain(id);
    }
  });
});

describe('propose: options that cannot be met', () => {
  it.each<[string, Partial<OptimiserOptions>, RegExp]>([
    ['K smaller than the number of regions', { subRegionalCount: 3 }, /one sub-regional office per region needs 5 .* more than the 3 asked for/],
    ['K larger than the offices that may be chosen', { subRegionalCount: 49 }, /Only 48 offices may be chosen, fewer than the 49/],
    ['K not a whole number', { subRegionalCount: 0 }, /whole number of at least 1/],
    ['more offices locked in than K', { subRegionalCount: 5, lockedIn: ['AFR-ETH', 'AFR-KEN', 'ARB-EGY', 'ASP-CHN', 'ECA-TUR', 'LAC-MEX'].map(oid) }, /6 offices are locked in, more than the 5/],
    ['an office locked in and out', { lockedIn: [oid('AFR-KEN')], lockedOut: [oid('AFR-KEN')] }, /Office Kenya is both locked in and locked out/],
    ['every office of a region locked out', { lockedOut: [oid('ECA-TUR'), oid('ECA-ARM'), oid('ECA-KGZ')] }, /No sub-regional office in Europe and Central Asia/],
    ['a cap on countries too tight for K', { subRegionalCount: 6, maxCountriesPerSubRegional: 20 }, /cluster has \d+ countries, more than the limit of 20/],
    ['a cap on country offices too tight for K', { subRegionalCount: 6, maxCountryOfficesPerSubRegional: 5 }, /\d+ country offices report to .*, more than the limit of 5/],
  ])('%s: feasible is false, with a message in plain words', (_, options, message) => {
    const { best, proposals } = run(options);
    expect(proposals).toHaveLength(1);
    expect(best?.feasible).toBe(false);
    expect(best?.violations.join(' ')).toMatch(message);
  });

  it('a range with no feasible K gives the first proposal as best, so its reasons can be shown', () => {
    const { best, proposals } = run({ subRegionalCount: { min: 2, max: 4 } });
    expect(proposals.map((p) => p.feasible)).toEqual([false, false, false]);
    expect(best?.k).toBe(2);
  });
});

describe('propose: results', () => {
  it('gives one proposal per K of a range, reports progress after each, and picks the feasible one with the lowest total', () => {
    const progress: OptimiserProgress[] = [];
    const result = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: { min: 9, max: 6 } }), (p) => progress.push(p));
    expect(result.proposals.map((p) => p.k)).toEqual([6, 7, 8, 9]);
    expect(progress).toEqual([6, 7, 8, 9].map((k, i) => ({ k, share: (i + 1) / 4 })));
    const lowest = Math.min(...result.proposals.map((p) => p.objective.total));
    expect(result.best?.objective.total).toBe(lowest);
  });

  it('the defaults are those of the brief', () => {
    expect(DEFAULT_OPTIMISER_OPTIONS).toMatchObject({ subRegionalCount: 12, atLeastOnePerRegion: true, keepWithinRegion: true, starts: 8, seed: 1, objective: { countryDistance: 1, officeDistance: 1 } });
  });
});

describe('proposalToChanges', () => {
  const proposal = run({ subRegionalCount: 12 }).best!;
  const changes = proposalToChanges(network, proposal);
  const derived = deriveNetwork(network, changes);

  it('gives, on the default data for K = 12, a scenario with exactly 12 sub-regional offices and no structural problem', () => {
    expect(derived.offices.filter((o) => o.tier === 'sub-regional-office').map((o) => o.id).sort()).toEqual([...proposal.subRegionalOffices].sort());
    expect(proposal.subRegionalOffices).toHaveLength(12);
    const structural = ['uncovered-country', 'reports-to-nothing', 'reports-to-country-office', 'reports-to-unknown-office', 'reporting-cycle', 'sub-regional-office-reports-up', 'old-tier-left'];
    expect(checkScenario(derived).filter((p) => structural.includes(p.kind))).toEqual([]);
  });

  it('uses only set-tier, set-reports-to and assign-country, and the derived network is the proposal', () => {
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['set-tier', 'set-reports-to', 'assign-country']));
    for (const o of derived.offices) expect(o.reportsTo).toBe(proposal.reportsTo[o.id] ?? null);
    const coveredBy = Object.fromEntries(derived.offices.flatMap((o) => o.coveredCountries.map((c) => [c, o.id])));
    expect(coveredBy).toEqual(proposal.coverage);
  });

  it('asks for nothing more once applied, and for nothing from an empty proposal', () => {
    expect(proposalToChanges(derived, proposal)).toEqual([]);
    expect(proposalToChanges(network, run({ subRegionalCount: 0 }).best!)).toEqual([]);
  });

  it('lets an office the proposal does not know report to the nearest sub-regional office of its region', () => {
    const extra = { ...network.offices.find((o) => o.id === 'AFR-UGA')!, id: oid('AFR-UGA-2'), reportsTo: null };
    const changed = proposalToChanges({ ...network, offices: [...network.offices, extra] }, proposal);
    const line = changed.find((c) => c.kind === 'set-reports-to' && c.office === 'AFR-UGA-2');
    expect(line).toEqual({ kind: 'set-reports-to', office: 'AFR-UGA-2', reportsTo: proposal.reportsTo['AFR-UGA'] });
  });
});
