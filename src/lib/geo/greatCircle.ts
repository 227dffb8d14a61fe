// Great-circle distance between two points on the Earth, and the approximate solar time gap
// between them (from longitude alone: there is no time-zone database offline).
import type { GeoPoint } from '../model/types';

/** IUGG mean Earth radius, in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle (haversine) distance in km on a sphere of the mean Earth radius.
 * @example distanceKm({ lat: 4.74, lon: 45.68 }, { lat: -1.29, lon: 36.82 }) // → ≈ 1,191 (Somalia's centroid → Nairobi)
 * @example distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) // → ≈ 20,015 (half the equator)
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Approximate time difference in hours: the solar time gap |Δlon| / 15, taking the shorter way
 * round (so never more than 12). An approximation: civil time zones, half-hour zones and summer
 * time are ignored, since no time-zone database is available offline.
 * @example timeZoneGapHours({ lat: 0, lon: 30 }, { lat: 0, lon: 0 }) // → 2
 * @example timeZoneGapHours({ lat: 0, lon: 170 }, { lat: 0, lon: -170 }) // → 1.333… (across the date line)
 */
export function timeZoneGapHours(a: GeoPoint, b: GeoPoint): number {
  const gap = Math.abs(a.lon - b.lon) % 360;
  return Math.min(gap, 360 - gap) / 15;
}
