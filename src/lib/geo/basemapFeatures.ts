// Turns the Natural Earth TopoJSON (world-atlas) into country features keyed by ISO alpha-3,
// ready to draw: antimeridian rings unwrapped, the Pacific kept in one piece, Antarctica left out (no offices, and it fills
// a third of a Mercator map).
import type { Feature, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature, neighbors } from 'topojson-client';
import type { Country, CountryCode } from '../model/types';
import { shiftPacificPolygons } from './pacificView';
import { unwrapGeometry } from './unwrapAntimeridian';

/** Basemap features without an ISO numeric code, and the country they are drawn as. */
export const UNNUMBERED_BASEMAP_FEATURES: Readonly<Record<string, string>> = {
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Indian Ocean Ter.': 'AUS',
  Kosovo: 'XKX',
};

const LEFT_OUT = new Set(['010']); // Antarctica

export interface CountryFeature extends Feature<Geometry, { name: string }> {
  /** The country this shape is drawn as, or null (e.g. Siachen Glacier): drawn neutral. */
  readonly code: CountryCode | null;
  /** Countries whose shapes share a border with this one (for colouring neighbours apart). */
  readonly neighbours?: readonly CountryCode[];
}

/** A drawable shape of the basemap before it is matched to the data set's countries. */
export interface BasemapShape extends Feature<Geometry, { name: string }> {
  /** Positions, in the same list of shapes, of the shapes that share a border with this one. */
  readonly neighbours?: readonly number[];
}

/**
 * The drawable shapes of a world-atlas topology: the costly part (decoding arcs, unwrapping
 * rings), which can run in a worker because it needs no data set.
 * @example toBasemapShapes(topology).length // → 241 for the 1:50m countries, Antarctica left out
 */
export function toBasemapShapes(topology: Topology): BasemapShape[] {
  const objects = topology.objects as Record<string, GeometryCollection<{ name: string }>>;
  const collection = objects['countries'];
  if (!collection) throw new Error('The basemap has no "countries" object.');
  // Borders are read from the topology itself: two shapes are neighbours when they share an arc.
  const bordering = neighbors(collection.geometries);
  const all = feature(topology, collection).features;
  const kept = all.map((f, i) => i).filter((i) => !LEFT_OUT.has(String(all[i]?.id)));
  const position = new Map(kept.map((i, at) => [i, at] as const));
  return kept.map((i) => {
    const f = all[i] as (typeof all)[number];
    const neighbours = (bordering[i] ?? []).flatMap((j) => (position.has(j) ? [position.get(j) as number] : []));
    return { ...f, geometry: shiftPacificPolygons(unwrapGeometry(f.geometry)), neighbours };
  });
}

/**
 * Each shape matched to the country it is drawn as (by ISO numeric code, or by name for the
 * few shapes without one).
 * @example assignCountryCodes(shapes, countries).find((f) => f.code === 'KEN')?.properties.name // → "Kenya"
 */
export function assignCountryCodes(shapes: readonly BasemapShape[], countries: readonly Country[]): CountryFeature[] {
  const codeByNumeric = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.code] as const));
  const known = new Set(countries.map((c) => c.code as string));
  const codes = shapes.map((f) => {
    const byName = UNNUMBERED_BASEMAP_FEATURES[f.properties.name];
    const code = f.id !== undefined ? codeByNumeric.get(String(f.id)) : byName && known.has(byName) ? byName : undefined;
    return (code ?? null) as CountryCode | null;
  });
  return shapes.map(({ neighbours, ...f }, i) => {
    const code = codes[i] ?? null;
    // Several shapes may be one country (Somaliland is drawn as Somalia): no country borders itself.
    const bordering = new Set((neighbours ?? []).map((j) => codes[j]).filter((c): c is CountryCode => c != null && c !== code));
    return { ...f, code, neighbours: [...bordering].sort() };
  });
}

