// What an exported map shows: the view on screen, a region (fitted to its countries and
// offices, with the region filter), or the world.
import { describe, expect, it } from 'vitest';
import { WORLD_EXTENT, clipToWorld, padBounds, regionBounds, resolveExtent } from '../../../src/lib/export/exportExtents';
import { displayLongitude } from '../../../src/lib/geo/pacificView';
import { REGIONS } from '../../../src/lib/model/types';
import { defaultNetwork } from './exportFixtures';

describe('regionBounds', () => {
  it.each(REGIONS)('holds every country and office of %s', (region) => {
    const b = regionBounds(defaultNetwork, region);
    const points = [...defaultNetwork.countries.filter((c) => c.region === region), ...defaultNetwork.offices.filter((o) => o.region === region)].map((p) => p.point);
    for (const p of points) {
      expect(p.lat).toBeGreaterThanOrEqual(b.south);
      expect(p.lat).toBeLessThanOrEqual(b.north);
      expect(displayLongitude(p.lon)).toBeGreaterThanOrEqual(b.west);
      expect(displayLongitude(p.lon)).toBeLessThanOrEqual(b.east);
    }
    expect(b.east - b.west).toBeLessThan(WORLD_EXTENT.east - WORLD_EXTENT.west);
  });
});

describe('resolveExtent', () => {
  const screen = { bounds: { south: -10, west: 20, north: 30, east: 60 }, region: 'Africa' as const };
  it('draws the view on screen with the screen region filter', () => {
    expect(resolveExtent({ kind: 'view' }, defaultNetwork, screen)).toEqual({ bounds: { south: -10, west: 20, north: 30, east: 60 }, regionFilter: 'Africa' });
  });
  it('falls back to the world when the map has not reported a view yet', () => {
    expect(resolveExtent({ kind: 'view' }, defaultNetwork, { bounds: null, region: null }).bounds).toEqual(WORLD_EXTENT);
  });
  it('shows a region with only its offices, and the world with all', () => {
    expect(resolveExtent({ kind: 'region', region: 'Arab States' }, defaultNetwork, screen).regionFilter).toBe('Arab States');
    expect(resolveExtent({ kind: 'world' }, defaultNetwork, screen)).toEqual({ bounds: WORLD_EXTENT, regionFilter: null });
  });
  it('pads like Leaflet', () => {
    expect(padBounds({ south: 0, west: 0, north: 10, east: 20 }, 0.1)).toEqual({ south: -1, west: -2, north: 11, east: 22 });
  });
});

describe('clipToWorld', () => {
  it.each([
    ['a zoomed-out view shows the world, not the world small in repeated ocean', { south: -80, west: -300, north: 85, east: 400 }, WORLD_EXTENT],
    ['a view inside the world is kept', { south: -10, west: 20, north: 30, east: 60 }, { south: -10, west: 20, north: 30, east: 60 }],
    ['a view over the edge is cut at it', { south: -70, west: 150, north: 0, east: 250 }, { south: -56, west: 150, north: 0, east: 198 }],
    ['a view wholly outside (Antarctica) is kept', { south: -85, west: 0, north: -60, east: 40 }, { south: -85, west: 0, north: -60, east: 40 }],
  ])('%s', (_, view, expected) => {
    expect(clipToWorld(view)).toEqual(expected);
  });

  it('the world extent reaches west of Baja California (−117°), so western Mexico is not cut', () => {
    expect(WORLD_EXTENT.west).toBeLessThan(-117 - 5);
  });
});
