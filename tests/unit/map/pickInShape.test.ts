import { describe, expect, it } from 'vitest';
import { geometryHolds, isInsidePolygon, pickInShape, rectangleCorners } from '../../../src/lib/map/pickInShape';
import { countryAt, dataLongitude } from '../../../src/lib/map/layers/placeTool';
import type { CountryFeature } from '../../../src/lib/geo/basemapFeatures';
import { asCountryCode } from '../../../src/lib/model/types';

const square = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
// A "C" shape: its mouth (x 4–10, y 4–6) is outside.
const cShape = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 4 }, { x: 4, y: 4 }, { x: 4, y: 6 }, { x: 10, y: 6 }, { x: 10, y: 10 }, { x: 0, y: 10 }];

describe('isInsidePolygon', () => {
  it.each([
    { point: { x: 5, y: 5 }, polygon: square, inside: true },
    { point: { x: 11, y: 5 }, polygon: square, inside: false },
    { point: { x: 2, y: 5 }, polygon: cShape, inside: true },
    { point: { x: 7, y: 5 }, polygon: cShape, inside: false },
    { point: { x: 7, y: 8 }, polygon: cShape, inside: true },
  ])('$point in polygon → $inside', ({ point, polygon, inside }) => {
    expect(isInsidePolygon(point, polygon)).toBe(inside);
  });
});

describe('pickInShape', () => {
  const items = [
    { id: 'a', at: { x: 1, y: 1 } },
    { id: 'b', at: { x: 12, y: 1 } },
    { id: 'c', at: null },
    { id: 'd', at: { x: 9, y: 9 } },
  ];
  it('keeps the items inside, in their order, and skips those without a position', () => {
    expect(pickInShape(items, (i) => i.at, square).map((i) => i.id)).toEqual(['a', 'd']);
  });
  it('picks nothing with a shape of fewer than three points (a click, not a drag)', () => {
    expect(pickInShape(items, (i) => i.at, square.slice(0, 2))).toEqual([]);
  });
  it('a rectangle drawn from any corner holds the same items', () => {
    for (const [from, to] of [[{ x: 0, y: 0 }, { x: 10, y: 10 }], [{ x: 10, y: 10 }, { x: 0, y: 0 }], [{ x: 10, y: 0 }, { x: 0, y: 10 }]] as const) {
      expect(pickInShape(items, (i) => i.at, rectangleCorners(from, to)).map((i) => i.id)).toEqual(['a', 'd']);
    }
  });
});

describe('countryAt and geometryHolds', () => {
  const feature = (code: string, coordinates: number[][][][]): CountryFeature => ({ type: 'Feature', properties: { name: code }, geometry: { type: 'MultiPolygon', coordinates }, code: asCountryCode(code) });
  // Island AAA with a lake (a hole) in it; BBB is two islands, one across the Pacific shift (lon > 180).
  const features = [
    feature('AAA', [[[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]]),
    feature('BBB', [[[[20, 0], [30, 0], [30, 10], [20, 0]]], [[[185, -15], [190, -15], [190, -10], [185, -10], [185, -15]]]]),
  ];
  it.each([
    { lat: 2, lon: 2, code: 'AAA' },
    { lat: 5, lon: 5, code: null }, // the lake
    { lat: 2, lon: 28, code: 'BBB' },
    { lat: -12, lon: 187, code: 'BBB' },
    { lat: 50, lon: 50, code: null },
  ])('($lat, $lon) → $code', ({ lat, lon, code }) => {
    expect(countryAt(features, lat, lon)).toBe(code);
  });
  it('holds nothing for a point geometry or none', () => {
    expect(geometryHolds({ type: 'Point', coordinates: [1, 1] }, 1, 1)).toBe(false);
    expect(geometryHolds(null, 1, 1)).toBe(false);
  });
  it('turns a longitude of the map (past 180° for the Pacific) into one of the data', () => {
    expect([dataLongitude(187.9), dataLongitude(36.8), dataLongitude(-172.1), dataLongitude(-200)]).toEqual([-172.1, 36.8, -172.1, 160].map((v) => expect.closeTo(v, 9)));
  });
});
