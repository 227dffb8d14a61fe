// The scale bar shows a round distance no longer than the room it has.
import { describe, expect, it } from 'vitest';
import { chooseScaleBar } from '../../../src/lib/export/scaleBar';

describe('chooseScaleBar', () => {
  it.each([
    [10, 150, 1000, 100],
    [10, 250, 2000, 200],
    [10, 600, 5000, 500],
    [0.5, 90, 20, 40],
    [33.3, 180, 5000, 150.15],
  ])('%d km per pixel in %d px → %d km over %d px', (kmPerPx, room, km, width) => {
    const bar = chooseScaleBar(kmPerPx, room);
    expect(bar.km).toBe(km);
    expect(bar.widthPx).toBeCloseTo(width, 1);
    expect(bar.widthPx).toBeLessThanOrEqual(room);
  });
});
