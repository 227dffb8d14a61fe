// The Natural Earth basemap against the embedded country list: every shape is joined to a
// country, and no shape crosses the map in a streak.
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { assignCountryCodes, toBasemapShapes } from '../../../src/lib/geo/basemapFeatures';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';

const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const { countries, offices } = loaded.network;
// The production path: shapes decoded (in the worker), then matched to the data set's countries.
const features = assignCountryCodes(toBasemapShapes(topology), countries);

function rings(geometry: (typeof features)[number]['geometry']): number[][][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

describe('toBasemapShapes then assignCountryCodes', () => {
  it('joins every shape but the disputed Siachen Glacier to a country', () => {
    expect(features.filter((f) => f.code === null).map((f) => f.properties.name)).toEqual(['Siachen Glacier']);
  });

  it('draws every country of the list that is marked as on the basemap', () => {
    const drawn = new Set(features.map((f) => f.code));
    expect(countries.filter((c) => c.onBasemap && !drawn.has(c.code)).map((c) => c.code)).toEqual([]);
  });

  it('leaves only Tuvalu among covered countries without a shape (drawn as a dot)', () => {
    const drawn = new Set(features.map((f) => f.code));
    const covered = offices.flatMap((o) => o.coveredCountries);
    expect(covered.filter((code) => !drawn.has(code))).toEqual(['TUV']);
  });

  it('leaves Antarctica out', () => {
    expect(features.some((f) => f.properties.name === 'Antarctica')).toBe(false);
  });

  it('has no ring that jumps more than 180° of longitude (no streaks)', () => {
    const streaky = features.filter((f) => rings(f.geometry).some((ring) => ring.slice(1).some((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)) > 180)));
    expect(streaky.map((f) => f.properties.name)).toEqual([]);
  });

  it('draws Somaliland as part of Somalia, which the Kenya office covers', () => {
    expect(features.find((f) => f.properties.name === 'Somaliland')?.code).toBe('SOM');
  });

  it.each([
    { code: 'UGA', borders: ['COD', 'KEN', 'RWA', 'SSD', 'TZA'] },
    // Somaliland's borders are Somalia's: Djibouti and Ethiopia are reached through it.
    { code: 'SOM', borders: ['DJI', 'ETH', 'KEN'] },
    { code: 'MDG', borders: [] },
  ])('knows which countries $code borders', ({ code, borders }) => {
    const shapes = features.filter((f) => f.code === code);
    expect(shapes.length).toBeGreaterThan(0);
    expect([...new Set(shapes.flatMap((f) => f.neighbours ?? []))].sort()).toEqual(borders);
  });

  it('makes borders mutual and never lets a country border itself', () => {
    const bordersOf = (code: string) => new Set(features.filter((f) => f.code === code).flatMap((f) => f.neighbours ?? []));
    // (Shapes that are no country, the Siachen Glacier, are drawn neutral and left aside.)
    const oneSided = features.filter((f) => f.code).flatMap((f) => (f.neighbours ?? []).filter((other) => !bordersOf(other).has(f.code as never)).map((other) => `${f.code}→${other}`));
    expect(oneSided).toEqual([]);
    expect(features.filter((f) => f.code && f.neighbours?.includes(f.code)).map((f) => f.code)).toEqual([]);
  });
});
