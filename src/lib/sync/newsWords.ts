// The words sayNews needs, read from the page: the interface language, and the open
// scenario's change log and offices (a colleague's change is said as the log says it).
import { i18n, t, type MessageKey } from '../i18n/i18n.svelte';
import { sentenceWords } from '../i18n/sentenceWords.svelte';
import { localiseValues } from '../scenario/sentenceValues';
import type { ScenarioStore } from '../state/scenarioStore.svelte';
import type { CountryCode, OfficeId } from '../model/types';
import type { NewsWords } from './sayNews';

export function newsWords(store: ScenarioStore): NewsWords {
  const words = sentenceWords();
  return {
    t: (key, values) => t(key as MessageKey, values),
    scenarioName: (id) => store.listed.find((s) => s.id === id)?.name ?? id,
    countryName: (code) => {
      const country = store.index.countryByCode.get(code as CountryCode);
      return country ? i18n.countryName(country) : null;
    },
    officeCity: (id) => store.index.officeById.get(id as OfficeId)?.city ?? null,
    changeText: (change) => {
      const entry = store.log.find((e) => e.change.id === change.id);
      return entry ? t(entry.text.key, localiseValues(entry.text.values, words)) : null;
    },
  };
}
