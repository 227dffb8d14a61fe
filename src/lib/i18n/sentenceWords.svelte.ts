// The words a change or a check needs to be said in the interface language: country names,
// an office that no longer exists, and lists joined as the language joins them ("A, B and C",
// "A، B وC", "A、B和C"). One place, so the change log, the checks, the announcements and the
// news from a working group say a change the same way.
import type { SentenceWords } from '../scenario/sentenceValues';
import { i18n, t } from './i18n.svelte';

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format;
}

export function sentenceWords(): SentenceWords {
  return {
    countryName: i18n.countryName,
    goneOffice: (id: string) => t('map.change.goneOffice', { id }),
    // UN English is British English: no comma before the last "and".
    list: (names) => listFormat(i18n.locale === 'en' ? 'en-GB' : i18n.locale).format(names),
  };
}
