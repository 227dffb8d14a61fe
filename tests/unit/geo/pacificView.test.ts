import { describe, expect, it } from 'vitest';
import { displayLongitude, shiftPacificPolygons } from '../../../src/lib/geo/pacificView';

describe('displayLongitude', () => {
  it.each([
    { lon: -172.1, expected: 187.9 },
    { lon: -157.4, expected: 202.6 },
    { lon: -150, expected: -150 },
    { lon: -99.1, expected: -99.1 },
    { lon: 179.2, expected: 179.2 },
  ])('$lon → $expected', ({ lon, expected }) => {
    expect(displayLongitude(lon)).toBeCloseTo(expected, 6);
  });
});

describe('shiftPacificPolygons', () => {
  it('moves a polygon lying wholly west of 150°W one world east, and keeps the others', () => {
    const samoa = [[[-172.8, -13.5], [-171.4, -13.5], [-171.4, -14.1], [-172.8, -13.5]]];
    const mexico = [[[-117, 32], [-86, 21], [-92, 14], [-117, 32]]];
    const shifted = shiftPacificPolygons({ type: 'MultiPolygon', coordinates: [samoa, mexico] });
    expect(shifted).toEqual({ type: 'MultiPolygon', coordinates: [[[[187.2, -13.5], [188.6, -13.5], [188.6, -14.1], [187.2, -13.5]]].map((r) => r.map(([x, y]) => [expect.closeTo(x as number, 6), y])), mexico] });
  });
});
