// The one change that assigns a pick of countries to an office: only the countries it moves,
// so "Assign 5 countries" where 2 are already there records 3, and nothing when all are.
import type { CountryCode, Network, OfficeId } from '../model/types';
import type { ChangeData } from './types';

/**
 * The assign-countries change for the countries not yet covered from `office` alone, in the
 * order given; null when there are none.
 * @example assignCountriesChange(baseline, ['SSD', 'ETH'], 'AFR-ETH')
 * // → { kind: 'assign-countries', countries: ['SSD'], office: 'AFR-ETH' } (Ethiopia is already covered from Addis Ababa)
 */
export function assignCountriesChange(network: Network, countries: readonly CountryCode[], office: OfficeId | null): ChangeData | null {
  const known = new Set(network.countries.map((c) => c.code));
  const moving = [...new Set(countries)].filter((code) => {
    if (!known.has(code)) return false;
    const covering = network.offices.filter((o) => o.coveredCountries.includes(code));
    return office === null ? covering.length > 0 : !(covering.length === 1 && covering[0]!.id === office);
  });
  return moving.length === 0 ? null : { kind: 'assign-countries', countries: moving, office };
}
