// Puts a scenario's changes into words for the change log, each read against the network
// as it stood just before that change, so a later rename does not rewrite earlier entries.
// The words are catalogue keys and values (LocalText): the change log shows them in the
// interface language, countries included (see sentenceValues). One NetworkDraft walks the
// list, so a log of n changes costs O(offices + n).
import { localText, type LocalText } from '../i18n/localText';
import type { CountryCode, Network, OfficeId } from '../model/types';
import { NetworkDraft, type NetworkLookup } from './networkDraft';
import { countryListValue, countryValue } from './sentenceValues';
import type { Change, ChangeData } from './types';

/** One change of the log and what it does, in words. */
export interface DescribedChange {
  readonly change: Change;
  readonly text: LocalText;
}

/**
 * Each change with a sentence saying what it does.
 * @example describeChanges(baseline, [{ kind: 'assign-country', country: 'SOM', office: 'AFR-ETH', … }])
 * // → [{ change, text: { key: 'map.change.assignCountry', values: { country: 'Somalia', countryIso2: 'SO', from: 'Nairobi', to: 'Addis Ababa' } } }]
 * //   which reads "Somalia: covered from Nairobi → Addis Ababa"
 */
export function describeChanges(baseline: Network, changes: readonly Change[]): DescribedChange[] {
  const draft = new NetworkDraft(baseline);
  return changes.map((change) => {
    const described = describeOneChange(draft, change);
    draft.apply(change);
    return described;
  });
}

/** Changes replayed between two pauses of describeChangesInSteps: a few milliseconds of work. */
export const REPLAY_PER_STEP = 5000;

/**
 * describeChanges and the network they lead to, in one replay that pauses every REPLAY_PER_STEP
 * changes for `pause` (the next task): opening a scenario of 100,000 changes then never holds
 * the page in one piece.
 */
export async function describeChangesInSteps(baseline: Network, changes: readonly Change[], pause: () => Promise<void>): Promise<{ entries: DescribedChange[]; network: Network }> {
  const draft = new NetworkDraft(baseline);
  const entries: DescribedChange[] = [];
  for (let i = 0; i < changes.length; i += 1) {
    entries.push(describeOneChange(draft, changes[i]!));
    draft.apply(changes[i]!);
    if ((i + 1) % REPLAY_PER_STEP === 0) await pause();
  }
  return { entries, network: draft.toNetwork() };
}

/**
 * One change in words, read against the network just before it (its index, or a draft): what
 * a log that gains one change at its end needs, without describing the others again.
 * @example describeOneChange(indexNetwork(baseline), { kind: 'close-office', office: 'AFR-KEN', id, at })
 * // → { change, text: { key: 'map.change.closeOffice', values: { office: 'UNIDO Regional Office Kenya' } } }
 */
export function describeOneChange(index: NetworkLookup, change: Change): DescribedChange {
  return { change, text: describeChange(index, change) };
}

function describeChange(index: NetworkLookup, change: ChangeData): LocalText {
  const office = (id: OfficeId, name = 'office') => officeValue(index, id, name);
  switch (change.kind) {
    case 'set-tier':
      return localText(`map.change.setTier.${change.tier}`, office(change.office));
    case 'set-reports-to':
      return change.reportsTo === null
        ? localText('map.change.setReportsToNone', office(change.office))
        : localText('map.change.setReportsTo', { ...office(change.office), ...office(change.reportsTo, 'superior') });
    case 'assign-country':
      return describeCoverageMove(index, change.country, change.office);
    case 'assign-countries':
      return describeCoverageMoves(index, change.countries, change.office);
    case 'open-office': {
      const { id, name, city, hostCountry } = change.office;
      const values = { office: name, city, id, ...countryValue('country', index.countryByCode.get(hostCountry), hostCountry) };
      return localText(index.officeById.has(id) ? 'map.change.openOfficeTaken' : 'map.change.openOffice', values);
    }
    case 'close-office':
      return localText('map.change.closeOffice', office(change.office));
    case 'reopen-office':
      return localText('map.change.reopenOffice', office(change.office));
    case 'rename-office':
      return localText('map.change.renameOffice', { ...office(change.office), name: change.name });
    case 'annotate-office':
      return localText('map.change.annotateOffice', { ...office(change.office), note: change.note });
  }
}

// Offices are named by city; two offices in the same city are named in full so the move stays readable.
function describeCoverageMove(index: NetworkLookup, country: CountryCode, target: OfficeId | null): LocalText {
  const fromOffice = index.coveringOffice.get(country);
  const toOffice = target === null ? undefined : index.officeById.get(target);
  const sameCity = fromOffice && toOffice && fromOffice !== toOffice && fromOffice.city === toOffice.city;
  const values = {
    ...countryValue('country', index.countryByCode.get(country), country),
    ...(fromOffice ? { from: sameCity ? fromOffice.name : fromOffice.city } : {}),
    ...(target === null ? {} : toOffice ? { to: sameCity ? toOffice.name : toOffice.city } : { to: target, toGone: 1 }),
  };
  if (!fromOffice) return localText(target === null ? 'map.change.assignCountryNone' : 'map.change.assignCountryFromNone', values);
  return localText(target === null ? 'map.change.assignCountryToNone' : 'map.change.assignCountry', values);
}

// Several countries at once: how many, which (named in the interface language), and the office they go to.
function describeCoverageMoves(index: NetworkLookup, countries: readonly CountryCode[], target: OfficeId | null): LocalText {
  const values = { count: countries.length, ...countryListValue('countries', countries.map((code) => ({ code, country: index.countryByCode.get(code) }))) };
  if (target === null) return localText('map.change.assignCountriesToNone', values);
  const toOffice = index.officeById.get(target);
  return localText('map.change.assignCountries', { ...values, ...(toOffice ? { to: toOffice.city } : { to: target, toGone: 1 }) });
}

/** An office as a sentence value: its name, or its id marked as no longer existing. */
function officeValue(index: NetworkLookup, id: OfficeId, name: string): Record<string, string | number> {
  const office = index.officeById.get(id);
  return office ? { [name]: office.name } : { [name]: id, [`${name}Gone`]: 1 };
}
