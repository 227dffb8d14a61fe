import { describe, expect, it } from 'vitest';
import translations from '../../../data/tracker/roadmap-titles.json';
import roadmap from '../../../data/tracker/roadmap.json';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { titleIn, translatedTitle } from '../../../src/lib/tracker/roadmapTitle';

const benchmarking = { id: 'p1-benchmarking', title: 'Benchmarking against trends and models of other UN agencies' };

describe('translatedTitle', () => {
  it('gives every embedded item a title in each of the five other languages, none left in English', () => {
    for (const item of roadmap) {
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const title = translatedTitle(item, locale);
        expect(title, `${item.id} in ${locale}`).toBeTruthy();
        expect(title).not.toBe(item.title);
      }
    }
    expect(Object.keys(translations).sort()).toEqual(roadmap.map((i) => i.id).sort());
  });

  it.each([
    ['en', null],
    ['zh', '以联合国其他机构的趋势和模式为基准进行比较'],
    ['ar', 'المقارنة باتجاهات ونماذج وكالات الأمم المتحدة الأخرى'],
  ] as const)('in %s gives %s', (locale, expected) => {
    expect(translatedTitle(benchmarking, locale)).toBe(expected);
  });

  it('leaves a title the user changed, and an item of their own, as written', () => {
    expect(translatedTitle({ ...benchmarking, title: 'Benchmarking (revised)' }, 'fr')).toBeNull();
    expect(titleIn({ id: 'my-item', title: 'Ma tâche' }, 'ru')).toBe('Ma tâche');
    expect(titleIn(benchmarking, 'en')).toBe(benchmarking.title);
  });
});
