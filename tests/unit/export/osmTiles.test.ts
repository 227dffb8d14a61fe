// The OpenStreetMap tiles under an exported map: they cover the frame, never more than a few
// dozen (the OSM tile policy), and the Pacific past 180° reuses the world's tiles.
import { describe, expect, it } from 'vitest';
import { WORLD_EXTENT } from '../../../src/lib/export/exportExtents';
import { fitMapFrame } from '../../../src/lib/export/mapFrame';
import { MAX_TILES, tilesForFrame } from '../../../src/lib/export/osmTiles';

describe('tilesForFrame', () => {
  it.each([
    ['a slide', { x: 0, y: 0, width: 1890, height: 800 }],
    ['an A3 page', { x: 0, y: 0, width: 4900, height: 3000 }],
  ])('covers the whole frame of %s with at most %i distinct tiles', (_name, rect) => {
    const frame = fitMapFrame(WORLD_EXTENT, rect);
    const tiles = tilesForFrame(frame);
    expect(new Set(tiles.map((t) => t.key)).size).toBeLessThanOrEqual(MAX_TILES);
    expect(Math.min(...tiles.map((t) => t.left))).toBeLessThanOrEqual(rect.x);
    expect(Math.max(...tiles.map((t) => t.left + t.size))).toBeGreaterThanOrEqual(rect.x + rect.width);
    expect(Math.min(...tiles.map((t) => t.top))).toBeLessThanOrEqual(rect.y);
    expect(Math.max(...tiles.map((t) => t.top + t.size))).toBeGreaterThanOrEqual(rect.y + rect.height);
    for (const t of tiles) expect(t.url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
  });

  it('wraps columns east of 180° onto the tiles of the western hemisphere', () => {
    const frame = fitMapFrame({ south: -30, west: 170, north: 0, east: 200 }, { x: 0, y: 0, width: 400, height: 400 });
    const tiles = tilesForFrame(frame);
    const z = Number(tiles[0]!.key.split('/')[0]);
    for (const t of tiles) expect(Number(t.key.split('/')[1])).toBeLessThan(2 ** z);
    expect(new Set(tiles.map((t) => t.key.split('/')[1])).has('0')).toBe(true);
  });
});
