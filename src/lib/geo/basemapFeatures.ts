// Turns the Natural Earth TopoJSON (world-atlas) into country features keyed by ISO alpha-3,
// ready to draw: antimeridian rings unwrapped, the Pacific kept in one piece, Antarctica left out (no offices, and it fills
// a third of a Mercator map).
import type { Feature, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
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
}

/** A drawable shape of the basemap before it is matched to the data set's countries. */
export interface BasemapShape extends Feature<Geometry, { name: string }> {}

/**
 * The drawable shapes of a world-atlas topology: the costly part (decoding arcs, unwrapping
 * rings), which can run in a worker because it needs no data set.
 * @example toBasemapShapes(topology).length // → 241 for the 1:50m countries, Antarctica left out
 */
export function toBasemapShapes(topology: Topology): BasemapShape[] {
  const objects = topology.objects as Record<string, GeometryCollection<{ name: string }>>;
  const collection = objects['countries'];
  if (!collection) throw new Error('The basemap has no "countries" object.');
  return feature(topology, collection)
    .features.filter((f) => !LEFT_OUT.has(String(f.id)))
    .map((f) => ({ ...f, geometry: shiftPacificPolygons(unwrapGeometry(f.geometry)) }));
}

/**
 * Each shape matched to the country it is drawn as (by ISO numeric code, or by name for the
 * few shapes without one).
 * @example assignCountryCodes(shapes, countries).find((f) => f.code === 'KEN')?.properties.name // → "Kenya"
 */
export function assignCountryCodes(shapes: readonly BasemapShape[], countries: readonly Country[]): CountryFeature[] {
  const codeByNumeric = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.code] as const));
  const known = new Set(countries.map((c) => c.code as string));
  return shapes.map((f) => {
    const byName = UNNUMBERED_BASEMAP_FEATURES[f.properties.name];
    const code = f.id !== undefined ? codeByNumeric.get(String(f.id)) : byName && known.has(byName) ? byName : undefined;
    return { ...f, code: (code ?? null) as CountryCode | null };
  });
}

