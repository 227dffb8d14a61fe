// Puts text made by the pure core (a LocalText: catalogue key and values) into the reader's language:
// numbers formatted for it (except a plural's count, which the message formats itself), values that
// are catalogue terms or lists of alternatives put into words, and any value the caller can name.
import english from './messages/en';
import { i18n, t, type MessageKey } from './i18n.svelte';
import type { LocalText } from './localText';

export interface SayableText extends LocalText {
  /** Values that are catalogue messages themselves (a field's label, a delimiter's name). */
  readonly terms?: Readonly<Record<string, MessageKey>>;
  /** Values that are alternatives to choose from: "A, B or C" in the reader's language. */
  readonly alternatives?: Readonly<Record<string, readonly string[]>>;
}

export interface SayOptions {
  /** Thousands separators in numbers (off for line numbers and years). */
  readonly grouping?: boolean;
  /** The value in words for a value the caller knows how to name (a region, a list of countries). */
  readonly name?: (valueName: string, value: string) => string | undefined;
}

const PLURAL_VALUE = /\{\s*(\w+)\s*,\s*plural\s*,/g;
const pluralValues = (key: MessageKey) => new Set([...english[key].matchAll(PLURAL_VALUE)].map((m) => m[1]));

/**
 * The text in the current language.
 * @example sayText({ key: 'import.issue.missingColumn', terms: { field: 'import.field.offices.lon' } }) // in French → 'Aucune colonne n’est associée à « Longitude »…'
 */
export function sayText(text: SayableText, options: SayOptions = {}): string {
  const plural = pluralValues(text.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    if (typeof value === 'number') values[name] = plural.has(name) ? value : i18n.number(value, { maximumFractionDigits: 2, useGrouping: options.grouping ?? true });
    else values[name] = options.name?.(name, value) ?? value;
  }
  for (const [name, key] of Object.entries(text.terms ?? {})) values[name] = t(key);
  for (const [name, list] of Object.entries(text.alternatives ?? {})) values[name] = new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(list.map(isolate));
  return t(text.key, values);
}

/**
 * In a right-to-left language, a name wrapped in Unicode isolates, so that a list of Latin names
 * keeps the sentence's order ("A، B أو C") instead of being read as one left-to-right run.
 */
export const isolate = (name: string): string => (i18n.dir === 'rtl' ? `\u2068${name}\u2069` : name);

/** Sentences one after another: with a space, except in Chinese, whose full stop needs none. */
export const joinSentences = (sentences: readonly string[]): string => sentences.join(i18n.locale === 'zh' ? '' : ' ');
