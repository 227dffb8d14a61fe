import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { assignCountryCodes, toBasemapShapes, type BasemapShape } from '../../../src/lib/geo/basemapFeatures';
import { refineFeatures } from '../../../src/lib/geo/refineFeatures';
import type { Country } from '../../../src/lib/model/types';
import { packShapes, transferables, unpackShapes } from '../../../src/lib/geo/packShapes';

const require = createRequire(import.meta.url);

describe('packShapes then unpackShapes', () => {
  it('gives back every shape of the world basemap exactly', () => {
    const shapes = toBasemapShapes(require('../../../src/lib/geo/assets/countries-world.json') as Topology);
    const packed = packShapes(shapes);
    expect(unpackShapes(packed)).toEqual(shapes);
    expect(transferables(packed)).toHaveLength(2);
  });

  it('keeps a geometry that is neither a polygon nor a multipolygon as it is, between packed ones', () => {
    const square = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    const shapes: BasemapShape[] = [
      { type: 'Feature', id: '1', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: square }, neighbours: [2] },
      { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'Point', coordinates: [5, 6] } },
      { type: 'Feature', id: '3', properties: { name: 'C' }, geometry: { type: 'MultiPolygon', coordinates: [square, square] }, neighbours: [0] },
    ];
    expect(unpackShapes(packShapes(shapes))).toEqual(shapes);
  });
});

describe('the world basemap (data/tools/build-world-basemap.mjs)', () => {
  const world = toBasemapShapes(require('../../../src/lib/geo/assets/countries-world.json') as Topology);
  const detailed = toBasemapShapes(require('world-atlas/countries-50m.json') as Topology);
  const points = (shapes: BasemapShape[]) => JSON.stringify(shapes.map((s) => s.geometry)).split('],[').length;

  it('has every 1:50m shape, in the same order, so small island states are still drawn', () => {
    expect(world.map((s) => [s.id, s.properties.name])).toEqual(detailed.map((s) => [s.id, s.properties.name]));
  });

  it('has at most a fifth of the 1:50m points', () => {
    expect(points(world)).toBeLessThan(points(detailed) / 5);
  });
});

describe('refineFeatures', () => {
  const countries = [{ code: 'KEN', numeric: '404', name: 'Kenya' }] as unknown as Country[];
  const world = assignCountryCodes(toBasemapShapes(require('../../../src/lib/geo/assets/countries-world.json') as Topology), countries);
  const detailed = toBasemapShapes(require('world-atlas/countries-50m.json') as Topology);

  it('keeps each country and its neighbours and takes the detailed geometry', () => {
    const refinedFeatures = refineFeatures(world, detailed);
    const kenya = refinedFeatures.findIndex((f) => f.code === 'KEN');
    expect(kenya).toBeGreaterThanOrEqual(0);
    expect(refinedFeatures[kenya]?.geometry).toBe(detailed[kenya]?.geometry);
    expect(refinedFeatures.map((f) => [f.code, f.neighbours])).toEqual(world.map((f) => [f.code, f.neighbours]));
  });

  it('refuses a detailed basemap whose shapes are not the light one’s', () => {
    expect(() => refineFeatures(world, detailed.slice(1))).toThrow(/shapes/);
    expect(() => refineFeatures(world, [...detailed].reverse())).toThrow(/differs/);
  });
});
