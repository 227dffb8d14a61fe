// Fetches the OpenStreetMap tiles under an exported map (only when the user switched the
// online basemap on) and turns each into a data: URL for the SVG. CORS mode: the tiles can
// then be drawn on the PNG canvas without tainting it.
import { tilesForFrame } from './osmTiles';
import type { MapFrame } from './mapFrame';
import type { TileImage } from './types';

async function toDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'image/png'};base64,${btoa(binary)}`;
}

/** The tiles of every frame, by "z/x/y"; null if any tile failed (the image is then made without tiles). */
export async function fetchTiles(frames: readonly MapFrame[]): Promise<Map<string, TileImage> | null> {
  const wanted = new Map(frames.flatMap((frame) => tilesForFrame(frame)).map((tile) => [tile.key, tile] as const));
  try {
    const images = await Promise.all(
      [...wanted.values()].map(async (tile) => {
        const response = await fetch(tile.url, { mode: 'cors' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const [z = 0, x = 0, y = 0] = tile.key.split('/').map(Number);
        return { z, x, y, dataUrl: await toDataUrl(await response.blob()) } satisfies TileImage;
      }),
    );
    return new Map(images.map((image) => [`${image.z}/${image.x}/${image.y}`, image]));
  } catch {
    return null;
  }
}
