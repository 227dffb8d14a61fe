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

/** How the interface names what a sentence only points at. */
export interface SentenceWords {
  /** A country's name in the interface language. */
  countryName(country: { readonly iso2: string; readonly name: string }): string;
  /** An office id that no longer exists, e.g. "AFR-XXX (office no longer exists)". */
  goneOffice(id: string): string;
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
  }
  return out;
}
