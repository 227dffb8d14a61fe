// What differs between two networks (a baseline and a scenario, or two scenarios), so a
// side-by-side map can make changed countries and offices stand out.
import type { CountryCode, Network, Office, OfficeId } from '../model/types';

export interface NetworkDiff {
  /** Countries whose covering open office differs, newly uncovered ones included. */
  readonly changedCountries: Set<CountryCode>;
  /** Offices opened, removed, closed or reopened, renamed, or given another tier or reporting line. */
  readonly changedOffices: Set<OfficeId>;
}

/**
 * The countries and offices that differ between two networks.
 * @example diffNetworks(baseline, applyChange(baseline, { kind: 'assign-country', country: 'SOM', office: 'AFR-ETH' }))
 * // → { changedCountries: Set { 'SOM' }, changedOffices: Set {} }
 */
export function diffNetworks(before: Network, after: Network): NetworkDiff {
  return { changedCountries: diffCoverage(before, after), changedOffices: diffOffices(before, after) };
}

function diffCoverage(before: Network, after: Network): Set<CountryCode> {
  const coverBefore = openCoverage(before);
  const coverAfter = openCoverage(after);
  const codes = new Set([...before.countries.map((c) => c.code), ...after.countries.map((c) => c.code), ...coverBefore.keys(), ...coverAfter.keys()]);
  return new Set([...codes].filter((code) => coverBefore.get(code) !== coverAfter.get(code)));
}

// The first open office covering each country, as indexNetwork picks it.
function openCoverage(network: Network): Map<CountryCode, OfficeId> {
  const cover = new Map<CountryCode, OfficeId>();
  for (const office of network.offices.filter((o) => !o.closed)) {
    for (const code of office.coveredCountries) if (!cover.has(code)) cover.set(code, office.id);
  }
  return cover;
}

function diffOffices(before: Network, after: Network): Set<OfficeId> {
  const officesBefore = new Map(before.offices.map((o) => [o.id, o] as const));
  const officesAfter = new Map(after.offices.map((o) => [o.id, o] as const));
  const ids = new Set([...officesBefore.keys(), ...officesAfter.keys()]);
  return new Set([...ids].filter((id) => officeDiffers(officesBefore.get(id), officesAfter.get(id))));
}

function officeDiffers(a: Office | undefined, b: Office | undefined): boolean {
  if (!a || !b) return true;
  return a.tier !== b.tier || a.reportsTo !== b.reportsTo || Boolean(a.closed) !== Boolean(b.closed) || a.name !== b.name;
}
