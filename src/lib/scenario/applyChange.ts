// Applies one scenario change to a network, and replays a list of them onto the baseline.
// Pure and forgiving: a change naming an office that no longer exists leaves the network as it is.
import type { CountryCode, Network, Office, OfficeId } from '../model/types';
import type { ChangeData, NewOffice } from './types';

/**
 * The network after one change; the input is never mutated.
 * @example applyChange(net, { kind: 'set-tier', office: 'AFR-KEN', tier: 'sub-regional-office' })
 * // → a new network in which AFR-KEN is a sub-regional office, every other office the same object
 * @example applyChange(net, { kind: 'close-office', office: 'NOPE' }) // → net (unchanged)
 */
export function applyChange(network: Network, change: ChangeData): Network {
  switch (change.kind) {
    case 'set-tier':
      return updateOffice(network, change.office, (o) => ({ ...o, tier: change.tier }));
    case 'set-reports-to':
      return updateOffice(network, change.office, (o) => ({ ...o, reportsTo: change.reportsTo, reportsToBasis: 'set in this scenario' }));
    case 'assign-country':
      return assignCountry(network, change.country, change.office);
    case 'open-office':
      return openOffice(network, change.office);
    case 'close-office':
      return updateOffice(network, change.office, (o) => ({ ...o, closed: true }));
    case 'rename-office':
      return updateOffice(network, change.office, (o) => ({ ...o, name: change.name }));
    case 'annotate-office':
      return updateOffice(network, change.office, (o) => ({ ...o, note: change.note }));
  }
}

/**
 * Replays changes, in order, onto the baseline.
 * @example deriveNetwork(baseline, []) // → baseline
 * @example deriveNetwork(baseline, [closeKen, reopenKen]) // → applyChange(applyChange(baseline, closeKen), reopenKen)
 */
export function deriveNetwork(baseline: Network, changes: readonly ChangeData[]): Network {
  return changes.reduce(applyChange, baseline);
}

function updateOffice(network: Network, id: OfficeId, update: (office: Office) => Office): Network {
  if (!network.offices.some((o) => o.id === id)) return network;
  return { ...network, offices: network.offices.map((o) => (o.id === id ? update(o) : o)) };
}

function assignCountry(network: Network, country: CountryCode, target: OfficeId | null): Network {
  if (!network.countries.some((c) => c.code === country)) return network;
  if (target !== null && !network.offices.some((o) => o.id === target)) return network;
  const covering = network.offices.filter((o) => o.coveredCountries.includes(country));
  if (target !== null && covering.length === 1 && covering[0]?.id === target) return network;
  const offices = network.offices.map((o) => {
    const kept = o.coveredCountries.includes(country) ? withoutCountry(o, country) : o;
    return o.id === target ? { ...kept, coveredCountries: [...kept.coveredCountries, country] } : kept;
  });
  return { ...network, offices };
}

function withoutCountry(office: Office, country: CountryCode): Office {
  return {
    ...office,
    coveredCountries: office.coveredCountries.filter((c) => c !== country),
    inferredCoverage: office.inferredCoverage.filter((c) => c !== country),
  };
}

function openOffice(network: Network, office: NewOffice): Network {
  if (network.offices.some((o) => o.id === office.id)) return network;
  const opened: Office = {
    ...office,
    coveredCountries: [],
    inferredCoverage: [],
    confidence: 'inferred',
    source: 'Opened in this scenario',
    reportsToBasis: 'set in this scenario',
  };
  return { ...network, offices: [...network.offices, opened] };
}
