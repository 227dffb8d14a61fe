// The exported map's projection: Web Mercator as on screen, fitted to the extent, the Pacific
// kept whole, shapes clipped to the frame, and distances per pixel right at each latitude.
import { describe, expect, it } from 'vitest';
import { WORLD_EXTENT } from '../../../src/lib/export/exportExtents';
import { centreLatitude, fitMapFrame, kmPerPixel } from '../../../src/lib/export/mapFrame';
import { distanceKm } from '../../../src/lib/geo/greatCircle';

const rect = { x: 20, y: 40, width: 800, height: 500 };

describe('fitMapFrame', () => {
  it.each([
    ['the world', WORLD_EXTENT],
    ['East Africa', { south: -12, west: 28, north: 16, east: 52 }],
    ['a wide strip', { south: 10, west: -100, north: 20, east: 100 }],
    ['the Pacific past 180°', { south: -25, west: 150, north: 5, east: 210 }],
  ])('shows all of %s inside the frame, centred, touching two opposite sides', (_name, bounds) => {
    const frame = fitMapFrame(bounds, rect);
    const [x0, y1] = frame.project(bounds.west, bounds.south);
    const [x1, y0] = frame.project(bounds.east, bounds.north);
    for (const [x, y] of [[x0, y0], [x1, y1]] as const) {
      expect(x).toBeGreaterThanOrEqual(rect.x - 1e-6);
      expect(x).toBeLessThanOrEqual(rect.x + rect.width + 1e-6);
      expect(y).toBeGreaterThanOrEqual(rect.y - 1e-6);
      expect(y).toBeLessThanOrEqual(rect.y + rect.height + 1e-6);
    }
    expect((x0 + x1) / 2).toBeCloseTo(rect.x + rect.width / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(rect.y + rect.height / 2, 6);
    const fillsWidth = Math.abs(x1 - x0 - rect.width) < 1e-6;
    const fillsHeight = Math.abs(y1 - y0 - rect.height) < 1e-6;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('keeps the Pacific in one piece: 190° is drawn east of 170°, as on screen', () => {
    const frame = fitMapFrame(WORLD_EXTENT, rect);
    expect(frame.project(190, 0)[0]).toBeGreaterThan(frame.project(170, 0)[0]);
  });

  it('inverts its own projection', () => {
    const frame = fitMapFrame(WORLD_EXTENT, rect);
    const [lon, lat] = frame.invert(...frame.project(36.8, -1.3));
    expect(lon).toBeCloseTo(36.8, 6);
    expect(lat).toBeCloseTo(-1.3, 6);
  });

  it('clips shapes to the frame and writes one decimal', () => {
    const frame = fitMapFrame({ south: -5, west: -5, north: 5, east: 5 }, rect);
    const square = { type: 'Polygon' as const, coordinates: [[[-20, -20], [20, -20], [20, 20], [-20, 20], [-20, -20]]] };
    const d = frame.pathData(square, 2);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(rect.x - 2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(rect.x + rect.width + 2);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(rect.y - 2);
    expect(Math.max(...ys)).toBeLessThanOrEqual(rect.y + rect.height + 2);
    expect(d).not.toMatch(/\.\d\d/);
    expect(frame.pathData({ type: 'Polygon', coordinates: [[[100, 50], [101, 50], [101, 51], [100, 50]]] })).toBe('');
  });
});

describe('kmPerPixel', () => {
  it.each([0, 30, 45, 60, -60])('matches the great-circle distance of a short east–west step at %d°', (lat) => {
    const frame = fitMapFrame(WORLD_EXTENT, rect);
    const [x, y] = frame.project(40, lat);
    const [lonA, latA] = frame.invert(x - 0.5, y);
    const [lonB, latB] = frame.invert(x + 0.5, y);
    const measured = distanceKm({ lat: latA, lon: lonA }, { lat: latB, lon: lonB });
    expect(Math.abs(kmPerPixel(frame, lat) / measured - 1)).toBeLessThan(1e-4);
  });

  it('halves from the equator to 60° (Mercator stretches by 1 / cos latitude)', () => {
    const frame = fitMapFrame(WORLD_EXTENT, rect);
    expect(kmPerPixel(frame, 60) / kmPerPixel(frame, 0)).toBeCloseTo(0.5, 6);
  });

  it('reads the latitude at the centre of the frame', () => {
    expect(centreLatitude(fitMapFrame({ south: 50, west: 0, north: 70, east: 10 }, rect))).toBeGreaterThan(55);
  });
});
