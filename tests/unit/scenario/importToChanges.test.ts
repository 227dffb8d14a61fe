import { describe, expect, it } from 'vitest';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { asCountryCode, asOfficeId, type Office } from '../../../src/lib/model/types';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { coverageToChanges, officesToChanges } from '../../../src/lib/scenario/importToChanges';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const baseline = loaded.network;
const kenya = baseline.offices.find((o) => o.id === 'AFR-KEN') as Office;

describe('officesToChanges', () => {
  it('gives no change for the baseline itself', () => {
    expect(officesToChanges(baseline, baseline.offices)).toEqual([]);
  });

  it('changes tier, reporting line, name and coverage of a known office, and opens a new one', () => {
    const edited: Office = { ...kenya, name: 'Kenya SRO', tier: 'sub-regional-office', reportsTo: null, coveredCountries: [...kenya.coveredCountries, asCountryCode('ETH')] };
    const added: Office = { ...kenya, id: asOfficeId('NEW-GHA'), name: 'Kumasi office', coveredCountries: [asCountryCode('TGO')] };
    const changes = officesToChanges(baseline, [edited, added]);
    expect(changes.map((c) => c.kind)).toEqual(['rename-office', 'set-tier', 'set-reports-to', 'assign-country', 'open-office', 'assign-country']);
    const after = deriveNetwork(baseline, changes);
    const byId = new Map(after.offices.map((o) => [o.id, o]));
    expect(byId.get(asOfficeId('AFR-KEN'))).toMatchObject({ name: 'Kenya SRO', tier: 'sub-regional-office', reportsTo: null });
    expect(byId.get(asOfficeId('NEW-GHA'))?.coveredCountries).toEqual(['TGO']);
  });
});

describe('coverageToChanges', () => {
  it('keeps only the pairs that differ from the baseline', () => {
    expect(coverageToChanges(baseline, [{ country: asCountryCode('KEN'), office: asOfficeId('AFR-KEN') }, { country: asCountryCode('SOM'), office: asOfficeId('AFR-KEN') }])).toEqual([
      { kind: 'assign-country', country: 'SOM', office: 'AFR-KEN' },
    ]);
  });
});
