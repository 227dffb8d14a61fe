import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/lib/optimiser/propose';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, oid, withOptions } from './optimiserTestData';

const network = defaultNetwork();
const proposal = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ lockedIn: [oid('ECA-KGZ')] })).best!;
// With 6 sub-regional offices Bishkek, locked in, is the only one of its region and leads its country offices.
const six = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ subRegionalCount: 6, lockedIn: [oid('ECA-KGZ')] })).best!;

describe('explanations', () => {
  it('one per sub-regional office, in the order of the proposal', () => {
    expect(proposal.explanations.map((e) => e.office)).toEqual(proposal.subRegionalOffices);
  });

  it('list each office\'s country offices and countries as the proposal assigns them, every country once', () => {
    const countries = proposal.explanations.flatMap((e) => e.countries);
    expect(countries).toHaveLength(156);
    expect(Object.fromEntries(countries.map((c) => [c.code, c.coveredBy]))).toEqual(proposal.coverage);
    for (const e of proposal.explanations) {
      expect(e.countryOffices.map((c) => c.office).sort()).toEqual(Object.keys(proposal.reportsTo).filter((id) => proposal.reportsTo[id] === e.office).sort());
      expect(e.countries.filter((c) => c.distanceKm === 0).length).toBeGreaterThanOrEqual(1 + e.countryOffices.length);
    }
  });

  it('name the best alternative of the cluster, never better than an office the search could swap (it tried every swap)', () => {
    for (const e of proposal.explanations) {
      if (e.alternative === null) {
        expect(e.countryOffices).toHaveLength(0);
        continue;
      }
      expect(e.countryOffices.map((c) => c.office)).toContain(e.alternative.office);
      if (e.office !== 'ECA-KGZ') expect(e.alternative.objectiveIncrease).toBeGreaterThanOrEqual(-1e-6);
    }
  });

  it.each([
    ['ECA-KGZ', /^Locked in by the working group\. Central to 2 country offices \(on average \d+ km away\) and 22 countries\. It is the only sub-regional office in Europe and Central Asia\. .* would do as well or better, by \d+; it stays because it is locked in\.$/],
    ['AFR-KEN', /^Central to \d+ country offices \(on average \d+ km away\) and \d+ countries\. The best alternative, UNIDO .*, would make the objective worse by \d+ km-equivalent \([\d.]+ %\)\.$/],
  ])('say why in plain words: %s', (office, reason) => {
    expect([...six.explanations, ...proposal.explanations].find((e) => e.office === office)?.reason).toMatch(reason);
  });

  it('give the interface the same sentences as catalogue keys, with the region as a value it can translate', () => {
    const kgz = six.explanations.find((e) => e.office === 'ECA-KGZ')!;
    expect(kgz.reasonText.map((r) => r.key)).toEqual(['suggest.reason.locked', 'suggest.reason.central', 'suggest.reason.onlyInRegion', 'suggest.reason.asGoodLocked']);
    expect(kgz.reasonText[2]?.values).toEqual({ region: 'Europe and Central Asia' });
    expect(kgz.reasonText[1]?.values).toMatchObject({ offices: 2, countries: 22 });
  });

  it('give every office a reason of two to four sentences, one LocalText each', () => {
    for (const e of proposal.explanations) {
      const sentences = e.reason.split(/(?<=\.)\s(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
      expect(e.reasonText).toHaveLength(sentences.length);
    }
  });
});
