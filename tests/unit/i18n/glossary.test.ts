// The catalogues keep to the glossary (src/lib/i18n/glossary.ts): one term per concept per
// language. A message whose English names a concept uses that language's term, and no
// message brings back a rejected variant ("abarcar" beside "cubrir", 方案 for a scenario).
import { describe, expect, it } from 'vitest';
import english from '../../../src/lib/i18n/messages/en';
import { GLOSSARY, type TranslatedLocale } from '../../../src/lib/i18n/glossary';

const catalogues: Record<TranslatedLocale, () => Promise<{ default: Record<string, string> }>> = {
  fr: () => import('../../../src/lib/i18n/messages/fr'),
  es: () => import('../../../src/lib/i18n/messages/es'),
  ru: () => import('../../../src/lib/i18n/messages/ru'),
  zh: () => import('../../../src/lib/i18n/messages/zh'),
  ar: () => import('../../../src/lib/i18n/messages/ar'),
};

/**
 * Messages that name a concept in English but, read in their language, rightly do without
 * the term: a fragment completed by its neighbours. Each is a deliberate, reviewed choice.
 */
const RIGHTLY_WITHOUT: Partial<Record<TranslatedLocale, readonly string[]>> = {
  zh: ['suggest.constraints.maxCountriesAfter', 'suggest.constraints.maxOfficesAfter'],
};

/**
 * Messages whose English only looks like a concept: the briefing pack's "Cover" page, and a
 * "report to the General Conference" (a document, not a reporting line).
 */
const NOT_THE_CONCEPT: readonly string[] = ['export.pack.coverHeading', 'map.data.totals'];

/** The English text with its {placeholders} taken out: a value's name is not a word of the text. */
const englishWords = (text: string) => text.replace(/\{\s*\w+\s*\}/g, '');

describe.each(Object.keys(catalogues) as TranslatedLocale[])('the %s catalogue keeps to the glossary', (locale) => {
  it.each(GLOSSARY.map((entry) => [entry.concept, entry] as const))('uses one term for "%s"', async (_, entry) => {
    const messages = (await catalogues[locale]()).default;
    const { uses, avoid } = entry.terms[locale];
    const exempt = new Set([...(RIGHTLY_WITHOUT[locale] ?? []), ...NOT_THE_CONCEPT]);
    const missing = Object.entries(english)
      .filter(([key, text]) => entry.english.test(englishWords(text)) && !exempt.has(key) && !uses.test(messages[key] ?? ''))
      .map(([key]) => `${key}: ${messages[key]}`);
    expect(missing, `messages naming "${entry.concept}" without "${entry.terms[locale].term}"`).toEqual([]);
    const variants = avoid ? Object.entries(messages).filter(([, text]) => avoid.test(text)).map(([key, text]) => `${key}: ${text}`) : [];
    expect(variants, `a second word for "${entry.concept}"`).toEqual([]);
  });
});
