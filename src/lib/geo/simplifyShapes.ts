// Douglas–Peucker simplification of country shapes, for drawing the world view with fewer
// points: a coarse copy of the basemap that is cheap to re-project at low zoom.
import type { Position } from 'geojson';
import type { CountryFeature } from './basemapFeatures';

/** A country shape with its rings simplified (Douglas–Peucker, `tolerance` in degrees); tiny rings stay as they are. */
export function simplifyFeature(feature: CountryFeature, tolerance: number): CountryFeature {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.map((ring) => simplifyRing(ring, tolerance)) } };
  if (geometry.type === 'MultiPolygon') return { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => simplifyRing(ring, tolerance))) } };
  return feature;
}

/**
 * The ring with only the points that move it by more than `tolerance` degrees; a ring too
 * small to simplify stays as it is.
 * @example simplifyRing([[0, 0], [1, 0.001], [2, 0], [2, 2], [0, 0]], 0.05) // → [[0, 0], [2, 0], [2, 2], [0, 0]]
 */
export function simplifyRing(ring: Position[], tolerance: number): Position[] {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const limit = tolerance ** 2;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = ring[first] as [number, number];
    const [bx, by] = ring[last] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    let farthest = -1;
    let distance = limit;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = ring[i] as [number, number];
      const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
      const d = (ax + along * dx - px) ** 2 + (ay + along * dy - py) ** 2;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  const simplified = ring.filter((_, i) => keep[i] === 1);
  return simplified.length >= 4 ? simplified : ring;
}

