// Office labels beside their symbols, never over another label or symbol, never outside the frame.
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/lib/export/labelPlacement';

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
