// "Assign N countries to <office>" from the map's side panel or the Tables view: one change
// for the whole pick, or, when every country is already there, nothing recorded and a word why.
import { t } from '../i18n/i18n.svelte';
import type { OfficeId } from '../model/types';
import { assignCountriesChange } from '../scenario/assignCountries';
import type { MapTools } from './mapTools.svelte';
import type { ScenarioStore } from './scenarioStore.svelte';

/** Records the change; returns the words to show (and say) when there was nothing to record, else null. */
export function assignPicked(store: ScenarioStore, tools: MapTools, office: OfficeId | null, announce: (text: string) => void): string | null {
  const change = assignCountriesChange(store.network, [...tools.picked], office);
  if (change) {
    void store.edit(change); // the store announces the change in the words of the log
    return null;
  }
  const name = office === null ? t('map.edit.noOffice') : (store.index.officeById.get(office)?.name ?? office);
  const note = t('map.pick.nothingToRecord', { office: name });
  announce(note);
  return note;
}
