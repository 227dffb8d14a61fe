// The headline figures of a network ("48 field offices · 156 countries covered · 5 regions").
import { BASELINE_TIERS, type Network, type Region, type Tier } from './types';

export interface NetworkSummary {
  readonly officeCount: number;
  readonly coveredCountryCount: number;
  readonly regionCount: number;
  readonly officesByTier: Readonly<Record<Tier, number>>;
}

/**
 * Counts offices, covered countries (each once) and regions with at least one office.
 * @example summarizeNetwork(defaultNetwork) // → { officeCount: 48, coveredCountryCount: 156, regionCount: 5, … }
 */
export function summarizeNetwork(network: Network): NetworkSummary {
  const covered = new Set(network.offices.flatMap((o) => o.coveredCountries));
  const regions = new Set<Region>(network.offices.map((o) => o.region));
  const officesByTier = Object.fromEntries(BASELINE_TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const office of network.offices) officesByTier[office.tier] += 1;
  return {
    officeCount: network.offices.length,
    coveredCountryCount: covered.size,
    regionCount: regions.size,
    officesByTier,
  };
}
