// The Equal Earth option of map exports: areas are true to scale (Web Mercator's are not), the
// frame holds the extent, pixels invert back to places, and the image names its projection.
import { describe, expect, it } from 'vitest';
import { composeMapImage } from '../../../src/lib/export/composeMapImage';
import { WORLD_EXTENT } from '../../../src/lib/export/exportExtents';
import { fitMapFrame, kmPerPixel, type MapFrame } from '../../../src/lib/export/mapFrame';
import type { MapProjection } from '../../../src/lib/export/types';
import { allElements, textOf } from './svgQueries';
import { mapInput } from './exportFixtures';

const rect = { x: 0, y: 0, width: 1600, height: 800 };
const frameOf = (projection: MapProjection) => fitMapFrame(WORLD_EXTENT, rect, projection);

/** The plane area of a 10° × 10° cell (shoelace over its edges, sampled). */
function cellArea(frame: MapFrame, lon: number, lat: number): number {
  const edge = Array.from({ length: 11 }, (_, i) => i);
  const ring = [
    ...edge.map((i) => frame.project(lon + i, lat)), ...edge.map((i) => frame.project(lon + 10, lat + i)),
    ...edge.map((i) => frame.project(lon + 10 - i, lat + 10)), ...edge.map((i) => frame.project(lon, lat + 10 - i)),
  ];
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

// On the sphere a cell from 60° to 70° N is (sin 70° − sin 60°) / sin 10° = 0.4245 of one at the equator.
const TRUE_RATIO = (Math.sin((70 * Math.PI) / 180) - Math.sin((60 * Math.PI) / 180)) / Math.sin((10 * Math.PI) / 180);

describe('Equal Earth frame', () => {
  it('keeps areas to scale: a cell near the pole and one at the equator as on the globe (Mercator: over twice too big)', () => {
    const equalEarth = frameOf('equal-earth');
    expect(cellArea(equalEarth, 30, 60) / cellArea(equalEarth, 30, 0)).toBeCloseTo(TRUE_RATIO, 2);
    const mercator = frameOf('mercator');
    expect(cellArea(mercator, 30, 60) / cellArea(mercator, 30, 0)).toBeGreaterThan(2 * TRUE_RATIO);
  });

  it('holds the whole extent inside the frame and inverts pixels back to places', () => {
    const frame = frameOf('equal-earth');
    for (const [lon, lat] of [[WORLD_EXTENT.west, WORLD_EXTENT.south], [WORLD_EXTENT.east, WORLD_EXTENT.north], [WORLD_EXTENT.west, 0], [WORLD_EXTENT.east, WORLD_EXTENT.south], [40, 0]] as const) {
      const [x, y] = frame.project(lon, lat);
      expect(frame.contains(x, y), `${lon}, ${lat}`).toBe(true);
      const [backLon, backLat] = frame.invert(x, y);
      expect(backLon).toBeCloseTo(lon, 6);
      expect(backLat).toBeCloseTo(lat, 6);
    }
  });

  it('gives a scale bar from the distance on the ground at the frame’s centre', () => {
    const frame = frameOf('equal-earth');
    const [lon, lat] = frame.invert(800, 400);
    const [x, y] = frame.project(lon + 1, lat);
    const degreeKm = 111.195 * Math.cos((lat * Math.PI) / 180);
    expect(kmPerPixel(frame, lat) * Math.hypot(x - 800, y - 400)).toBeCloseTo(degreeKm, -1);
  });
});

describe('the exported image names its projection', () => {
  it.each([
    ['mercator', 'Web Mercator projection'],
    ['equal-earth', 'Equal Earth projection (equal area)'],
  ] as const)('%s', (projection, name) => {
    const input = mapInput({ options: { ...mapInput().options, projection }, texts: { ...mapInput().texts, projectionName: name } });
    const svg = composeMapImage(input).svg;
    expect(allElements(svg).filter((e) => e.attrs.class === 'projection').map((e) => textOf(e))).toEqual([name]);
  });
});
