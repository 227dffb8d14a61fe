import { describe, expect, it } from 'vitest';
import { asMetricId } from '../../../src/lib/scoring/metricDefinitions';
import { formatValue, scoreValue, toMetricValue } from '../../../src/lib/scoring/scoreMetric';
import type { MetricDefinition } from '../../../src/lib/scoring/types';

const base = { id: asMetricId('m'), perspective: 'member-states', label: 'M', definition: 'd', unit: 'km', weight: 1 } as const;
const higher: MetricDefinition = { ...base, direction: 'higher-is-better', target: 100, amberLimit: 50, zeroScoreAt: 0 };
const lower: MetricDefinition = { ...base, direction: 'lower-is-better', target: 1000, amberLimit: 2000, zeroScoreAt: 3000 };

describe('scoreValue: RAG boundaries and linear score', () => {
  const cases = [
    { definition: higher, value: 120, rag: 'green', score: 100 },
    { definition: higher, value: 100, rag: 'green', score: 100 },
    { definition: higher, value: 99.9, rag: 'amber', score: 99.9 },
    { definition: higher, value: 50, rag: 'amber', score: 50 },
    { definition: higher, value: 49.9, rag: 'red', score: 49.9 },
    { definition: higher, value: 0, rag: 'red', score: 0 },
    { definition: higher, value: -10, rag: 'red', score: 0 },
    { definition: lower, value: 500, rag: 'green', score: 100 },
    { definition: lower, value: 1000, rag: 'green', score: 100 },
    { definition: lower, value: 1000.5, rag: 'amber', score: 99.975 },
    { definition: lower, value: 2000, rag: 'amber', score: 50 },
    { definition: lower, value: 2001, rag: 'red', score: 49.95 },
    { definition: lower, value: 3000, rag: 'red', score: 0 },
    { definition: lower, value: 9000, rag: 'red', score: 0 },
    { definition: { ...lower, weight: 0 }, value: 1500, rag: 'amber', score: null },
    { definition: { ...lower, weight: 0 }, value: 9000, rag: 'red', score: null },
    { definition: lower, value: null, rag: 'no-data', score: null },
    { definition: higher, value: Number.NaN, rag: 'no-data', score: null },
    { definition: { ...lower, target: 0, amberLimit: 0, zeroScoreAt: 0 }, value: 0, rag: 'green', score: 100 },
    { definition: { ...lower, target: 0, amberLimit: 0, zeroScoreAt: 0 }, value: 1, rag: 'red', score: 0 },
  ] as const;
  it.each(cases)('$definition.direction $value → $rag, $score', ({ definition, value, rag, score }) => {
    const result = scoreValue(definition, value);
    expect(result.rag).toBe(rag);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 9);
  });
});

describe('formatValue', () => {
  const cases = [
    { value: 1234.5, unit: 'km', digits: 0, text: '1,235 km' },
    { value: 30.76923, unit: '%', digits: 1, text: '30.8%' },
    { value: 3.25, unit: 'countries per office', digits: 2, text: '3.25 countries per office' },
    { value: 45_400_000, unit: 'USD', digits: 0, text: 'USD 45.4M' },
    { value: 291_025.64, unit: 'USD per country', digits: 0, text: 'USD 291K per country' },
    { value: 1, unit: 'offices', digits: 0, text: '1 office' },
    { value: 1.04, unit: 'hours', digits: 1, text: '1 hour' },
    { value: 1, unit: 'staff', digits: 0, text: '1 staff' },
    { value: null, unit: 'km', digits: 0, text: 'no data' },
  ];
  it.each(cases)('$value $unit → $text', ({ value, unit, digits, text }) => {
    expect(formatValue(value, unit, digits)).toBe(text);
  });
});

describe('toMetricValue', () => {
  it('says "no data" and scores nothing without a value, whatever display was offered', () => {
    expect(toMetricValue(lower, null, { display: '1 / 2 / 3' })).toEqual({ definition: lower, value: null, display: 'no data', rag: 'no-data', score: null });
  });

  it('uses the offered display text when there is a value', () => {
    expect(toMetricValue(lower, 1500, { display: '1 / 1,500 / 2' })).toMatchObject({ display: '1 / 1,500 / 2', rag: 'amber', score: 75 });
  });
});
