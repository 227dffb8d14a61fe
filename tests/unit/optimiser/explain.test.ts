import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/lib/optimiser/propose';
import { DEFAULT_ASSUMPTIONS } from '../../../src/lib/scoring/metricDefinitions';
import { defaultNetwork, oid, withOptions } from './optimiserTestData';

const network = defaultNetwork();
const proposal = propose(network, [], DEFAULT_ASSUMPTIONS, withOptions({ lockedIn: [oid('ECA-KGZ')] })).best!;

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
    ['ECA-KGZ', /^Locked in by the working group; central to 2 country offices \(on average [\d,]+ km away\) and 22 countries, the only sub-regional office in Europe and Central Asia\. .* would do as well or better, by [\d,]+; it stays because it is locked in\.$/],
    ['AFR-KEN', /^Central to \d country offices \(on average [\d,]+ km away\) and \d+ countries\. The best alternative, UNIDO .*, would make the objective worse by [\d,]+ km-equivalent \([\d.]+ %\)\.$/],
  ])('say why in plain words: %s', (office, reason) => {
    expect(proposal.explanations.find((e) => e.office === office)?.reason).toMatch(reason);
  });

  it('give every office a reason of two sentences', () => {
    for (const e of proposal.explanations) expect(e.reason.split(/\.\s/)).toHaveLength(2);
  });
});
