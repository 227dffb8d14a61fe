import { describe, expect, it } from 'vitest';
import { formatMessage, messageValueNames } from '../../../src/lib/i18n/formatMessage';
import { pickLocale } from '../../../src/lib/i18n/locales';

describe('formatMessage', () => {
  it.each([
    ['en', 'Hello', {}, 'Hello'],
    ['en', '{name} covers {count} countries', { name: 'Dakar', count: 5 }, 'Dakar covers 5 countries'],
    ['en', '{count, plural, one {# office} other {# offices}}', { count: 1 }, '1 office'],
    ['en', '{count, plural, one {# office} other {# offices}}', { count: 1200 }, '1,200 offices'],
    ['en', '{count, plural, =0 {no office} one {# office} other {# offices}}', { count: 0 }, 'no office'],
    ['ru', '{count, plural, one {# офис} few {# офиса} many {# офисов} other {# офиса}}', { count: 3 }, '3 офиса'],
    ['ru', '{count, plural, one {# офис} few {# офиса} many {# офисов} other {# офиса}}', { count: 11 }, '11 офисов'],
    ['ar', '{count, plural, zero {لا مكاتب} one {مكتب واحد} two {مكتبان} few {# مكاتب} many {# مكتبًا} other {# مكتب}}', { count: 2 }, 'مكتبان'],
    ['fr', '{count, plural, one {# bureau à {city}} other {# bureaux à {city}}}', { count: 2, city: 'Dakar' }, '2 bureaux à Dakar'],
    ['en', 'Missing {value}', {}, 'Missing {value}'],
  ] as const)('%s %s', (locale, template, values, expected) => {
    expect(formatMessage(locale, template, values)).toBe(expected);
  });

  it('lists the values a message needs, inside plural forms too', () => {
    expect(messageValueNames('{count, plural, one {# in {region}} other {# offices}} by {date}')).toEqual(['count', 'date', 'region']);
    expect(messageValueNames('{count, plural, one {office} other {offices}}')).toEqual(['count']);
  });
});

describe('pickLocale', () => {
  it.each([
    [['fr-CH', 'en'], 'fr'],
    [['de-DE', 'zh-Hans-CN'], 'zh'],
    [['pt-BR'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});
