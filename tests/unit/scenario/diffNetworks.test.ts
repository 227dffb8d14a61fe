import { describe, expect, it } from 'vitest';
import { applyChange, deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { diffNetworks } from '../../../src/lib/scenario/diffNetworks';
import type { ChangeData } from '../../../src/lib/scenario/types';
import { SAMPLE_CHANGES, baselineNetwork, cc, oid } from './scenarioTestData';

describe('diffNetworks', () => {
  const baseline = baselineNetwork();

  it('finds nothing between identical networks', () => {
    const diff = diffNetworks(baseline, structuredClone(baseline));
    expect([...diff.changedCountries]).toEqual([]);
    expect([...diff.changedOffices]).toEqual([]);
  });

  const cases: { name: string; changes: ChangeData[]; countries: string[]; offices: string[] }[] = [
    { name: 'a moved country', changes: [SAMPLE_CHANGES['assign-country']], countries: ['SOM'], offices: [] },
    { name: 'a newly uncovered country', changes: [{ kind: 'assign-country', country: cc('SOM'), office: null }], countries: ['SOM'], offices: [] },
    { name: 'a changed tier', changes: [SAMPLE_CHANGES['set-tier']], countries: [], offices: ['AFR-KEN'] },
    { name: 'a changed reporting line', changes: [SAMPLE_CHANGES['set-reports-to']], countries: [], offices: ['AFR-UGA'] },
    { name: 'a renamed office', changes: [SAMPLE_CHANGES['rename-office']], countries: [], offices: ['ECA-TUR'] },
    { name: 'a closed office and the countries it covered', changes: [SAMPLE_CHANGES['close-office']], countries: ['MLI'], offices: ['AFR-MLI'] },
    { name: 'an opened office', changes: [SAMPLE_CHANGES['open-office']], countries: [], offices: ['AFR-GHA-NEW'] },
    { name: 'only a note', changes: [SAMPLE_CHANGES['annotate-office']], countries: [], offices: [] },
    {
      name: 'a country moved and moved back',
      changes: [SAMPLE_CHANGES['assign-country'], { kind: 'assign-country', country: cc('SOM'), office: oid('AFR-ETH') }],
      countries: [],
      offices: [],
    },
  ];

  it.each(cases)('finds $name', ({ changes, countries, offices }) => {
    const diff = diffNetworks(baseline, deriveNetwork(baseline, changes));
    expect([...diff.changedCountries].sort()).toEqual(countries);
    expect([...diff.changedOffices].sort()).toEqual(offices);
  });

  it('is symmetric for a removed office', () => {
    const opened = applyChange(baseline, SAMPLE_CHANGES['open-office']);
    expect([...diffNetworks(opened, baseline).changedOffices]).toEqual(['AFR-GHA-NEW']);
  });
});
