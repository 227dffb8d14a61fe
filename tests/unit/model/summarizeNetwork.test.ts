import { describe, expect, it } from 'vitest';
import { summarizeNetwork } from '../../../src/lib/model/summarizeNetwork';
import { office, validNetwork } from '../../fixtures/networkFixtures';

describe('summarizeNetwork', () => {
  it('counts offices, covered countries and regions with an office', () => {
    expect(summarizeNetwork(validNetwork())).toEqual({
      officeCount: 2,
      coveredCountryCount: 3,
      regionCount: 1,
      officesByTier: { 'regional-hub': 1, 'regional-office': 0, 'sub-regional-office': 0, 'country-office': 1 },
    });
  });

  it('counts a country once even if the data lists it under two offices', () => {
    const network = { ...validNetwork(), offices: [office('A', ['AAA', 'BBB']), office('B', ['BBB'], { region: 'Arab States' as const })] };
    expect(summarizeNetwork(network)).toMatchObject({ coveredCountryCount: 2, regionCount: 2 });
  });
});
