// A deterministic synthetic field network of any size, for benchmarks: offices clustered in
// the five regions, a few sub-regional offices per region with country offices reporting to
// them, and every country covered by one office. Same seed, same network.
import { seededRandom as random } from '../../src/lib/model/seededRandom';
import { REGIONS, asCountryCode, asOfficeId, type Country, type Network, type Office } from '../../src/lib/model/types';

const REGION_CENTRES = [[5, 20], [25, 35], [15, 105], [45, 50], [-10, -65]] as const;

export function syntheticNetwork(officeCount: number, countryCount: number, seed = 1): Network {
  const next = random(seed);
  const countries: Country[] = Array.from({ length: countryCount }, (_, i) => {
    const r = i % REGIONS.length;
    const [lat, lon] = REGION_CENTRES[r] ?? [0, 0];
    return {
      code: asCountryCode(`C${String(i).padStart(3, '0')}`), iso2: 'XX', numeric: '', name: `Country ${i}`, region: REGIONS[r] ?? 'Africa',
      point: { lat: lat + (next() - 0.5) * 30, lon: lon + (next() - 0.5) * 40 }, pointSource: 'centroid', onBasemap: false,
      ldc: next() < 0.3, lldc: next() < 0.2, sids: next() < 0.2,
    };
  });
  const subRegionalPerRegion = Math.max(1, Math.round(officeCount / 50));
  const offices: Office[] = Array.from({ length: officeCount }, (_, i) => {
    const r = i % REGIONS.length;
    const host = countries[(i * 7) % countryCount] ?? countries[0]!;
    const isSubRegional = Math.floor(i / REGIONS.length) < subRegionalPerRegion;
    const superior = isSubRegional ? null : asOfficeId(`O${r + REGIONS.length * Math.floor(next() * subRegionalPerRegion)}`);
    return {
      id: asOfficeId(`O${i}`), name: `Office ${i}`, city: `City ${i}`, hostCountry: host.code, region: REGIONS[r] ?? 'Africa',
      tier: isSubRegional ? 'sub-regional-office' : 'country-office', point: { lat: host.point.lat + next(), lon: host.point.lon + next() },
      reportsTo: superior, coveredCountries: [], inferredCoverage: [], confidence: 'inferred', source: 'synthetic', reportsToBasis: 'synthetic',
    };
  });
  // Each country covered by one office of its region.
  const covered = offices.map((o) => ({ ...o, coveredCountries: [] as Country['code'][] }));
  countries.forEach((country, i) => {
    const candidates = covered.filter((o) => o.region === country.region);
    candidates[(i * 13) % candidates.length]?.coveredCountries.push(country.code);
  });
  return { countries, offices: covered };
}
