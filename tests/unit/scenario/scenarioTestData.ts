// Shared inputs of the scenario tests: the real baseline and one sample change of each kind on it.
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { asCountryCode, asOfficeId, type Network } from '../../../src/lib/model/types';
import { createScenario } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type ChangeData, type ChangeKind, type Scenario } from '../../../src/lib/scenario/types';

export const NOW = '2024-05-01T10:00:00.000Z';
export const LATER = '2024-05-01T11:00:00.000Z';

export const oid = asOfficeId;
export const cc = asCountryCode;
export const cid = asChangeId;

export function baselineNetwork(): Network {
  const result = loadDefaultNetwork();
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.network;
}

/** One change of each kind that does something to the real baseline. */
// Every kind that changes the baseline on its own; reopen-office needs a closed office first (applyChange.test.ts).
export const SAMPLE_CHANGES: Readonly<Record<Exclude<ChangeKind, 'reopen-office'>, ChangeData>> = {
  'set-tier': { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'sub-regional-office' },
  'set-reports-to': { kind: 'set-reports-to', office: oid('AFR-UGA'), reportsTo: oid('AFR-ETH') },
  'assign-country': { kind: 'assign-country', country: cc('SOM'), office: oid('AFR-KEN') },
  'assign-countries': { kind: 'assign-countries', countries: [cc('SSD'), cc('ERI'), cc('SYC')], office: oid('AFR-ETH') },
  'open-office': {
    kind: 'open-office',
    office: {
      id: oid('AFR-GHA-NEW'), name: 'UNIDO Office Ghana', city: 'Accra', hostCountry: cc('GHA'), region: 'Africa',
      tier: 'sub-regional-office', point: { lat: 5.6, lon: -0.19 }, reportsTo: null,
    },
  },
  'close-office': { kind: 'close-office', office: oid('AFR-MLI') },
  'rename-office': { kind: 'rename-office', office: oid('ECA-TUR'), name: 'UNIDO Office Türkiye' },
  'annotate-office': { kind: 'annotate-office', office: oid('ASP-CHN'), note: 'Keep as the Asia sub-regional office' },
};

export const SAMPLE_LIST = Object.values(SAMPLE_CHANGES);

export function emptyScenario(): Scenario {
  return createScenario({ id: asScenarioId('s1'), name: 'Test scenario', now: NOW });
}
