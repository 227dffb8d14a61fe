// The interface language: the messages in use, and numbers, dates and country names formatted
// for it with Intl. Components import `t` directly (it is global, like the page's language);
// reading it inside markup makes the text follow a change of language without a reload.
import english, { type MessageKey, type Messages } from './messages/en';
import { formatMessage, type MessageValues } from './formatMessage';
import { isLocale, isRightToLeft, pickLocale, type Locale } from './locales';
import type { Confidence, Region, Tier } from '../model/types';

const REGION_KEYS: Readonly<Record<Region, MessageKey>> = {
  Africa: 'common.region.africa',
  'Arab States': 'common.region.arabStates',
  'Asia and the Pacific': 'common.region.asiaPacific',
  'Europe and Central Asia': 'common.region.europeCentralAsia',
  'Latin America and the Caribbean': 'common.region.latinAmerica',
};

const STORAGE_KEY = 'fnp-language';

/** Each language's catalogue is its own chunk, fetched only when chosen. */
const CATALOGUES: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>>> = {
  fr: () => import('./messages/fr'),
  es: () => import('./messages/es'),
  ru: () => import('./messages/ru'),
  zh: () => import('./messages/zh'),
  ar: () => import('./messages/ar'),
};

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked: the language is then not remembered
  }
}

class Internationalisation {
  locale = $state<Locale>('en');
  private messages = $state.raw<Messages>(english);
  readonly dir = $derived<'ltr' | 'rtl'>(isRightToLeft(this.locale) ? 'rtl' : 'ltr');
  private readonly numberFormats = new Map<string, Intl.NumberFormat>();
  private readonly dateFormats = new Map<string, Intl.DateTimeFormat>();
  private regionNames: Intl.DisplayNames | null = null;

  /** The message for a key in the current language, with its values put in. */
  t = (key: MessageKey, values?: MessageValues): string =>
    // A catalogue that lacks a key (a data set of messages older than the code) falls back to
    // English rather than breaking the page; the catalogue test keeps this from shipping.
    formatMessage(this.locale, this.messages[key] ?? english[key] ?? key, values);

  /** Switches the language, fetching its messages first, and remembers it. */
  async setLocale(locale: Locale): Promise<void> {
    const messages = locale === 'en' ? english : (await CATALOGUES[locale]()).default;
    this.numberFormats.clear();
    this.dateFormats.clear();
    this.regionNames = null;
    this.messages = messages;
    this.locale = locale;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale;
      document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
    }
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // storage blocked: the choice lasts for this visit only
    }
  }

  /** The remembered language, else the browser's first preferred one the interface offers. */
  initialLocale(): Locale {
    return storedLocale() ?? pickLocale(globalThis.navigator?.languages ?? []);
  }

  /** A number for the current language, e.g. 1 234,5 in French. */
  number = (value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string => {
    const cacheKey = JSON.stringify(options);
    let format = this.numberFormats.get(cacheKey);
    if (!format) this.numberFormats.set(cacheKey, (format = new Intl.NumberFormat(this.locale, options)));
    return format.format(value);
  };

  /** A date (or time) for the current language. */
  date = (value: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string => {
    const cacheKey = JSON.stringify(options);
    let format = this.dateFormats.get(cacheKey);
    if (!format) this.dateFormats.set(cacheKey, (format = new Intl.DateTimeFormat(this.locale, options)));
    return format.format(typeof value === 'string' ? new Date(value) : value);
  };

  /** A distance in kilometres, e.g. "1,235 km" / "1 235 km". */
  km = (value: number): string => this.number(value, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });

  /**
   * A country's name in the current language (Intl's CLDR names); in English the data's
   * UN short name, which is what the organisation's documents use.
   */
  countryName = (country: { readonly iso2: string; readonly name: string }): string => {
    if (this.locale === 'en' || !/^[A-Z]{2}$/.test(country.iso2)) return country.name;
    this.regionNames ??= new Intl.DisplayNames([this.locale], { type: 'region', fallback: 'none' });
    return this.regionNames.of(country.iso2) ?? country.name;
  };

  /** The name of one of the organisation's regions (null: outside them). */
  regionName = (region: Region | null): string => this.t(region ? REGION_KEYS[region] : 'common.region.none');
  tierName = (tier: Tier): string => this.t(`common.tier.${tier}`);
  confidenceName = (confidence: Confidence): string => this.t(`common.confidence.${confidence}`);
}

export const i18n = new Internationalisation();
export const t = i18n.t;
export type { MessageKey, Locale };
