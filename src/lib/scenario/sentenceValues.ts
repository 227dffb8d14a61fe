// The values of the change log's and the checks' sentences that the interface names in its
// own language. A country travels as its English name plus "<value>Iso2", so t() alone still
// reads well in English; an office that no longer exists travels as its id plus "<value>Gone".
import type { MessageValues } from '../i18n/formatMessage';
import type { Country, CountryCode } from '../model/types';

/**
 * A country as a sentence value: its English name, and its ISO alpha-2 code for the interface's language.
 * @example countryValue('country', somalia, 'SOM') // → { country: 'Somalia', countryIso2: 'SO' }
 */
export function countryValue(name: string, country: Country | undefined, code: CountryCode): Record<string, string> {
  return { [name]: country?.name ?? code, [`${name}Iso2`]: country?.iso2 ?? '' };
}

/** Between the names of a list value; the interface joins them its own way (see localiseValues). */
const LIST_SEPARATOR = ', ';

/**
 * Countries as one sentence value: their English names joined by ", ", and, for the interface
 * to name each in its language, the names one per line ("<value>List") and their ISO alpha-2
 * codes ("<value>Iso2List", space-separated; "-" for a country missing from the data).
 * @example countryListValue('countries', [{ code: 'SSD', country: southSudan }, { code: 'ERI', country: eritrea }])
 * // → { countries: 'South Sudan, Eritrea', countriesList: 'South Sudan\nEritrea', countriesIso2List: 'SS ER' }
 */
export function countryListValue(name: string, countries: readonly { code: CountryCode; country: Country | undefined }[]): Record<string, string> {
  const names = countries.map(({ code, country }) => country?.name ?? code);
  return {
    [name]: names.join(LIST_SEPARATOR),
    [`${name}List`]: names.join('\n'),
    [`${name}Iso2List`]: countries.map(({ country }) => country?.iso2 || '-').join(' '),
  };
}

/** How the interface names what a sentence only points at. */
export interface SentenceWords {
  /** A country's name in the interface language. */
  countryName(country: { readonly iso2: string; readonly name: string }): string;
  /** An office id that no longer exists, e.g. "AFR-XXX (office no longer exists)". */
  goneOffice(id: string): string;
  /** Names joined as a list in the interface language ("A, B and C"); ", " when not given. */
  list?(names: readonly string[]): string;
}

/**
 * The values ready for t(): countries named in the interface language, missing offices marked.
 * @example localiseValues({ country: 'Somalia', countryIso2: 'SO' }, frenchWords) // → { country: 'Somalie', countryIso2: 'SO' }
 */
export function localiseValues(values: MessageValues | undefined, words: SentenceWords): MessageValues {
  if (!values) return {};
  const out: Record<string, string | number> = { ...values };
  for (const [name, value] of Object.entries(values)) {
    const iso2 = values[`${name}Iso2`];
    if (typeof iso2 === 'string' && iso2 !== '') out[name] = words.countryName({ iso2, name: String(value) });
    if (values[`${name}Gone`] === 1) out[name] = words.goneOffice(String(value));
    const iso2List = values[`${name}Iso2List`];
    const list = values[`${name}List`];
    if (typeof iso2List === 'string' && typeof list === 'string') {
      const iso2s = iso2List.split(' ');
      const names = list.split('\n').map((english, i) => (iso2s[i] && iso2s[i] !== '-' ? words.countryName({ iso2: iso2s[i], name: english }) : english));
      out[name] = words.list ? words.list(names) : names.join(LIST_SEPARATOR);
    }
  }
  return out;
}
