// Invariants of the embedded default data set, as the reform documents state them.
import { describe, expect, it } from 'vitest';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { indexNetwork } from '../../../src/lib/model/indexNetwork';
import { summarizeNetwork } from '../../../src/lib/model/summarizeNetwork';
import { BASELINE_TIERS, REGIONS, asCountryCode, type Network } from '../../../src/lib/model/types';

function defaultNetwork(): Network {
  const result = loadDefaultNetwork();
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.network;
}

describe('the embedded default data set', () => {
  const network = defaultNetwork();
  const index = indexNetwork(network);

  it('has 48 offices covering 156 countries in 5 regions', () => {
    expect(summarizeNetwork(network)).toMatchObject({ officeCount: 48, coveredCountryCount: 156, regionCount: 5 });
  });

  it('uses the three tiers of today, each at least once', () => {
    expect(new Set(network.offices.map((o) => o.tier))).toEqual(new Set(BASELINE_TIERS));
  });

  it('has an office in each of the five regions', () => {
    expect(new Set(network.offices.map((o) => o.region))).toEqual(new Set(REGIONS));
  });

  it('covers each covered country exactly once', () => {
    const all = network.offices.flatMap((o) => o.coveredCountries);
    expect(all).toHaveLength(new Set(all).size);
  });

  it('has each office cover its own host country', () => {
    expect(network.offices.filter((o) => !o.coveredCountries.includes(o.hostCountry)).map((o) => o.id)).toEqual([]);
  });

  it('gives every covered country the region of the office covering it', () => {
    const mismatched = [...index.coveringOffice].filter(([code, office]) => index.countryByCode.get(code)?.region !== office.region);
    expect(mismatched.map(([code]) => code)).toEqual([]);
  });

  it('marks the 5 countries added to reach 156 as inferred coverage', () => {
    const inferred = new Set<string>(network.offices.flatMap((o) => o.inferredCoverage));
    expect(['BGR', 'HRV', 'HUN', 'ROU', 'RUS'].filter((c) => !inferred.has(c))).toEqual([]);
  });

  it('follows the 2026-12 evidence: Accra covers Liberia, Nairobi not Somalia, Ankara is a country office', () => {
    const office = (id: string) => network.offices.find((o) => o.id === id)!;
    expect(office('AFR-GHA').coveredCountries).toEqual(['GHA', 'LBR']);
    expect(office('AFR-CIV').coveredCountries).toEqual(['CIV']);
    expect(office('AFR-KEN').coveredCountries).toEqual(['KEN', 'ERI', 'SSD', 'SYC', 'COM']);
    expect(index.coveringOffice.get(asCountryCode('SOM'))?.id).toBe('AFR-ETH');
    expect(index.coveringOffice.get(asCountryCode('TGO'))?.id).toBe('AFR-NGA');
    expect(office('ECA-TUR').tier).toBe('country-office');
  });

  it('has only regional hubs at the top of the reporting lines, besides the country offices of Europe and Central Asia', () => {
    const tops = network.offices.filter((o) => o.reportsTo === null).map((o) => `${o.id}:${o.tier}`);
    expect(tops.sort()).toEqual(['AFR-ETH:regional-hub', 'AFR-NGA:regional-hub', 'AFR-ZAF:regional-hub', 'ARB-EGY:regional-hub', 'ASP-CHN:regional-hub', 'ASP-IND:regional-hub', 'ASP-THA:regional-hub', 'ECA-ARM:country-office', 'ECA-KGZ:country-office', 'ECA-TUR:country-office', 'LAC-MEX:regional-hub']);
  });

  it('flags 44 LDCs, 32 LLDCs and 38 SIDS among the countries', () => {
    const count = (flag: 'ldc' | 'lldc' | 'sids') => network.countries.filter((c) => c[flag]).length;
    expect([count('ldc'), count('lldc'), count('sids')]).toEqual([44, 32, 38]);
  });
});
