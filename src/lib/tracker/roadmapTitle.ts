// The embedded roadmap's titles are our English wording of the GC.20 report; data/tracker/
// roadmap-titles.json gives them in the other five languages. A title a user changed or imported
// is their own text and is shown as written.
import translationsJson from '../../../data/tracker/roadmap-titles.json';
import roadmapJson from '../../../data/tracker/roadmap.json';
import type { Locale } from '../i18n/locales';

type TranslatedLocale = Exclude<Locale, 'en'>;
const TRANSLATIONS: Readonly<Record<string, Readonly<Record<TranslatedLocale, string>>>> = translationsJson;
const EMBEDDED_TITLES: ReadonlyMap<string, string> = new Map(roadmapJson.map((item) => [item.id, item.title]));

/**
 * The item's title in `locale` when it is still the embedded English title and a translation
 * exists; null when the title is to be shown as written (English, or the user's own words).
 * @example translatedTitle({ id: 'p1-benchmarking', title: 'Benchmarking against trends and models of other UN agencies' }, 'fr')
 * // → 'Comparaison avec les tendances et les modèles d’autres organismes des Nations Unies'
 */
export function translatedTitle(item: { readonly id: string; readonly title: string }, locale: Locale): string | null {
  if (locale === 'en' || EMBEDDED_TITLES.get(item.id) !== item.title) return null;
  return TRANSLATIONS[item.id]?.[locale] ?? null;
}

/** The title to show in `locale`: the translation where there is one, else the title as written. */
export const titleIn = (item: { readonly id: string; readonly title: string }, locale: Locale): string => translatedTitle(item, locale) ?? item.title;
