// Whether a change would leave the network exactly as it is: choosing the office that already
// covers a country, the tier an office already has, its own name again. Such a change must not
// be recorded (no "Addis Ababa → Addis Ababa" in the change log, no undo step, nothing sent to
// a working group), whichever control or script asked for it.
import type { Network } from '../model/types';
import { SET_IN_SCENARIO } from './networkDraft';
import type { ChangeData } from './types';

/**
 * @example changesNothing(network, { kind: 'assign-country', country: 'SOM', office: 'AFR-ETH' }) // → true (Somalia is covered from Addis Ababa alone)
 * @example changesNothing(network, { kind: 'assign-country', country: 'SSD', office: 'AFR-ETH' }) // → false
 * @example changesNothing(network, { kind: 'assign-countries', countries: ['SOM', 'DJI'], office: 'AFR-ETH' }) // → true
 */
export function changesNothing(network: Network, change: ChangeData): boolean {
  if (change.kind === 'assign-country') {
    const covering = network.offices.filter((o) => o.coveredCountries.includes(change.country));
    return change.office === null ? covering.length === 0 : covering.length === 1 && covering[0]!.id === change.office;
  }
  if (change.kind === 'assign-countries') {
    // Built by assignCountriesChange from the countries that move, so only a hand-made or
    // replayed one can be empty or already in place.
    return change.countries.every((country) => changesNothing(network, { kind: 'assign-country', country, office: change.office }));
  }
  if (change.kind === 'open-office') return false; // an id already taken is recorded, and the log says it was not opened
  const office = network.offices.find((o) => o.id === change.office);
  if (!office) return false; // recorded as it is: the log names the office that no longer exists
  switch (change.kind) {
    case 'set-tier':
      return office.tier === change.tier;
    case 'set-reports-to':
      // The same superior still records that the line was set in this scenario (it may have been inferred).
      return office.reportsTo === change.reportsTo && office.reportsToBasis === SET_IN_SCENARIO;
    case 'close-office':
      return office.closed === true;
    case 'reopen-office':
      return office.closed !== true;
    case 'rename-office':
      return office.name === change.name;
    case 'annotate-office':
      return (office.note ?? '') === change.note;
  }
}
