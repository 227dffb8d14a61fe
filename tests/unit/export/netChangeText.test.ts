// The pack's net change of one office in words: clauses joined in the language's way, countries
// in the language's names, office names handed back as parts to isolate.
import { describe, expect, it } from 'vitest';
import english from '../../../src/lib/i18n/messages/en';
import arabic from '../../../src/lib/i18n/messages/ar';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import { officeLine, partsToText, sharedCities, type PackWords } from '../../../src/lib/export/netChangeText';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { summariseNetChanges } from '../../../src/lib/scenario/netChanges';
import type { ChangeData } from '../../../src/lib/scenario/types';
import { baselineNetwork, cc, oid } from '../scenario/scenarioTestData';

const baseline = baselineNetwork();

function wordsFor(locale: 'en' | 'ar', messages: Record<string, string>): PackWords {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    t: (key, values) => formatMessage(locale, messages[key] ?? key, values),
    countryName: (c) => (locale === 'en' ? c.name : (names.of(c.iso2) ?? c.name)),
    list: (items) => list.format(items),
  };
}

function kenyaLine(words: PackWords) {
  const changes: ChangeData[] = [
    { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'sub-regional-office' },
    { kind: 'set-tier', office: oid('AFR-KEN'), tier: 'country-office' },
    { kind: 'assign-country', country: cc('SSD'), office: oid('AFR-ETH') },
    { kind: 'assign-country', country: cc('ERI'), office: oid('AFR-ETH') },
  ];
  const after = deriveNetwork(baseline, changes);
  const kenya = summariseNetChanges(baseline, after).byRegion[0]!.offices[0]!;
  return officeLine(kenya, words, sharedCities([...baseline.offices, ...after.offices]));
}

describe('officeLine', () => {
  it('says what becomes of the office and where its countries go, in English', () => {
    const parts = kenyaLine(wordsFor('en', english));
    const kenya = baseline.offices.find((o) => o.id === 'AFR-KEN')!;
    expect(parts[0]).toEqual({ name: kenya.name });
    expect(partsToText(parts).replace(/[\u2068\u2069]/g, '')).toBe(`${kenya.name}: becomes a country office; Eritrea and South Sudan now covered from Addis Ababa`);
    expect(parts.filter((p) => 'name' in p).map((p) => ('name' in p ? p.name : ''))).toEqual([kenya.name, 'Addis Ababa']);
  });

  it('in Arabic, names countries in Arabic and keeps the office names as separate parts', () => {
    const parts = kenyaLine(wordsFor('ar', arabic as Record<string, string>));
    const words = parts.filter((p) => 'text' in p).map((p) => ('text' in p ? p.text : '')).join('');
    expect(words).toContain('جنوب السودان');
    expect(words).toContain('إريتريا');
    expect(words).not.toMatch(/[A-Za-z]/); // every Latin letter is inside an office name part
  });

  it('isolates names in plain text with FSI … PDI', () => {
    expect(partsToText([{ name: 'Nairobi' }, { text: ': closes' }])).toBe('\u2068Nairobi\u2069: closes');
  });
});
