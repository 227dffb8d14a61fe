// Words the pure core writes into the data in English (the basis of a reporting line a
// scenario sets, the source of an office it opens, the embedded data set's name) said in the
// interface language. Anything else is the user's or the source's own text and stays as written.
import { DEFAULT_DATASET_NAME } from '../io/defaultDataset';
import { OPENED_IN_SCENARIO, SET_IN_SCENARIO } from '../scenario/networkDraft';
import { t } from './i18n.svelte';
import type { MessageKey } from './messages/en';

const CORE_WORDS: ReadonlyMap<string, MessageKey> = new Map([
  [SET_IN_SCENARIO, 'a11y.core.setInScenario'],
  [OPENED_IN_SCENARIO, 'a11y.core.openedInScenario'],
  [DEFAULT_DATASET_NAME, 'a11y.core.defaultDataset'],
]);

/**
 * The text in the interface language when the core wrote it, else the text unchanged.
 * @example coreText('set in this scenario') // → "fixé dans ce scénario" in French; coreText('UNIDO website') // → "UNIDO website"
 */
export function coreText(text: string): string {
  const key = CORE_WORDS.get(text);
  return key ? t(key) : text;
}
