// Natural Earth rings that cross ±180° (Russia's Chukotka, Fiji) jump from +180 to -180
// mid-ring, which Leaflet draws as a streak across the whole map. Unwrapping shifts the
// points after each jump by ±360° so the ring stays continuous (it may pass 180°).
import type { Geometry, Position } from 'geojson';

/**
 * Makes every ring continuous in longitude.
 * @example unwrapRing([[179, 0], [-179, 1], [-179, 0]]) // → [[179, 0], [181, 1], [181, 0]]
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  return ring.map(([lon = 0, lat = 0]) => {
    if (previous !== undefined) {
      const jump = lon + shift - previous;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    previous = lon + shift;
    return [lon + shift, lat];
  });
}

/** Applies unwrapRing to every ring of a polygon or multipolygon; other geometries pass through. */
export function unwrapGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}
