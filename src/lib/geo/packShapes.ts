// Basemap shapes as two flat typed arrays (ring structure and coordinates) plus a little
// metadata, so that a worker can hand them to the page by transfer instead of a structured
// clone of some 100,000 nested arrays, which costs the page's main thread as much as making them.
import type { Geometry, Position } from 'geojson';
import type { BasemapShape } from './basemapFeatures';

export interface PackedShapes {
  readonly meta: readonly { readonly id?: string | number; readonly name: string; readonly neighbours?: readonly number[]; readonly type: string; readonly other?: Geometry }[];
  /** Per shape: Polygon → ring count, then each ring's point count; MultiPolygon → polygon count, then each polygon as above. */
  readonly structure: Uint32Array;
  /** x, y of every point in order. */
  readonly coordinates: Float64Array;
}

/**
 * The shapes packed into flat arrays; `transferables(packed)` lists what to transfer.
 * @example unpackShapes(packShapes(shapes)) // → shapes, deep-equal
 */
export function packShapes(shapes: readonly BasemapShape[]): PackedShapes {
  const structure: number[] = [];
  const coordinates: number[] = [];
  const pushRings = (rings: Position[][]): void => {
    structure.push(rings.length);
    for (const ring of rings) {
      structure.push(ring.length);
      for (const [x, y] of ring) coordinates.push(x as number, y as number);
    }
  };
  const meta = shapes.map((shape) => {
    const { geometry } = shape;
    const base = { id: shape.id, name: shape.properties.name, neighbours: shape.neighbours, type: geometry.type };
    if (geometry.type === 'Polygon') pushRings(geometry.coordinates);
    else if (geometry.type === 'MultiPolygon') {
      structure.push(geometry.coordinates.length);
      for (const polygon of geometry.coordinates) pushRings(polygon);
    } else return { ...base, other: geometry };
    return base;
  });
  return { meta, structure: Uint32Array.from(structure), coordinates: Float64Array.from(coordinates) };
}

/** The buffers of a packed basemap, to pass as postMessage's transfer list. */
export function transferables(packed: PackedShapes): ArrayBuffer[] {
  return [packed.structure.buffer as ArrayBuffer, packed.coordinates.buffer as ArrayBuffer];
}

/** The shapes back from their packed form (the inverse of packShapes). */
export function unpackShapes(packed: PackedShapes): BasemapShape[] {
  const { structure, coordinates } = packed;
  let s = 0;
  let c = 0;
  const readRings = (): Position[][] => {
    const rings: Position[][] = new Array(structure[s++] as number);
    for (let r = 0; r < rings.length; r++) {
      const ring: Position[] = new Array(structure[s++] as number);
      for (let p = 0; p < ring.length; p++, c += 2) ring[p] = [coordinates[c] as number, coordinates[c + 1] as number];
      rings[r] = ring;
    }
    return rings;
  };
  return packed.meta.map(({ id, name, neighbours, type, other }) => {
    let geometry: Geometry;
    if (type === 'Polygon') geometry = { type, coordinates: readRings() };
    else if (type === 'MultiPolygon') {
      const polygons: Position[][][] = new Array(structure[s++] as number);
      for (let i = 0; i < polygons.length; i++) polygons[i] = readRings();
      geometry = { type, coordinates: polygons };
    } else geometry = other as Geometry;
    const shape: BasemapShape = { type: 'Feature', ...(id === undefined ? {} : { id }), properties: { name }, geometry, ...(neighbours ? { neighbours } : {}) };
    return shape;
  });
}
