// The scorecard as a reader sees it in each language: in English it says exactly what the
// exports say; in the other languages the numbers, units and plurals follow the language.
import { describe, expect, it } from 'vitest';
import english, { type MessageKey, type Messages } from '../../../src/lib/i18n/messages/en';
import { formatMessage, type MessageValues } from '../../../src/lib/i18n/formatMessage';
import { DEFAULT_METRICS } from '../../../src/lib/scoring/metricDefinitions';
import { drillDownLine, formatQuantity, metricDisplay, metricName, perspectiveName, scaleText, targetText, type Localiser } from '../../../src/lib/scoring/metricText';
import type { OfficeFigures } from '../../../src/lib/scoring/types';
import type { OfficeId } from '../../../src/lib/model/types';
import { baseline, metricOf, scorecardOf, twoTier } from './scoringTestData';

function localiser(locale: string, messages: Messages): Localiser {
  return {
    t: (key: MessageKey, values?: MessageValues) => formatMessage(locale, messages[key], values),
    number: (value, options = { maximumFractionDigits: 1 }) => new Intl.NumberFormat(locale, options).format(value),
    regionName: (region) => region ?? '',
    countryName: (country) => (locale === 'en' ? country.name : (new Intl.DisplayNames([locale], { type: 'region' }).of(country.iso2) ?? country.name)),
  };
}

const en = localiser('en', english);
const load = async (locale: string) => localiser(locale, (await import(`../../../src/lib/i18n/messages/${locale}/index.ts`)).default as Messages);
const figures: OfficeFigures[] = [
  { office: 'AFR-KEN' as OfficeId, year: 2023, tcDeliveryUsd: 2.4e6, budgetUsd: 1.2e6, staff: 6, representativeVacant: true },
  { office: 'AFR-GHA' as OfficeId, year: 2023, tcDeliveryUsd: 0.6e6, staff: 3, representativeVacant: false },
];
// Intl may use narrow or ordinary no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the scorecard in English', () => {
  const cards = { baseline: scorecardOf(baseline), 'two-tier': scorecardOf(twoTier), 'with figures': scorecardOf(baseline, { figures }) };
  for (const [name, card] of Object.entries(cards)) {
    it(`shows every metric of the ${name} scorecard as the exports write it`, () => {
      for (const metric of card.perspectives.flatMap((p) => p.metrics)) {
        if (metric.definition.id === 'cost-change' && metric.value !== 0) continue; // the export writes the amount in millions
        expect(plain(metricDisplay(en, metric)), metric.definition.id).toBe(metric.display);
      }
    });
  }

  it('has a name and an explanation for every metric, the same as the definitions', () => {
    for (const definition of DEFAULT_METRICS) {
      expect(english[`scorecard.metric.${definition.id}.name` as MessageKey], definition.id).toBe(definition.label);
      expect(english[`scorecard.metric.${definition.id}.definition` as MessageKey], definition.id).toBe(definition.definition);
    }
  });

  it('states target and scale with the unit', () => {
    const tiers = metricOf(cards.baseline, 'tiers').definition;
    expect(targetText(en, tiers)).toBe('≤ 2 tiers');
    expect(scaleText(en, tiers)).toBe('Lower is better. Amber up to 3 tiers; the score is 0 at 4 tiers and 100 at the target.');
    expect(plain(targetText(en, metricOf(cards.baseline, 'running-cost').definition))).toBe('≤ USD 40M');
  });

  it('writes drill-down lines with where a country is covered from', () => {
    const somalia = metricOf(cards.baseline, 'distance-mean').drillDown?.items.find((i) => i.id === 'SOM');
    expect(somalia && plain(drillDownLine(en, somalia))).toMatch(/^Somalia \(from Addis Ababa\): 902\.\d km$/);
  });

  it('signs differences', () => {
    expect(formatQuantity(en, 3, 'countries', 0, true)).toBe('+3 countries');
    expect(formatQuantity(en, -1, 'offices', 0, true)).toBe('-1 office');
  });
});

describe('the scorecard in other languages', () => {
  const card = scorecardOf(baseline);

  it('French: numbers, money and plurals', async () => {
    const fr = await load('fr');
    expect(plain(metricDisplay(fr, metricOf(card, 'distance-mean')))).toBe('1 588 km');
    expect(plain(metricDisplay(fr, metricOf(card, 'running-cost')))).toBe('44,8 M USD');
    expect(plain(metricDisplay(fr, metricOf(card, 'in-country-office-share')))).toBe('30,8 %');
    expect(formatQuantity(fr, 1, 'offices')).toBe('1 bureau');
    expect(formatQuantity(fr, 3, 'offices')).toBe('3 bureaux');
    expect(perspectiveName(fr, 'member-states')).toBe('États Membres et partenaires');
    expect(metricDisplay(fr, metricOf(card, 'delivery-per-cost'))).toBe('pas de données');
  });

  it('Russian: the three plural forms', async () => {
    const ru = await load('ru');
    expect([1, 2, 5, 21].map((n) => formatQuantity(ru, n, 'countries'))).toEqual(['1 страна', '2 страны', '5 стран', '21 страна']);
  });

  it('Chinese and Arabic: the metric names and tier counts are their own', async () => {
    const zh = await load('zh');
    const ar = await load('ar');
    const tiers = metricOf(card, 'tiers');
    expect(metricName(zh, tiers.definition)).not.toBe(metricName(en, tiers.definition));
    expect(metricDisplay(zh, metricOf(card, 'offices-by-type'))).toMatch(/区域中心/);
    expect(metricDisplay(ar, metricOf(card, 'offices-by-type'))).toMatch(/مكتب/);
  });
});
