// Hit-testing for selecting on the map, in plain numbers (no Leaflet): which points fall inside
// a lasso or rectangle drawn on screen, and which country shape holds a clicked position.
import type { Geometry, Position } from 'geojson';

export interface PlanePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * True when the point lies inside the polygon (even-odd rule; the polygon closes itself).
 * @example isInsidePolygon({ x: 1, y: 1 }, [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }]) // → true
 * @example isInsidePolygon({ x: 3, y: 1 }, [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }]) // → false
 */
export function isInsidePolygon(point: PlanePoint, polygon: readonly PlanePoint[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/**
 * The four corners of the rectangle spanned by two opposite corners, as a polygon.
 * @example rectangleCorners({ x: 4, y: 1 }, { x: 0, y: 3 }) // → [{ x: 4, y: 1 }, { x: 0, y: 1 }, { x: 0, y: 3 }, { x: 4, y: 3 }]
 */
export function rectangleCorners(from: PlanePoint, to: PlanePoint): PlanePoint[] {
  return [from, { x: to.x, y: from.y }, to, { x: from.x, y: to.y }];
}

/**
 * The items whose position lies inside the shape, in their order. A shape of fewer than three points holds nothing.
 * @example pickInShape(['a', 'b'], (s) => (s === 'a' ? { x: 1, y: 1 } : { x: 9, y: 9 }), square0to2) // → ['a']
 */
export function pickInShape<T>(items: readonly T[], position: (item: T) => PlanePoint | null, shape: readonly PlanePoint[]): T[] {
  if (shape.length < 3) return [];
  return items.filter((item) => {
    const point = position(item);
    return point !== null && isInsidePolygon(point, shape);
  });
}

const ringHolds = (ring: readonly Position[], lon: number, lat: number) =>
  isInsidePolygon(
    { x: lon, y: lat },
    ring.map(([x = 0, y = 0]) => ({ x, y })),
  );

// A polygon holds the point when its outer ring does and none of its holes does.
const polygonHolds = (rings: readonly (readonly Position[])[], lon: number, lat: number) => rings.length > 0 && ringHolds(rings[0]!, lon, lat) && !rings.slice(1).some((hole) => ringHolds(hole, lon, lat));

/**
 * True when a (multi)polygon, in longitude/latitude, holds the position; planar, which is exact
 * enough for a click at map scale.
 * @example geometryHolds({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] }, 5, 5) // → true
 */
export function geometryHolds(geometry: Geometry | null, lon: number, lat: number): boolean {
  if (geometry?.type === 'Polygon') return polygonHolds(geometry.coordinates, lon, lat);
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.some((polygon) => polygonHolds(polygon, lon, lat));
  return false;
}
