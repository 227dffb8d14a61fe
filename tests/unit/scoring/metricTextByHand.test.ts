// The scorecard's words in English, each written out by hand: status names, unit headings,
// signed money and percentages, the cost change, targets and scales for "higher is better",
// and every kind of drill-down line (covered from another region, not covered, an office).
import { describe, expect, it } from 'vitest';
import english, { type MessageKey } from '../../../src/lib/i18n/messages/en';
import { formatMessage, type MessageValues } from '../../../src/lib/i18n/formatMessage';
import { asMetricId, metricDefinition } from '../../../src/lib/scoring/metricDefinitions';
import { drillDownLine, formatQuantity, metricDisplay, metricExplanation, metricName, ragName, scaleText, targetText, unitName, type Localiser } from '../../../src/lib/scoring/metricText';
import type { MetricDefinition, MetricValue } from '../../../src/lib/scoring/types';
import { asCountryCode, asOfficeId } from '../../../src/lib/model/types';

const en: Localiser = {
  t: (key: MessageKey, values?: MessageValues) => formatMessage('en', english[key], values),
  number: (value, options = { maximumFractionDigits: 1 }) => new Intl.NumberFormat('en', options).format(value),
  regionName: (region) => `region ${region ?? 'none'}`,
  countryName: (country) => `${country.name} [${country.iso2}]`,
};
// Intl may use narrow or ordinary no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const custom: MetricDefinition = {
  id: asMetricId('not-in-the-catalogue'), perspective: 'resources', label: 'Imported metric', definition: 'Counted by hand.',
  unit: 'widgets', direction: 'higher-is-better', target: 10, amberLimit: 5, zeroScoreAt: 0, weight: 1,
};

describe('names', () => {
  it('names every status', () => {
    expect(['green', 'amber', 'red', 'no-data'].map((rag) => ragName(en, rag as 'green'))).toEqual(['On target', 'Near target', 'Off target', 'No data']);
  });

  it('names a catalogued metric from the catalogue and keeps the label and definition of one it does not know', () => {
    expect(metricName(en, { ...metricDefinition('tiers', {}), label: 'ignored' })).toBe('Number of tiers');
    expect(metricExplanation(en, { ...metricDefinition('tiers', {}), definition: 'ignored' })).toMatch(/^The number of office types in use/);
    expect(metricName(en, custom)).toBe('Imported metric');
    expect(metricExplanation(en, custom)).toBe('Counted by hand.');
  });

  it('names units for headings, and keeps a unit it does not know', () => {
    expect(unitName(en, 'countries')).toBe('countries');
    expect(unitName(en, '%')).toBe('%');
    expect(unitName(en, 'USD per staff')).toBe('USD per staff member');
    expect(unitName(en, 'widgets')).toBe('widgets');
  });
});

describe('formatQuantity', () => {
  it.each([
    [12.34, '%', 1, false, '12.3%'],
    [-4.5, '%', 1, true, '-4.5%'],
    [4.5, '%', 1, true, '+4.5%'],
    [0, '%', 1, true, '0%'],
    [45_400_000, 'USD', 0, false, 'USD 45.4M'],
    [2_500_000, 'USD', 1, true, '+USD 2.5M'],
    [291_025.6, 'USD per country', 0, false, 'USD 291K per country'],
    [1.666, 'USD per USD', 2, false, 'USD 1.67 per USD'],
    [1.04, 'hours', 1, false, '1 hour'],
    [2, 'hours', 1, false, '2 hours'],
    [7.25, 'widgets', 1, false, '7.3 widgets'],
    [1, 'widgets', 0, false, '1 widgets'],
  ] as const)('%d %s (%d digits, signed %s) → %s', (value, unit, digits, signed, text) => {
    expect(plain(formatQuantity(en, value, unit, digits, signed))).toBe(text);
  });
});

describe('metricDisplay of a cost change', () => {
  const costChange = metricDefinition('cost-change', {});
  const value = (percent: number, usd: number): MetricValue => ({
    definition: costChange, value: percent, display: '', rag: 'green', score: null, fractionDigits: 1, detail: { kind: 'cost-change', percent, usd },
  });

  it('signs both the share and the amount', () => {
    expect(plain(metricDisplay(en, value(12.5, 5_600_000)))).toBe('+12.5% (+USD 5.6M)');
    expect(plain(metricDisplay(en, value(-3.75, -1_680_000)))).toBe('-3.8% (-USD 1.7M)');
  });

  it('says "no change" for none', () => {
    expect(metricDisplay(en, value(0, 0))).toBe('0% (no change)');
  });

  it('says "no data" without a value, whatever the detail', () => {
    expect(metricDisplay(en, { ...value(5, 1), value: null })).toBe('no data');
  });
});

describe('targets and scales of a higher-is-better metric', () => {
  const coverage = metricDefinition('coverage-share', {});
  it('reads "≥" and "down to"', () => {
    expect(targetText(en, coverage)).toBe('≥ 100%');
    expect(scaleText(en, coverage)).toBe('Higher is better. Amber down to 95%; the score is 0 at 90% and 100 at the target.');
  });
});

describe('drillDownLine', () => {
  it('names a country covered from another region with the region', () => {
    const line = drillDownLine(en, { id: asCountryCode('YEM'), label: '', name: 'Yemen', iso2: 'YE', note: { kind: 'from-other-region', city: 'Cairo', region: 'Arab States' }, value: 2194.44, unit: 'km' });
    expect(plain(line)).toBe('Yemen [YE] (from Cairo, region Arab States): 2,194.4 km');
  });

  it('says a country is not covered', () => {
    const line = drillDownLine(en, { id: asCountryCode('SOM'), label: '', name: 'Somalia', iso2: 'SO', note: { kind: 'not-covered' }, value: 0, unit: 'offices' });
    expect(line).toBe('Somalia [SO] (not covered): 0 offices');
  });

  it('names an office by its name alone, and a ratio with two digits', () => {
    const line = drillDownLine(en, { id: asOfficeId('AFR-KEN'), label: '', name: 'Regional Office Kenya', value: 1.666, unit: 'USD per USD' });
    expect(plain(line)).toBe('Regional Office Kenya: USD 1.67 per USD');
  });
});
