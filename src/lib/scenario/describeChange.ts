// Puts a scenario's changes into words for the change log, each read against the network
// as it stood just before that change, so a later rename does not rewrite earlier entries.
import { indexNetwork, type NetworkIndex } from '../model/indexNetwork';
import { TIER_LABELS } from '../model/labels';
import type { CountryCode, Network, OfficeId } from '../model/types';
import { applyChange } from './applyChange';
import type { Change, ChangeData } from './types';

/**
 * Each change with a sentence saying what it does.
 * @example describeChanges(baseline, [{ kind: 'assign-country', country: 'SOM', office: 'AFR-ETH', … }])
 * // → [{ change, text: 'Somalia: covered from Nairobi → Addis Ababa' }]
 */
export function describeChanges(baseline: Network, changes: readonly Change[]): { change: Change; text: string }[] {
  let network = baseline;
  return changes.map((change) => {
    const text = describeChange(indexNetwork(network), change);
    network = applyChange(network, change);
    return { change, text };
  });
}

function describeChange(index: NetworkIndex, change: ChangeData): string {
  const name = (id: OfficeId) => index.officeById.get(id)?.name ?? gone(id);
  switch (change.kind) {
    case 'set-tier':
      return `${name(change.office)} → ${TIER_LABELS[change.tier].toLowerCase()}`;
    case 'set-reports-to':
      return `${name(change.office)} now reports to ${change.reportsTo === null ? 'no office' : name(change.reportsTo)}`;
    case 'assign-country':
      return describeCoverageMove(index, change.country, change.office);
    case 'open-office': {
      const { id, name: officeName, city, hostCountry } = change.office;
      const taken = index.officeById.has(id) ? ` (not opened: an office with id ${id} already exists)` : '';
      return `Opened ${officeName} (${city}, ${countryName(index, hostCountry)})${taken}`;
    }
    case 'close-office':
      return `Closed ${name(change.office)}`;
    case 'rename-office':
      return `Renamed ${name(change.office)} → ${change.name}`;
    case 'annotate-office':
      return `Note on ${name(change.office)}: "${change.note}"`;
  }
}

// Offices are named by city; two offices in the same city are named in full so the move stays readable.
function describeCoverageMove(index: NetworkIndex, country: CountryCode, target: OfficeId | null): string {
  const fromOffice = index.coveringOffice.get(country);
  const toOffice = target === null ? undefined : index.officeById.get(target);
  const sameCity = fromOffice && toOffice && fromOffice !== toOffice && fromOffice.city === toOffice.city;
  const from = (sameCity ? fromOffice.name : fromOffice?.city) ?? 'no office';
  const to = target === null ? 'no office' : ((sameCity ? toOffice.name : toOffice?.city) ?? gone(target));
  return `${countryName(index, country)}: covered from ${from} → ${to}`;
}

function countryName(index: NetworkIndex, code: CountryCode): string {
  return index.countryByCode.get(code)?.name ?? code;
}

function gone(id: OfficeId): string {
  return `${id} (office no longer exists)`;
}
