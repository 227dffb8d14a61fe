// The optimiser's sentences: each one a LocalText the interface puts into the reader's language,
// and the same sentence in English, kept for the scenario description and the tests.
// Value conventions the interface relies on: `region` is a Region, `regionList` Regions and
// `countryList` ISO3 codes, both joined by LIST_SEPARATOR; numbers stay numbers.
import english from '../i18n/messages/en/suggest';
import { formatMessage, type MessageValues } from '../i18n/formatMessage';
import { localText, type LocalText } from '../i18n/localText';

export type SuggestKey = keyof typeof english;

export const LIST_SEPARATOR = ',';

export interface Sentence {
  readonly text: LocalText;
  readonly english: string;
}

/**
 * A sentence from its catalogue key; `englishValues` replace values for the English text where
 * the interface's values are codes (a list of regions, of countries).
 * @example sentence('suggest.violation.missingRegions', { regionList: 'Africa,Arab States' }, { regionList: 'Africa, Arab States' })
 * // → { text: { key: 'suggest.violation.missingRegions', values: { regionList: 'Africa,Arab States' } }, english: 'No sub-regional office in Africa, Arab States.' }
 */
export function sentence(key: SuggestKey, values?: MessageValues, englishValues?: MessageValues): Sentence {
  return { text: localText(key, values), english: formatMessage('en', english[key], { ...values, ...englishValues }) };
}
