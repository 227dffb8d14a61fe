// The headline figures of a network ("48 field offices · 156 countries covered · 5 regions").
import { ALL_TIERS, type Network, type Region, type Tier } from './types';

export interface NetworkSummary {
  readonly officeCount: number;
  readonly coveredCountryCount: number;
  readonly regionCount: number;
  readonly officesByTier: Readonly<Record<Tier, number>>;
}

/**
 * Counts open offices, countries they cover (each once) and regions with at least one office.
 * @example summarizeNetwork(defaultNetwork) // → { officeCount: 48, coveredCountryCount: 156, regionCount: 5, … }
 */
export function summarizeNetwork(network: Network): NetworkSummary {
  const open = network.offices.filter((o) => !o.closed);
  const covered = new Set(open.flatMap((o) => o.coveredCountries));
  const regions = new Set<Region>(open.map((o) => o.region));
  const officesByTier = Object.fromEntries(ALL_TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const office of open) officesByTier[office.tier] += 1;
  return {
    officeCount: open.length,
    coveredCountryCount: covered.size,
    regionCount: regions.size,
    officesByTier,
  };
}
