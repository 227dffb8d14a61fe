// Arabic (six plural forms) and Russian (four) read right for every count in the messages
// of the first screen: 0, 1, 2, 3, 11, 21 and 100 each render the form their grammar takes,
// written out in the catalogue rather than left to a fallback, and the header's confidence
// note puts its numbers through the plural rules (it once read "5 مكتبًا مؤكدًا").
import { describe, expect, it } from 'vitest';
import { formatMessage, parsePluralForms } from '../../../src/lib/i18n/formatMessage';
import english, { type MessageKey } from '../../../src/lib/i18n/messages/en';
import arabic from '../../../src/lib/i18n/messages/ar';
import russian from '../../../src/lib/i18n/messages/ru';

const COUNTS = [0, 1, 2, 3, 11, 21, 100];
/** The counted messages the map screen shows at once or on its first click (header, About the data, scenario bar, checks). */
const FIRST_SCREEN: readonly MessageKey[] = ['common.summaryLine', 'common.illustrativeData', 'map.about.summary', 'map.bar.problems', 'map.checks.count', 'a11y.announce.twoTierOpened', 'common.sharedScenarioIntro'];
const CATALOGUES = { ar: arabic, ru: russian } as const;

/** The plural blocks of a message: value name → its forms. */
function pluralBlocks(template: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  for (const match of template.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < template.length; end += 1) {
      if (template[end] === '{') depth += 1;
      else if (template[end] === '}' && (depth -= 1) === 0) break;
    }
    blocks.set(match[1]!, parsePluralForms(template.slice(match.index + match[0].length, end)));
  }
  return blocks;
}
const valuesOf = (key: MessageKey, n: number) => Object.fromEntries([...english[key].matchAll(/\{\s*(\w+)/g)].map(([, name]) => [name!, name === 'name' || name === 'dataset' ? 'X' : n]));

describe.each(['ar', 'ru'] as const)('first-screen plurals in %s', (locale) => {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  it.each(FIRST_SCREEN)('%s has its own form for 0, 1, 2, 3, 11, 21 and 100', (key) => {
    const template = CATALOGUES[locale][key];
    const englishBlocks = pluralBlocks(english[key]);
    const blocks = pluralBlocks(template);
    for (const name of englishBlocks.keys()) {
      const forms = blocks.get(name);
      // A value English counts with a plural is counted with one here too (or stands alone, as in Russian "отделений подтверждено — 5").
      if (!forms) {
        expect(template, `${key}: ${name} is either a plural or stands alone`).toMatch(new RegExp(`— \\{${name}\\}|\\{${name}\\} ?(—|:)`));
        continue;
      }
      for (const n of COUNTS) {
        const category = rules.select(n);
        expect(Object.keys(forms), `${key}: "${category}" form for ${n} written out`).toContain(category);
      }
    }
    for (const n of COUNTS) {
      const text = formatMessage(locale, template, valuesOf(key, n));
      expect(text, `${key} with ${n}`).not.toMatch(/[{}#]/);
    }
  });
});

describe('the Arabic header reads right for each count', () => {
  const ar = (n: number) => new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(n);
  const note = (n: number) => formatMessage('ar', arabic['common.illustrativeData'], { confirmed: n, partial: 2, inferred: 100 });
  it.each([
    [0, 'لا مكاتب مؤكدة'],
    [1, 'مكتب واحد مؤكد'],
    [2, 'مكتبان مؤكدان'],
    [3, `${ar(3)} مكاتب مؤكدة`],
    [5, `${ar(5)} مكاتب مؤكدة`],
    [11, `${ar(11)} مكتبًا مؤكدًا`],
    [21, `${ar(21)} مكتبًا مؤكدًا`],
    [100, `${ar(100)} مكتب مؤكد`],
  ])('%i confirmed offices: "%s"', (n, words) => {
    expect(note(n)).toContain(`بيانات توضيحية: ${words}،`);
    expect(note(n)).toContain(`مكتبان مؤكدان جزئيًا`);
    expect(note(n)).toContain(`${ar(100)} مكتب مستنتج`);
  });

  it('says a sub-regional office without offices has none reporting to it, not that it reports to none', () => {
    const text = formatMessage('ar', arabic['map.check.subRegionalWithoutOffices'], { office: 'X' });
    expect(text.startsWith('لا يوجد أي مكتب مفتوح يتبع X')).toBe(true);
  });

  it('counts scenarios with the accusative from 11 on', () => {
    const holds = (n: number) => formatMessage('ar', arabic['scenarios.import.holds'], { count: n });
    expect(holds(0)).toContain('لا سيناريوهات');
    expect(holds(11)).toContain(`${ar(11)} سيناريوًا`);
    expect(holds(100)).toContain(`${ar(100)} سيناريو`);
  });
});

describe('the Russian header reads right for each count', () => {
  const summary = (n: number) => formatMessage('ru', russian['common.summaryLine'], { offices: n, countries: n, regions: n });
  it.each([
    [0, '0 отделений'],
    [1, '1 отделение'],
    [2, '2 отделения'],
    [3, '3 отделения'],
    [11, '11 отделений'],
    [21, '21 отделение'],
    [100, '100 отделений'],
  ])('%i offices: "%s"', (n, words) => {
    expect(summary(n).startsWith(words)).toBe(true);
  });
});
