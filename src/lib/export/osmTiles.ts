// The OpenStreetMap tiles under an exported map (only when the online basemap is on): which
// tiles cover the frame, at a zoom close to the output's resolution but never more than a
// few dozen tiles (the OSM tile policy forbids bulk downloads), and where each is drawn.
import type { MapFrame } from './mapFrame';

export interface TilePlacement {
  /** "z/x/y" with x wrapped into the world: the key of the fetched image. */
  readonly key: string;
  readonly url: string;
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const MAX_ZOOM = 8; // as the map on screen
export const MAX_TILES = 64;

function tilesAtZoom(frame: MapFrame, z: number): TilePlacement[] {
  const n = 2 ** z;
  const size = (2 * Math.PI * frame.k) / n;
  const [originX, originY] = frame.project(-180, 85.0511287798);
  const { x, y, width, height } = frame.rect;
  const tiles: TilePlacement[] = [];
  const firstColumn = Math.floor((x - originX) / size);
  const lastColumn = Math.floor((x + width - originX) / size);
  const firstRow = Math.max(0, Math.floor((y - originY) / size));
  const lastRow = Math.min(n - 1, Math.floor((y + height - originY) / size));
  for (let column = firstColumn; column <= lastColumn; column++) {
    // Columns past 180°E (the Pacific drawn one world east) are the same tiles, drawn again.
    const wrapped = ((column % n) + n) % n;
    for (let row = firstRow; row <= lastRow; row++) {
      tiles.push({
        key: `${z}/${wrapped}/${row}`,
        url: OSM_TILE_URL.replace('{z}', String(z)).replace('{x}', String(wrapped)).replace('{y}', String(row)),
        left: originX + column * size,
        top: originY + row * size,
        size,
      });
    }
  }
  return tiles;
}

/**
 * The tiles covering a frame: the zoom at which a 256 px tile is drawn no larger than 256 px,
 * lowered until at most MAX_TILES are needed.
 */
export function tilesForFrame(frame: MapFrame, maxTiles = MAX_TILES): TilePlacement[] {
  let z = Math.max(0, Math.min(MAX_ZOOM, Math.ceil(Math.log2((2 * Math.PI * frame.k) / 256))));
  let tiles = tilesAtZoom(frame, z);
  while (z > 0 && new Set(tiles.map((t) => t.key)).size > maxTiles) tiles = tilesAtZoom(frame, --z);
  return tiles;
}
