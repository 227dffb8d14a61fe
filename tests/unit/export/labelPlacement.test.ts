// Office labels beside their symbols, never over another label or symbol, never outside the frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/lib/export/labelPlacement';
import { A4_FRAME, labelRequests } from '../../bench/labelRequests';
import { placeLabelsAllPairs } from '../../fixtures/allPairsLabelPlacement';

const frame = { x: 0, y: 0, width: 400, height: 300 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its symbol', () => {
    expect(placeLabels([{ id: 'a', text: 'Nairobi', x: 100, y: 100, radius: 6 }], 10, frame)).toEqual([{ id: 'a', text: 'Nairobi', x: 109, y: 103.5, align: 'left' }]);
  });

  it('moves a label left at the frame edge', () => {
    expect(placeLabels([{ id: 'a', text: 'Nairobi', x: 395, y: 100, radius: 4 }], 10, frame)[0]?.align).toBe('right');
  });

  it('leaves out what cannot fit and keeps the first (most important) label', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, text: 'Addis Ababa', x: 200 + i, y: 150 + i, radius: 6 }));
    const placed = placeLabels(crowd, 10, frame);
    expect(placed[0]?.id).toBe('o0');
    expect(placed.length).toBeLessThan(crowd.length);
  });
});

// The R-tree placement must give exactly what comparing every pair gave (the former code,
// kept as the reference): same labels, same sides, same order.
describe('placeLabels matches the all-pairs placement it replaced', () => {
  const request = fc.record({
    text: fc.constantFrom('Nairobi', 'Addis Ababa', 'Dakar', 'Ouagadougou', 'Pékin 北京', 'بيروت', ''),
    // Whole pixels on a coarse grid, so that boxes often touch exactly (touching is not overlapping).
    x: fc.integer({ min: -20, max: 420 }).map((v) => v - (v % 5)),
    y: fc.integer({ min: -20, max: 320 }).map((v) => v - (v % 5)),
    radius: fc.constantFrom(0, 3, 4.5, 6),
  });

  it('for any crowd of labels, font size and frame', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 80 }), fc.constantFrom(8, 10, 12.5), (crowd, fontSize) => {
        const requests = crowd.map((r, i) => ({ ...r, id: `o${i}` }));
        expect(placeLabels(requests, fontSize, frame)).toEqual(placeLabelsAllPairs(requests, fontSize, frame));
      }),
      { numRuns: 300 },
    );
  });

  it('for 5,000 labels on an A4 page at 300 dpi (the benchmark crowd)', () => {
    const requests = labelRequests(5000);
    const placed = placeLabels(requests, 20, A4_FRAME);
    expect(placed).toEqual(placeLabelsAllPairs(requests, 20, A4_FRAME));
    // Not a trivial crowd: many fit, many do not.
    expect(placed.length).toBeGreaterThan(500);
    expect(placed.length).toBeLessThan(4500);
  });

  it('when a symbol has no position (NaN), as the all-pairs placement did', () => {
    const requests = [
      { id: 'a', text: 'Nairobi', x: Number.NaN, y: 100, radius: 6 },
      { id: 'b', text: 'Nairobi', x: 100, y: 100, radius: 6 },
      { id: 'c', text: 'Nairobi', x: 140, y: 100, radius: 6 },
    ];
    expect(placeLabels(requests, 10, frame)).toEqual(placeLabelsAllPairs(requests, 10, frame));
    expect(placeLabels(requests, 10, frame).map((l) => l.id)).toEqual(['b', 'c']);
  });

  it('lets a label touch, but not overlap, another label', () => {
    // Labels are 10 × 1.15 = 11.5 px high: a's right-hand label spans y 94.25–105.75, so b's,
    // 11.5 px lower, starts exactly where a's ends.
    const touching = [
      { id: 'a', text: 'Nairobi', x: 100, y: 100, radius: 0 },
      { id: 'b', text: 'Nairobi', x: 100, y: 111.5, radius: 0 },
    ];
    expect(placeLabels(touching, 10, frame).map((l) => l.align)).toEqual(['left', 'left']);
    const overlapping = [touching[0]!, { ...touching[1]!, y: 111 }];
    expect(placeLabels(overlapping, 10, frame).map((l) => l.align)).toEqual(['left', 'right']);
  });
});
