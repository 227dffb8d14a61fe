import { describe, expect, it } from 'vitest';
import { timelineGeometry } from '../../../src/lib/charts/timelineGeometry';

describe('timelineGeometry', () => {
  it('places bars in date order, today between them, and leaves undated items without a bar', () => {
    const g = timelineGeometry(
      [
        { id: 'a', start: '2023-01-01', end: '2023-06-30', milestone: false },
        { id: 'b', start: '2023-11-27', end: '2023-11-27', milestone: true },
        { id: 'c', start: null, end: null, milestone: false },
      ],
      '2023-09-01',
      600,
      20,
    );
    const [a, b, c] = g.rows;
    expect(a!.x0!).toBeLessThan(a!.x1!);
    expect(a!.x1!).toBeLessThan(g.todayX);
    expect(g.todayX).toBeLessThan(b!.x0!);
    expect(b!.x0).toBe(b!.x1);
    expect(c).toMatchObject({ x0: null, x1: null, y: 40 });
    expect(g.ticks.length).toBeGreaterThan(1);
  });
});

describe('timelineGeometry tick labels', () => {
  const items = [{ id: 'a', start: '2023-01-01', end: '2023-12-31', milestone: false }];
  it('writes months in the interface language and years as numbers', () => {
    const french = timelineGeometry(items, '2023-07-01', 600, 20, 'fr').ticks.map((t) => t.label);
    expect(french).toContain('2023');
    expect(french.some((label) => /juil|avr|oct/.test(label))).toBe(true);
    const english = timelineGeometry(items, '2023-07-01', 600, 20).ticks.map((t) => t.label);
    expect(english.some((label) => /Jul|Apr|Oct/.test(label))).toBe(true);
  });
});
