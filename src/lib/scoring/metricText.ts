// The scorecard in the interface language: metric and perspective names, values with their
// units, targets, scales and drill-down lines, written from the catalogue through a Localiser
// (the app passes its i18n). The English texts of the definitions stay for exports.
import type { MessageKey } from '../i18n/messages/en';
import type { MessageValues } from '../i18n/formatMessage';
import { ALL_TIERS, type Region, type Tier } from '../model/types';
import { DEFAULT_METRICS } from './metricDefinitions';
import type { DrillDownItem, MetricDefinition, MetricValue, Perspective, Rag } from './types';

/** What the scorecard needs of the interface language; the app's i18n object is one. */
export interface Localiser {
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly regionName: (region: Region | null) => string;
  readonly countryName: (country: { readonly iso2: string; readonly name: string }) => string;
}

/** The metrics' units (as the definitions spell them) → their catalogue names. */
const UNITS = {
  countries: 'countries', '%': 'percent', km: 'km', hours: 'hours', tiers: 'tiers', offices: 'offices',
  'country offices': 'countryOffices', 'countries per office': 'countriesPerOffice', USD: 'usd',
  'USD per country': 'usdPerCountry', 'USD per USD': 'usdPerUsd', 'USD per staff': 'usdPerStaff', staff: 'staff', posts: 'posts',
} as const satisfies Record<string, string>;
type UnitName = (typeof UNITS)[keyof typeof UNITS];
const unitOf = (unit: string): UnitName | undefined => (UNITS as Record<string, UnitName>)[unit];

const KNOWN_METRICS = new Set<string>(DEFAULT_METRICS.map((m) => m.id));

export const perspectiveName = (loc: Localiser, perspective: Perspective): string => loc.t(`scorecard.perspective.${perspective}`);
export const ragName = (loc: Localiser, rag: Rag): string => loc.t(`scorecard.rag.${rag}`);

/** A metric's name; an unknown metric keeps the (English) label it came with. */
export const metricName = (loc: Localiser, definition: MetricDefinition): string =>
  KNOWN_METRICS.has(definition.id) ? loc.t(`scorecard.metric.${definition.id}.name` as MessageKey) : definition.label;

/** "How is this computed?", in plain words. */
export const metricExplanation = (loc: Localiser, definition: MetricDefinition): string =>
  KNOWN_METRICS.has(definition.id) ? loc.t(`scorecard.metric.${definition.id}.definition` as MessageKey) : definition.definition;

/**
 * A unit on its own, for headings: "countries", "%", "USD per country".
 * @example unitName(french, 'countries') // → "pays"
 */
export function unitName(loc: Localiser, unit: string): string {
  const name = unitOf(unit);
  return name ? loc.t(`scorecard.unitName.${name}`) : unit;
}

/**
 * A value with its unit, e.g. "1,585 km", "30.8%", "USD 45.4M", "1 office"; `signed` adds "+"
 * or "-" (for differences).
 * @example formatQuantity(english, 3.25, 'countries per office', 2) // → "3.25 countries per office"
 * @example formatQuantity(french, 45.4e6, 'USD') // → "45,4 M USD"
 */
export function formatQuantity(loc: Localiser, value: number, unit: string, fractionDigits = 0, signed = false): string {
  const signDisplay = signed ? 'exceptZero' : 'auto';
  const name = unitOf(unit);
  if (name === 'percent') return loc.number(value / 100, { style: 'percent', maximumFractionDigits: fractionDigits, signDisplay });
  if (name === 'usd' || unit.startsWith('USD')) {
    const amount = loc.number(value, {
      style: 'currency', currency: 'USD', currencyDisplay: 'code', notation: 'compact',
      minimumFractionDigits: 0, maximumFractionDigits: fractionDigits || 1, signDisplay,
    });
    return name && name !== 'usd' ? loc.t(`scorecard.unit.${name}`, { value: amount }) : amount;
  }
  const text = loc.number(value, { maximumFractionDigits: fractionDigits, signDisplay });
  if (!name) return `${text} ${unit}`;
  // The plural form follows the number as shown (1.04 shown as "1" is one hour).
  const count = Number(Math.abs(value).toFixed(fractionDigits));
  return loc.t(`scorecard.unit.${name}`, { count, value: text });
}

/**
 * A metric's value as the scorecard shows it, or "no data".
 * @example metricDisplay(english, tiersValue) // → "3 tiers"
 * @example metricDisplay(english, officesByType) // → "8 regional hubs · 9 regional offices · 31 country offices"
 */
export function metricDisplay(loc: Localiser, metric: MetricValue): string {
  if (metric.value === null) return loc.t('common.noData');
  const { detail } = metric;
  const digits = metric.fractionDigits ?? 0;
  if (detail?.kind === 'tier-counts') {
    return ALL_TIERS.filter((tier) => (detail.counts[tier] ?? 0) > 0)
      .map((tier: Tier) => loc.t(`scorecard.display.${detail.noun}.${tier}`, { count: detail.counts[tier] ?? 0 }))
      .join(' · ');
  }
  if (detail?.kind === 'min-mean-max') return `${loc.number(detail.min)} / ${loc.number(detail.mean, { maximumFractionDigits: 1 })} / ${loc.number(detail.max)}`;
  if (detail?.kind === 'cost-change') {
    if (detail.percent === 0) return loc.t('scorecard.display.noChange', { value: formatQuantity(loc, 0, '%') });
    return loc.t('scorecard.display.costChange', { percent: formatQuantity(loc, detail.percent, '%', digits, true), amount: formatQuantity(loc, detail.usd, 'USD', 1, true) });
  }
  return formatQuantity(loc, metric.value, metric.definition.unit, digits);
}

/**
 * The target with its direction: "≤ 2 tiers", "≥ 90%".
 * @example targetText(english, tiers) // → "≤ 2 tiers"
 */
export function targetText(loc: Localiser, definition: MetricDefinition): string {
  const value = formatQuantity(loc, definition.target, definition.unit, 1);
  return loc.t(definition.direction === 'lower-is-better' ? 'scorecard.target.lower' : 'scorecard.target.higher', { value });
}

/** Which way is better, where amber ends and where the score reaches 0, in words. */
export function scaleText(loc: Localiser, definition: MetricDefinition): string {
  const amber = formatQuantity(loc, definition.amberLimit, definition.unit, 1);
  const zero = formatQuantity(loc, definition.zeroScoreAt, definition.unit, 1);
  return loc.t(definition.direction === 'lower-is-better' ? 'scorecard.scale.lower' : 'scorecard.scale.higher', { amber, zero });
}

/**
 * One line of a drill-down: the country or office, what links it, and its value.
 * @example drillDownLine(english, somaliaItem) // → "Somalia (from Nairobi): 1,191 km"
 */
export function drillDownLine(loc: Localiser, item: DrillDownItem): string {
  const own = item.iso2 ? loc.countryName({ iso2: item.iso2, name: item.name }) : item.name;
  const note = item.note;
  const name =
    note?.kind === 'from' ? loc.t('scorecard.drill.from', { name: own, city: note.city })
    : note?.kind === 'from-other-region' ? loc.t('scorecard.drill.fromOtherRegion', { name: own, city: note.city, region: loc.regionName(note.region) })
    : note?.kind === 'not-covered' ? loc.t('scorecard.drill.notCovered', { name: own })
    : own;
  const value = formatQuantity(loc, item.value, item.unit, item.unit === 'USD per USD' ? 2 : 1);
  return loc.t('scorecard.drill.item', { name, value });
}
