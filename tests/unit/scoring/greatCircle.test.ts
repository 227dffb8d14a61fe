import { describe, expect, it } from 'vitest';
import { distanceKm, timeZoneGapHours } from '../../../src/lib/geo/greatCircle';

describe('distanceKm', () => {
  // Expected values by hand: 6371.0088 km × the central angle in radians.
  const cases = [
    { name: 'the same point', a: { lat: 10, lon: 20 }, b: { lat: 10, lon: 20 }, km: 0, within: 1e-9 },
    { name: 'one degree along the equator (π/180 × R)', a: { lat: 0, lon: 0 }, b: { lat: 0, lon: 1 }, km: 111.1951, within: 0.0001 },
    { name: 'pole to pole (π × R)', a: { lat: 90, lon: 0 }, b: { lat: -90, lon: 0 }, km: 20015.115, within: 0.001 },
    { name: 'across the date line, the short way', a: { lat: 0, lon: 179.5 }, b: { lat: 0, lon: -179.5 }, km: 111.195, within: 0.001 },
    // Δlat 6.03°, Δlon 8.86° × cos(1.7°) = 8.856°: √(6.03² + 8.856²) = 10.714° × 111.195 km ≈ 1,191.4 km (flat-earth estimate, good to ~1 km here).
    { name: 'Somalia centroid → Nairobi', a: { lat: 4.74, lon: 45.68 }, b: { lat: -1.29, lon: 36.82 }, km: 1191, within: 2 },
  ];
  it.each(cases)('$name', ({ a, b, km, within }) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(within);
    expect(distanceKm(b, a)).toBeCloseTo(distanceKm(a, b), 9);
  });
});

describe('timeZoneGapHours', () => {
  const cases = [
    { name: 'same meridian', a: 36.8, b: 36.8, hours: 0 },
    { name: '30° east', a: 30, b: 0, hours: 2 },
    { name: 'westwards is the same gap', a: -45, b: 0, hours: 3 },
    { name: 'half the world', a: 0, b: 180, hours: 12 },
    { name: 'across the date line, the short way', a: 170, b: -170, hours: 20 / 15 },
    { name: 'never more than 12', a: -100, b: 150, hours: 110 / 15 },
  ];
  it.each(cases)('$name', ({ a, b, hours }) => {
    expect(timeZoneGapHours({ lat: 0, lon: a }, { lat: 50, lon: b })).toBeCloseTo(hours, 9);
  });
});
