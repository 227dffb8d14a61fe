// What part of the world an exported map shows: the view on screen, one of the
// organisation's regions, or the world, as a geographic extent in display longitudes.
import { displayLongitude } from '../geo/pacificView';
import type { Network, Region } from '../model/types';
import type { GeoBounds } from './mapFrame';

export type ExportExtent = { readonly kind: 'view' } | { readonly kind: 'world' } | { readonly kind: 'region'; readonly region: Region };

/**
 * The world of an exported map: as the map opens on screen (networkMap's WORLD_BOUNDS:
 * Antarctica left out, the Pacific whole), with 10° more to the west so Baja California and
 * western Mexico, a covered country, are not cut at the frame's edge.
 */
export const WORLD_EXTENT: GeoBounds = { south: -56, west: -128, north: 76, east: 198 };

/** A region's countries and offices, with 15% to spare on each side, as the map's region filter fits them. */
export function regionBounds(network: Network, region: Region): GeoBounds {
  const points = [...network.countries.filter((c) => c.region === region), ...network.offices.filter((o) => o.region === region && !o.closed)].map((p) => p.point);
  if (points.length === 0) return WORLD_EXTENT;
  const lons = points.map((p) => displayLongitude(p.lon));
  const lats = points.map((p) => p.lat);
  return padBounds({ south: Math.min(...lats), west: Math.min(...lons), north: Math.max(...lats), east: Math.max(...lons) }, 0.15);
}

/**
 * Grows an extent by a share of its size on every side, as Leaflet's LatLngBounds.pad does.
 * @example padBounds({ south: 0, west: 0, north: 10, east: 20 }, 0.1) // → { south: -1, west: -2, north: 11, east: 22 }
 */
export function padBounds(bounds: GeoBounds, share: number): GeoBounds {
  const dLat = (bounds.north - bounds.south) * share;
  const dLon = (bounds.east - bounds.west) * share;
  return { south: Math.max(-85, bounds.south - dLat), west: bounds.west - dLon, north: Math.min(85, bounds.north + dLat), east: bounds.east + dLon };
}

/** The extent to draw, and the region whose offices alone are shown (as the map's region filter does). */
export function resolveExtent(
  extent: ExportExtent,
  network: Network,
  screen: { readonly bounds: GeoBounds | null; readonly region: Region | null },
): { bounds: GeoBounds; regionFilter: Region | null } {
  if (extent.kind === 'region') return { bounds: regionBounds(network, extent.region), regionFilter: extent.region };
  if (extent.kind === 'view') return { bounds: screen.bounds ? clipToWorld(screen.bounds) : WORLD_EXTENT, regionFilter: screen.region };
  return { bounds: WORLD_EXTENT, regionFilter: null };
}

/**
 * The view on screen without what lies beyond the network's world: a zoomed-out screen shows
 * the world small in a sea of repeated ocean, which a slide or a page should not.
 * @example clipToWorld({ south: -80, west: -300, north: 85, east: 400 }) // → WORLD_EXTENT
 * @example clipToWorld({ south: -10, west: 20, north: 30, east: 60 }) // → unchanged
 */
export function clipToWorld(bounds: GeoBounds): GeoBounds {
  const clipped = {
    south: Math.max(bounds.south, WORLD_EXTENT.south),
    west: Math.max(bounds.west, WORLD_EXTENT.west),
    north: Math.min(bounds.north, WORLD_EXTENT.north),
    east: Math.min(bounds.east, WORLD_EXTENT.east),
  };
  // A view wholly outside the world's extent (the open Pacific, Antarctica) is kept as it is.
  return clipped.south < clipped.north && clipped.west < clipped.east ? clipped : bounds;
}
