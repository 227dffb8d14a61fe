// A deterministic synthetic field network of any size, for benchmarks and tests: countries
// clustered around five regional centres, offices hosted in countries of their own region
// (one per country first, the rest where offices already are), one regional hub per region,
// regional offices the country offices report to (the nearest one), and every country covered
// by exactly one office of its region. Same arguments, same network, byte for byte.
import { seededRandom } from '../../src/lib/model/seededRandom';
import { REGIONS, asCountryCode, asOfficeId, type Confidence, type Country, type CountryCode, type Network, type Office, type Region, type Tier } from '../../src/lib/model/types';

/** Where each region's countries cluster: [lat, lon] and spread in degrees. */
const REGION_SHAPES: Readonly<Record<Region, { centre: readonly [number, number]; spread: readonly [number, number] }>> = {
  Africa: { centre: [2, 20], spread: [22, 22] },
  'Arab States': { centre: [25, 30], spread: [8, 22] },
  'Asia and the Pacific': { centre: [15, 105], spread: [20, 35] },
  'Europe and Central Asia': { centre: [48, 35], spread: [8, 30] },
  'Latin America and the Caribbean': { centre: [-8, -68], spread: [25, 15] },
};

const PREFIX: Readonly<Record<Region, string>> = { Africa: 'AFR', 'Arab States': 'ARB', 'Asia and the Pacific': 'ASP', 'Europe and Central Asia': 'ECA', 'Latin America and the Caribbean': 'LAC' };
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round2 = (value: number) => Math.round(value * 100) / 100;

/** A roughly normal number (sum of three uniforms), mean 0, spread about ±1. */
const bell = (next: () => number) => next() + next() + next() - 1.5;

/**
 * Synthetic countries: spread over the five regions in turn, clustered around each region's
 * centre; about 30% least developed, 20% landlocked, 20% small island states.
 * @example syntheticCountries(2).map((c) => [c.code, c.region]) // → [['C000', 'Africa'], ['C001', 'Arab States']]
 */
export function syntheticCountries(count: number, seed = 1): Country[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const region = REGIONS[i % REGIONS.length] as Region;
    const { centre, spread } = REGION_SHAPES[region];
    return {
      code: asCountryCode(`C${String(i).padStart(3, '0')}`), iso2: 'XX', numeric: '', name: `Country ${i}`, region,
      point: { lat: round2(clamp(centre[0] + bell(next) * spread[0], -55, 70)), lon: round2(clamp(centre[1] + bell(next) * spread[1], -179, 179)) },
      pointSource: 'centroid', onBasemap: false, ldc: next() < 0.3, lldc: next() < 0.2, sids: next() < 0.2,
    };
  });
}

const squaredDistance = (a: { point: { lat: number; lon: number } }, b: { point: { lat: number; lon: number } }) => (a.point.lat - b.point.lat) ** 2 + (a.point.lon - b.point.lon) ** 2;

function nearest<T extends { point: { lat: number; lon: number } }>(from: { point: { lat: number; lon: number } }, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = squaredDistance(from, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** How many of `total` offices each region gets: in proportion to its countries, at least one each where there are countries. */
function shareOut(total: number, countriesPerRegion: readonly number[]): number[] {
  const countries = countriesPerRegion.reduce((s, n) => s + n, 0);
  let left = total;
  const shares = countriesPerRegion.map((n) => {
    const share = n === 0 || left === 0 ? 0 : Math.min(left, Math.max(1, Math.floor((total * n) / countries)));
    left -= share;
    return share;
  });
  for (let i = 0; shares.reduce((s, n) => s + n, 0) < total; i = (i + 1) % shares.length) if ((countriesPerRegion[i] ?? 0) > 0) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

type Draft = { -readonly [K in keyof Office]: Office[K] };

/** One region's offices: hosted in its countries, one hub, ~2% regional offices, the rest country offices. */
function regionOffices(region: Region, countries: readonly Country[], count: number, next: () => number, firstNumber: number): Draft[] {
  const regionalOffices = Math.max(1, Math.round(count / 50));
  const offices: Draft[] = Array.from({ length: count }, (_, i) => {
    // Every country hosts an office before any hosts a second; extra offices go where a random earlier one is.
    const host = i < countries.length ? (countries[i] as Country) : (countries[Math.floor(next() * countries.length)] as Country);
    const tier: Tier = i === 0 ? 'regional-hub' : i <= regionalOffices ? 'regional-office' : 'country-office';
    const confidence: Confidence = next() < 0.5 ? 'confirmed' : next() < 0.6 ? 'partial' : 'inferred';
    const number = firstNumber + i;
    return {
      id: asOfficeId(`${PREFIX[region]}-${String(number).padStart(5, '0')}`), name: `Office ${number}`, city: `City ${number}`, hostCountry: host.code, region, tier,
      point: { lat: round2(clamp(host.point.lat + bell(next) * 1.5, -85, 85)), lon: round2(clamp(host.point.lon + bell(next) * 1.5, -180, 180)) },
      reportsTo: null, coveredCountries: [], inferredCoverage: [], confidence, source: 'synthetic benchmark data', reportsToBasis: '',
    };
  });
  const hub = offices[0];
  const leaders = offices.filter((o) => o.tier === 'regional-office');
  for (const office of offices) {
    if (office.tier === 'regional-hub') office.reportsToBasis = 'none: top of its region';
    else if (office.tier === 'regional-office') [office.reportsTo, office.reportsToBasis] = [hub?.id ?? null, 'synthetic: regional hub of its region'];
    else [office.reportsTo, office.reportsToBasis] = [nearest(office, leaders)?.id ?? hub?.id ?? null, 'synthetic: nearest regional office'];
  }
  // Each country covered once: by the first office it hosts, else by the nearest office of the region.
  const firstHosted = new Map<CountryCode, Draft>();
  for (const office of offices) if (!firstHosted.has(office.hostCountry)) firstHosted.set(office.hostCountry, office);
  for (const country of countries) {
    const coverer = firstHosted.get(country.code) ?? nearest(country, offices);
    if (!coverer) continue;
    coverer.coveredCountries = [...coverer.coveredCountries, country.code];
    if (coverer.hostCountry !== country.code) coverer.inferredCoverage = [...coverer.inferredCoverage, country.code];
  }
  return offices;
}

/**
 * Offices over given countries (those with a region): `count` offices shared out among the
 * regions by their number of countries. Used for the embedded countries in the browser benchmarks.
 * @example syntheticOffices(countries, 5000).filter((o) => o.tier === 'regional-hub').length // → 5
 */
export function syntheticOffices(countries: readonly Country[], count: number, seed = 1): Office[] {
  const next = seededRandom(seed * 7919 + 1);
  const byRegion = REGIONS.map((region) => countries.filter((c) => c.region === region));
  const shares = shareOut(count, byRegion.map((list) => list.length));
  const offices: Office[] = [];
  REGIONS.forEach((region, r) => offices.push(...regionOffices(region, byRegion[r] ?? [], shares[r] ?? 0, next, offices.length + 1)));
  return offices;
}

/**
 * A whole synthetic network: `countryCount` synthetic countries and `officeCount` offices.
 * @example syntheticNetwork(5000, 250).offices.length // → 5000
 */
export function syntheticNetwork(officeCount: number, countryCount: number, seed = 1): Network {
  const countries = syntheticCountries(countryCount, seed);
  return { countries, offices: syntheticOffices(countries, officeCount, seed) };
}
