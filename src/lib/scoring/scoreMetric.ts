// Scores one metric value against its definition (RAG status and a 0–100 score), and turns a
// computed value into the MetricValue the scorecard shows, with its display text.
import type { DisplayDetail, DrillDown, MetricDefinition, MetricValue, Rag } from './types';

/**
 * RAG status from the target and amber limit in the metric's direction, and a score rising
 * linearly from 0 at zeroScoreAt to 100 at the target, clamped. Informational metrics
 * (weight 0) keep their RAG but get no score; a missing value is "no-data".
 * @example scoreValue({ direction: 'lower-is-better', target: 1000, amberLimit: 1500, zeroScoreAt: 3000, weight: 1, … }, 2000)
 * // → { rag: 'red', score: 50 }
 * @example scoreValue(anyMetric, null) // → { rag: 'no-data', score: null }
 */
export function scoreValue(definition: MetricDefinition, value: number | null): { rag: Rag; score: number | null } {
  if (value === null || !Number.isFinite(value)) return { rag: 'no-data', score: null };
  const rag = ragOf(definition, value);
  if (definition.weight === 0) return { rag, score: null };
  return { rag, score: linearScore(definition, value) };
}

function ragOf({ direction, target, amberLimit }: MetricDefinition, value: number): Rag {
  const atLeast = (limit: number) => (direction === 'higher-is-better' ? value >= limit : value <= limit);
  if (atLeast(target)) return 'green';
  return atLeast(amberLimit) ? 'amber' : 'red';
}

function linearScore({ direction, target, zeroScoreAt }: MetricDefinition, value: number): number {
  const meets = direction === 'higher-is-better' ? value >= target : value <= target;
  // A degenerate scale (target = zero-score point) is a step: full marks on target, none off it.
  if (target === zeroScoreAt) return meets ? 100 : 0;
  const score = ((value - zeroScoreAt) / (target - zeroScoreAt)) * 100;
  return Math.min(100, Math.max(0, score));
}

const formatters = new Map<number, Intl.NumberFormat>();
/** Exports, logs and the golden file are in English whatever the interface language (the interface uses metricText). */
const EXPORT_LOCALE = 'en';
const compactUsd = new Intl.NumberFormat(EXPORT_LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

function formatter(fractionDigits: number): Intl.NumberFormat {
  let format = formatters.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(EXPORT_LOCALE, { maximumFractionDigits: fractionDigits });
    formatters.set(fractionDigits, format);
  }
  return format;
}

/**
 * A number as text in English. USD amounts are compact and lead with the currency.
 * @example formatNumber(1234.5, 0) // → "1,235"
 */
export function formatNumber(value: number, fractionDigits = 0): string {
  return formatter(fractionDigits).format(value);
}

const SINGULAR: Readonly<Record<string, string>> = {
  countries: 'country', offices: 'office', 'country offices': 'country office', posts: 'post', tiers: 'tier', hours: 'hour',
};

/**
 * A value with its unit for display; "no data" when there is none.
 * @example formatValue(1234.5, 'km') // → "1,235 km"
 * @example formatValue(30.8333, '%', 1) // → "30.8%"
 * @example formatValue(45_400_000, 'USD') // → "USD 45.4M"
 * @example formatValue(291_025.6, 'USD per country') // → "USD 291K per country"
 * @example formatValue(1, 'offices') // → "1 office"
 * @example formatValue(null, 'km') // → "no data"
 */
export function formatValue(value: number | null, unit: string, fractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  if (unit === '%') return `${formatNumber(value, fractionDigits)}%`;
  if (unit.startsWith('USD')) return `USD ${compactUsd.format(value)}${unit.slice(3)}`;
  const text = formatNumber(value, fractionDigits);
  return `${text} ${text === '1' ? (SINGULAR[unit] ?? unit) : unit}`;
}

export interface MetricExtras {
  /** Display text other than the formatted value, e.g. "2 / 4.1 / 9" for min / mean / max. */
  readonly display?: string;
  /** What that display text is made of, for the interface to write it in another language. */
  readonly detail?: DisplayDetail;
  readonly fractionDigits?: number;
  readonly drillDown?: DrillDown;
  readonly byRegion?: MetricValue['byRegion'];
}

/**
 * The scorecard's entry for a computed value: scored, with display text (or "no data").
 * @example toMetricValue(tiers, 3) // → { definition: tiers, value: 3, display: "3 tiers", rag: 'amber', score: 50 }
 */
export function toMetricValue(definition: MetricDefinition, value: number | null, extras: MetricExtras = {}): MetricValue {
  const usable = value !== null && Number.isFinite(value) ? value : null;
  const display = usable === null ? 'no data' : (extras.display ?? formatValue(usable, definition.unit, extras.fractionDigits));
  return {
    definition,
    value: usable,
    display,
    ...scoreValue(definition, usable),
    ...(extras.fractionDigits ? { fractionDigits: extras.fractionDigits } : {}),
    ...(extras.detail && usable !== null ? { detail: extras.detail } : {}),
    ...(extras.drillDown ? { drillDown: extras.drillDown } : {}),
    ...(extras.byRegion ? { byRegion: extras.byRegion } : {}),
  };
}
