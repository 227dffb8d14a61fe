import { describe, expect, it } from 'vitest';
import { bulletGeometry } from '../../../src/lib/charts/bulletGeometry';
import { regionBars } from '../../../src/lib/charts/regionBars';
import { labelWidth } from '../../../src/lib/charts/labelWidth';

describe('bulletGeometry', () => {
  it.each([
    { direction: 'lower-is-better' as const, order: ['green', 'amber', 'red'] },
    { direction: 'higher-is-better' as const, order: ['red', 'amber', 'green'] },
  ])('orders the bands $order for $direction', ({ direction, order }) => {
    const target = direction === 'lower-is-better' ? 100 : 150;
    const amberLimit = direction === 'lower-is-better' ? 150 : 100;
    const g = bulletGeometry({ target, amberLimit, zeroScoreAt: direction === 'lower-is-better' ? 200 : 0, direction }, 120, 200);
    expect(g.bands.map((b) => b.rag)).toEqual(order);
    expect(g.bands.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(200, 6);
  });

  it('draws the bar in proportion to the value and no bar without data', () => {
    const definition = { target: 50, amberLimit: 80, zeroScoreAt: 100, direction: 'lower-is-better' as const };
    const g = bulletGeometry(definition, 50, 300);
    expect(g.barWidth).toBeCloseTo(g.targetX, 6);
    expect(bulletGeometry(definition, null, 300).barWidth).toBe(0);
  });

  it('keeps a huge value inside the chart', () => {
    expect(bulletGeometry({ target: 1, amberLimit: 2, zeroScoreAt: 3, direction: 'lower-is-better' }, 1e9, 100).barWidth).toBeLessThanOrEqual(100);
  });
});

describe('regionBars', () => {
  it('gives one bar per region, the largest value the full width, and none for missing values', () => {
    const { bars } = regionBars({ Africa: 10, 'Arab States': 5 }, 200, 100);
    expect(bars.map((b) => b.region)).toEqual(['Africa', 'Arab States', 'Asia and the Pacific', 'Europe and Central Asia', 'Latin America and the Caribbean']);
    expect(bars[0]?.width).toBe(200);
    expect(bars[1]?.width).toBe(100);
    expect(bars[2]).toMatchObject({ value: null, width: 0 });
  });
});

describe('labelWidth', () => {
  it.each([
    { text: 'Africa', min: 30, max: 42 },
    { text: 'Латинская Америка и Карибский бассейн', min: 190, max: 240 },
    { text: '拉丁美洲和加勒比', min: 85, max: 90 },
  ])('$text at 11 px is $min–$max px wide', ({ text, min, max }) => {
    expect(labelWidth(text, 11)).toBeGreaterThanOrEqual(min);
    expect(labelWidth(text, 11)).toBeLessThanOrEqual(max);
  });

  it('leaves more room for a longer label', () => {
    expect(labelWidth('Arab States', 11)).toBeLessThan(labelWidth('Latin America and the Caribbean', 11));
  });
});
