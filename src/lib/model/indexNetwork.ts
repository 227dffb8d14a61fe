// Lookup tables over a network, built once per network and shared by map, tables and checks.
import type { Country, CountryCode, Network, Office, OfficeId } from './types';

export interface NetworkIndex {
  readonly countryByCode: ReadonlyMap<CountryCode, Country>;
  readonly officeById: ReadonlyMap<OfficeId, Office>;
  /** The office that covers each covered country (the first, if the data is inconsistent). */
  readonly coveringOffice: ReadonlyMap<CountryCode, Office>;
  /** Offices that report to each office. */
  readonly reportingOffices: ReadonlyMap<OfficeId, readonly Office[]>;
}

/**
 * Builds the lookup tables of a network.
 * @example indexNetwork(net).coveringOffice.get('SOM')?.id // → "AFR-KEN"
 */
export function indexNetwork(network: Network): NetworkIndex {
  const countryByCode = new Map(network.countries.map((c) => [c.code, c] as const));
  const officeById = new Map(network.offices.map((o) => [o.id, o] as const));
  const coveringOffice = new Map<CountryCode, Office>();
  const reportingOffices = new Map<OfficeId, Office[]>();
  for (const office of network.offices) {
    for (const code of office.coveredCountries) {
      if (!coveringOffice.has(code)) coveringOffice.set(code, office);
    }
    if (office.reportsTo) {
      const list = reportingOffices.get(office.reportsTo) ?? [];
      list.push(office);
      reportingOffices.set(office.reportsTo, list);
    }
  }
  return { countryByCode, officeById, coveringOffice, reportingOffices };
}
