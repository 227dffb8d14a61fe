// The map is centred so that the Pacific stays in one piece: anything west of 150°W is
// drawn one world to the east (Samoa, Tonga and Kiribati's Line Islands beside Fiji, not at
// the far left edge). Mainland Alaska reaches east of 150°W, so it stays where it is.
// Shapes and points use the same rule, so coverage lines meet their countries.
import type { Geometry, Position } from 'geojson';

export const PACIFIC_WRAP_LONGITUDE = -150;

/**
 * @example displayLongitude(-172.1) // → 187.9
 * @example displayLongitude(36.8) // → 36.8
 */
export function displayLongitude(lon: number): number {
  return lon < PACIFIC_WRAP_LONGITUDE ? lon + 360 : lon;
}

function shiftPolygon(polygon: Position[][]): Position[][] {
  const outer = polygon[0] ?? [];
  if (!outer.every(([lon = 0]) => lon < PACIFIC_WRAP_LONGITUDE)) return polygon;
  return polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + 360, lat]));
}

/** Moves each polygon lying wholly west of 150°W one world east; others are unchanged. */
export function shiftPacificPolygons(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: shiftPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(shiftPolygon) };
  return geometry;
}
