// The six official UN languages the interface is offered in, and what each needs to lay out.
export const LOCALES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Arabic is written right to left: the whole layout mirrors. */
export const isRightToLeft = (locale: Locale): boolean => locale === 'ar';

/**
 * The first of the user's preferred languages that the interface offers, else English.
 * @example pickLocale(['fr-CH', 'en']) // → 'fr'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
