// Country fills by covering office: neighbouring countries covered by different offices must
// never share a fill. The borders are read here straight from the basemap's topology with
// topojson-client, independently of how the app passes them along.
import { createRequire } from 'node:module';
import { hsl } from 'd3-color';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { UNNUMBERED_BASEMAP_FEATURES, assignCountryCodes, toBasemapShapes } from '../../../src/lib/geo/basemapFeatures';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { REGION_HUES, assignOfficeColors, regionShade, touchingOffices } from '../../../src/lib/map/officeColors';
import type { CountryCode, Network, Office, OfficeId, Region } from '../../../src/lib/model/types';

const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const network = loaded.network;
const features = assignCountryCodes(toBasemapShapes(topology), network.countries);

/** Every pair of bordering countries of the topology (shapes matched by ISO numeric code, or by name). */
function borderPairs(): [CountryCode, CountryCode][] {
  const geometries = (topology.objects as Record<string, GeometryCollection<{ name: string }>>)['countries']!.geometries;
  const byNumeric = new Map(network.countries.map((c) => [c.numeric, c.code]));
  const codeOf = (i: number) => {
    const g = geometries[i]!;
    return g.id !== undefined ? byNumeric.get(String(g.id)) : (UNNUMBERED_BASEMAP_FEATURES[(g.properties as { name: string }).name] as CountryCode | undefined);
  };
  return neighbors(geometries).flatMap((others, i) =>
    others.flatMap((j) => {
      const [a, b] = [codeOf(i), codeOf(j)];
      return a && b && a !== b ? [[a, b] as [CountryCode, CountryCode]] : [];
    }),
  );
}

const coveringOffice = new Map<CountryCode, Office>();
for (const office of network.offices) for (const code of office.coveredCountries) if (!coveringOffice.has(code)) coveringOffice.set(code, office);

/** Bordering countries of different offices drawn in the same fill. */
function clashes(colors: Map<OfficeId, string>): string[] {
  return borderPairs().flatMap(([a, b]) => {
    const [oa, ob] = [coveringOffice.get(a), coveringOffice.get(b)];
    if (!oa || !ob || oa.id === ob.id) return [];
    return colors.get(oa.id) === colors.get(ob.id) ? [`${a}/${b}`] : [];
  });
}

describe('assignOfficeColors over the default data and the basemap', () => {
  const colors = assignOfficeColors(network, features);

  it('never gives two bordering countries of different offices the same fill', () => {
    expect(colors.size).toBe(network.offices.length);
    expect(clashes(colors)).toEqual([]);
  });

  it('tells apart the neighbours that the data-order shades merged', () => {
    // The oracle finds them when borders are ignored (the former colouring) ...
    const ignoringBorders = clashes(assignOfficeColors(network));
    for (const pair of ['COD/UGA', 'BFA/GHA', 'CIV/GIN', 'IND/MMR']) {
      expect(ignoringBorders.some((c) => c === pair || c === pair.split('/').reverse().join('/')), pair).toBe(true);
    }
    // ... and with them, each of these pairs differs.
    for (const [a, b] of [['COD', 'UGA'], ['BFA', 'GHA'], ['CIV', 'GIN'], ['IND', 'MMR']] as const) {
      expect(colors.get(coveringOffice.get(a as CountryCode)!.id), `${a}/${b}`).not.toBe(colors.get(coveringOffice.get(b as CountryCode)!.id));
    }
  });

  it('keeps each office in its region’s hue', () => {
    const offHue = network.offices.filter((o) => Math.abs(hsl(colors.get(o.id)!).h - REGION_HUES[o.region]) > 2);
    expect(offHue.map((o) => o.id)).toEqual([]);
  });

  it('still gives every office of a region of up to eight a shade of its own', () => {
    const regions = ['Arab States', 'Latin America and the Caribbean', 'Europe and Central Asia'] as const;
    for (const region of regions) {
      const shades = network.offices.filter((o) => o.region === region).map((o) => colors.get(o.id));
      expect(new Set(shades).size, region).toBe(shades.length);
    }
  });
});

// Small hand-made networks: offices of one region, each covering one country; `borders` lists
// which countries touch.
function chart(count: number, borders: [number, number][], region: Region = 'Africa', closed: number[] = []) {
  const code = (i: number) => `C${String(i).padStart(2, '0')}` as CountryCode;
  const offices = Array.from({ length: count }, (_, i) => ({ id: `O${i}` as OfficeId, region, coveredCountries: [code(i)], closed: closed.includes(i) }) as unknown as Office);
  const shapes = Array.from({ length: count }, (_, i) => ({
    code: code(i),
    neighbours: borders.flatMap(([a, b]) => (a === i ? [code(b)] : b === i ? [code(a)] : [])),
  }));
  return { network: { countries: [], offices } as unknown as Network, shapes };
}
const allPairs = (n: number) => Array.from({ length: n }, (_, a) => Array.from({ length: n - a - 1 }, (_, k) => [a, a + k + 1] as [number, number])).flat();

describe('assignOfficeColors on hand-made borders', () => {
  it.each([
    { name: 'a triangle', count: 3, borders: [[0, 1], [1, 2], [2, 0]] as [number, number][], distinct: 3 },
    { name: 'ten offices all bordering each other (more than the eight set shades)', count: 10, borders: allPairs(10), distinct: 10 },
    { name: 'a hub bordering eleven others', count: 12, borders: Array.from({ length: 11 }, (_, i) => [0, i + 1] as [number, number]), distinct: 8 },
  ])('colours $name with no two neighbours alike', ({ count, borders, distinct }) => {
    const { network: net, shapes } = chart(count, borders);
    const colors = assignOfficeColors(net, shapes);
    const alike = borders.filter(([a, b]) => colors.get(`O${a}` as OfficeId) === colors.get(`O${b}` as OfficeId));
    expect(alike).toEqual([]);
    expect(new Set(colors.values()).size).toBe(distinct);
  });

  it('lets a closed office (drawn as uncovered) constrain nobody', () => {
    const { network: net, shapes } = chart(3, [[0, 1], [1, 2]], 'Africa', [1]);
    expect(touchingOffices(net, shapes).get('O0' as OfficeId)).toEqual(new Set());
  });

  it('counts a country covered twice for the office it is drawn in (the first)', () => {
    const { network: net, shapes } = chart(3, [[0, 1]]);
    const twice = { ...net, offices: net.offices.map((o, i) => (i === 2 ? { ...o, coveredCountries: ['C01' as CountryCode] } : o)) };
    const touching = touchingOffices(twice, shapes);
    expect(touching.get('O0' as OfficeId)).toEqual(new Set(['O1']));
    expect(touching.get('O2' as OfficeId)).toEqual(new Set());
  });

  it('ignores borders with another region’s offices, which have another hue', () => {
    const { network: net, shapes } = chart(2, [[0, 1]]);
    const mixed = { ...net, offices: [net.offices[0]!, { ...net.offices[1]!, region: 'Arab States' as Region }] };
    const colors = assignOfficeColors(mixed, shapes);
    expect(colors.get('O0' as OfficeId)).toBe(regionShade('Africa', 0));
    expect(colors.get('O1' as OfficeId)).toBe(regionShade('Arab States', 0));
  });
});
