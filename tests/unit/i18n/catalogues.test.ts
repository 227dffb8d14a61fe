// Every language has every message, with the same values to fill in: a missing or broken
// translation fails here rather than showing a raw key or an English gap to a user.
import { describe, expect, it } from 'vitest';
import english from '../../../src/lib/i18n/messages/en';
import { messageValueNames, parsePluralForms } from '../../../src/lib/i18n/formatMessage';
import { LOCALES } from '../../../src/lib/i18n/locales';

const catalogues = {
  fr: () => import('../../../src/lib/i18n/messages/fr'),
  es: () => import('../../../src/lib/i18n/messages/es'),
  ru: () => import('../../../src/lib/i18n/messages/ru'),
  zh: () => import('../../../src/lib/i18n/messages/zh'),
  ar: () => import('../../../src/lib/i18n/messages/ar'),
};

const englishKeys = Object.keys(english).sort();

/** The plural forms a message offers, per value: "{n, plural, one {…} other {…}}" → n: [one, other]. */
function pluralBlocks(template: string): string[][] {
  const blocks: string[][] = [];
  for (const match of template.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < template.length; end += 1) {
      if (template[end] === '{') depth += 1;
      else if (template[end] === '}' && (depth -= 1) === 0) break;
    }
    blocks.push(Object.keys(parsePluralForms(template.slice(match.index + match[0].length, end))));
  }
  return blocks;
}

describe('message catalogues', () => {
  it('offers the six official UN languages', () => {
    expect([...LOCALES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('keeps every English key under its area prefix and never empty', () => {
    for (const key of englishKeys) {
      expect(key, key).toMatch(/^(common|map|scenarios|scorecard|suggest|tracker|import|export|sync|a11y)\.[\w.-]+$/);
      expect(english[key as keyof typeof english].trim(), key).not.toBe('');
    }
  });

  for (const [locale, load] of Object.entries(catalogues)) {
    describe(locale, () => {
      it('has a message for every English key and no other', async () => {
        const messages = (await load()).default as Record<string, string>;
        const keys = Object.keys(messages).sort();
        expect(englishKeys.filter((key) => !(key in messages)), 'missing').toEqual([]);
        expect(keys.filter((key) => !(key in english)), 'unknown').toEqual([]);
      });

      it('keeps the values each message fills in, and a plural "other" form', async () => {
        const messages = (await load()).default as Record<string, string>;
        for (const key of englishKeys) {
          const source = english[key as keyof typeof english];
          const translated = messages[key] ?? '';
          expect(translated.trim(), `${locale} ${key} is empty`).not.toBe('');
          expect(messageValueNames(translated), `${locale} ${key}`).toEqual(messageValueNames(source));
          for (const forms of pluralBlocks(translated)) expect(forms, `${locale} ${key}`).toContain('other');
        }
      });
    });
  }
});
