// Builds data/countries.csv and data/offices.csv from the reference tables in data/sources/
// and the Natural Earth geometry in world-atlas. Run once after changing a source:
//   npm run data:build
// The outputs are committed: the app never runs this script. Every value it infers is
// marked as inferred in the output, with the rule that produced it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import countriesLib from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const here = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, here), 'utf8');
const parseCsv = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data;

const topology = require('world-atlas/countries-50m.json');
const features = feature(topology, topology.objects.countries).features;

// Basemap features without an ISO numeric code, and the record they belong to.
// Must match UNNUMBERED_BASEMAP_FEATURES in src/lib/geo/basemapJoin.ts.
const UNNUMBERED = { Somaliland: 'SOM', 'N. Cyprus': 'CYP', 'Indian Ocean Ter.': 'AUS', Kosovo: 'XKX' };

// Covered countries the 50m basemap does not draw: a point (capital) stands in for them.
const UNDRAWN_COVERED = { TUV: { name: 'Tuvalu', lat: -8.52, lon: 179.2 } };

// Island states spread over an ocean, whose largest island is far from the capital:
// their capital is the better representative point (Kiribati's largest is Kiritimati, 157°W).
const CAPITAL_POINTS = { KIR: { lat: 1.33, lon: 172.98 } };

// The reference partition covers 151 countries, the published figure is 156. These five
// Europe and Central Asia countries close the gap (the reference notes that the
// "Europe and NIS Programme covers 29 countries" while only 17 are assigned).
const ADDED_COVERAGE = ['RUS', 'ROU', 'BGR', 'HRV', 'HUN'];

// Reporting lines a source speaks to, graded by the confidence standard of data/README.md:
// none of these sources is a primary UNIDO source dated 2020 or later, so all are "partial".
const SOURCED_REPORTS_TO = {
  COD: 'AFR-NGA', MLI: 'AFR-NGA', GIN: 'AFR-NGA', BFA: 'AFR-NGA', SLE: 'AFR-NGA',
  LKA: 'ASP-IND', BGD: 'ASP-IND', AFG: 'ASP-IND',
};
const NIGERIA_BASIS = "partial: in the 2017 'Nigeria Regional Office Hub' oversight list (trustradio.com.ng, secondary, 2017)";
const SOURCED_BASIS = {
  COD: NIGERIA_BASIS, MLI: NIGERIA_BASIS, GIN: NIGERIA_BASIS, BFA: NIGERIA_BASIS, SLE: NIGERIA_BASIS,
  LKA: "partial: 'National Director Sri Lanka' beside the 'Regional Director for South Asia' (ft.lk, secondary, 2016); New Delhi covered Sri Lanka c.2008 (unido.org id=6822)",
  BGD: 'partial: New Delhi covered Bangladesh c.2008 (unido.org id=6822, primary, before 2020)',
  AFG: "partial: 'Head of UNIDO operations in Afghanistan' with the Head of the South Asia Regional Office (unido.org id=1000226, primary, 2009)",
};

const groupings = new Map(parseCsv(read('sources/un-groupings.csv')).map((row) => [row.iso3, row]));
const reference = parseCsv(read('sources/offices-best-effort.csv'));
const evidence = parseCsv(read('sources/office-evidence.csv'));
// A source counts for coverage when it is not an unverified copy and names the office itself.
const counts = (e) => e.publisher !== 'unverified' && e.names.split(';').includes('office');

/** The centroid of the country's largest polygon, so that France's point is in France. */
function representativePoint(geometry) {
  const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  const largest = polygons
    .map((coordinates) => ({ type: 'Polygon', coordinates }))
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  let [lon, lat] = geoCentroid(largest);
  // Crescent-shaped countries (Viet Nam, Israel) have their centroid outside: take the
  // point inside the polygon that is nearest to it, from a fine grid over its extent.
  if (!geoContains(largest, [lon, lat])) [lon, lat] = nearestInsidePoint(largest, [lon, lat]);
  return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100, inside: geoContains(largest, [lon, lat]) };
}

function nearestInsidePoint(polygon, target) {
  const ring = polygon.coordinates[0];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  let best = target;
  let bestDistance = Infinity;
  for (let i = 0; i <= 60; i++) {
    for (let j = 0; j <= 60; j++) {
      const point = [minLon + ((maxLon - minLon) * i) / 60, minLat + ((maxLat - minLat) * j) / 60];
      const d = geoDistance(point, target);
      if (d < bestDistance && geoContains(polygon, point)) [best, bestDistance] = [point, d];
    }
  }
  return best;
}

const countries = new Map();
// Numbered features first, so Cyprus keeps its code when "N. Cyprus" (unnumbered) joins it.
// Antarctica (010) is not drawn: no offices, and it would fill a third of a Mercator map.
const drawable = features.filter((f) => f.id !== '010').sort((a, b) => Number(!a.id) - Number(!b.id));
for (const f of drawable) {
  const iso3 = f.id ? countriesLib.numericToAlpha3(f.id) : UNNUMBERED[f.properties.name];
  if (!iso3) continue; // Siachen Glacier: disputed area, drawn as neutral land
  if (countries.has(iso3)) continue; // Ashmore and Cartier Is. shares Australia's code
  const point = CAPITAL_POINTS[iso3] ? { ...CAPITAL_POINTS[iso3], inside: true } : representativePoint(f.geometry);
  if (!point.inside) console.warn(`centroid of ${iso3} falls outside its largest polygon`);
  const iso2 = iso3 === 'XKX' ? 'XK' : countriesLib.alpha3ToAlpha2(iso3);
  countries.set(iso3, {
    iso3,
    iso2,
    numeric: f.id ?? '',
    // UN short names where the groupings table has them ("Viet Nam"), else the ISO name.
    name: groupings.get(iso3)?.name ?? (iso3 === 'XKX' ? 'Kosovo' : countriesLib.getName(iso3, 'en') ?? f.properties.name),
    lat: point.lat,
    lon: point.lon,
    point_source: CAPITAL_POINTS[iso3] ? 'capital' : 'centroid',
    on_basemap: 'yes',
  });
}
for (const [iso3, extra] of Object.entries(UNDRAWN_COVERED)) {
  countries.set(iso3, {
    iso3, iso2: countriesLib.alpha3ToAlpha2(iso3), numeric: countriesLib.alpha3ToNumeric(iso3),
    name: extra.name, lat: extra.lat, lon: extra.lon, point_source: 'capital', on_basemap: 'no',
  });
}

// Offices: coverage completed, reporting lines inferred where no source gives them.
const offices = reference.map((row) => ({ ...row, covered: row.covered_countries_iso3.split(';') }));
const byId = new Map(offices.map((o) => [o.id, o]));
const coveredBy = new Map();
for (const office of offices) for (const code of office.covered) coveredBy.set(code, office);
const distance = (office, country) => geoDistance([+office.lon, +office.lat], [country.lon, country.lat]);
for (const code of ADDED_COVERAGE) {
  const country = countries.get(code);
  const candidates = offices.filter((o) => o.region === 'Europe and Central Asia');
  const nearest = candidates.sort((a, b) => distance(a, country) - distance(b, country))[0];
  nearest.covered.push(code);
  coveredBy.set(code, nearest);
}

const TIER_RANK = { 'Regional Hub': 0, 'Regional Office': 1, 'Country Office': 2 };
for (const office of offices) {
  office.reports_to = '';
  office.reports_to_basis = 'none: top of its region';
  const sourced = SOURCED_REPORTS_TO[office.country_iso3];
  if (sourced) {
    office.reports_to = sourced;
    office.reports_to_basis = SOURCED_BASIS[office.country_iso3];
    continue;
  }
  const rank = TIER_RANK[office.tier_before];
  const host = countries.get(office.country_iso3);
  const superiors = offices.filter((o) => o.region === office.region && TIER_RANK[o.tier_before] < rank);
  // Regional offices report to a hub; country offices to the nearest hub or regional office.
  const eligible = rank === 1 ? superiors.filter((o) => TIER_RANK[o.tier_before] === 0) : superiors;
  const nearest = eligible.sort((a, b) => distance(a, host) - distance(b, host))[0];
  if (nearest) {
    office.reports_to = nearest.id;
    office.reports_to_basis = 'inferred: nearest higher-tier office in the same region';
  } else if (rank === 2) {
    // Europe and Central Asia has no office above country level since Ankara is a country office.
    office.reports_to_basis = 'none: no higher-tier office in its region';
  }
}

// Coverage graded by the same standard: a covered country is sourced when a counting source of
// this office names it (the host: when a counting source names the office); the rest is inferred.
for (const office of offices) {
  const sources = evidence.filter((e) => e.office_id === office.id && counts(e));
  const named = new Set(sources.flatMap((e) => (e.covers_iso3 ? e.covers_iso3.split(';') : [])));
  if (sources.length > 0) named.add(office.country_iso3);
  office.inferred = office.covered.filter((code) => !named.has(code));
}

for (const [code, office] of coveredBy) {
  const country = countries.get(code);
  if (!country) throw new Error(`covered country ${code} is not in the basemap list`);
  country.region = office.region;
}

const groupingFlag = (iso3, column) => groupings.get(iso3)?.[column] ?? 'no';
const countryRows = [...countries.values()]
  .sort((a, b) => a.iso3.localeCompare(b.iso3))
  .map((c) => ({
    iso3: c.iso3, iso2: c.iso2, numeric: c.numeric, name: c.name, region: c.region ?? '',
    lat: c.lat, lon: c.lon, point_source: c.point_source, on_basemap: c.on_basemap,
    ldc: groupingFlag(c.iso3, 'ldc'), lldc: groupingFlag(c.iso3, 'lldc'), sids: groupingFlag(c.iso3, 'sids'),
  }));
writeFileSync(new URL('countries.csv', here), Papa.unparse(countryRows, { newline: '\n' }) + '\n');

const officeRows = offices.map((o) => ({
  id: o.id, name: o.name, city: o.city, country_iso3: o.country_iso3, region: o.region,
  tier: o.tier_before, lat: o.lat, lon: o.lon, reports_to: o.reports_to,
  covered_countries_iso3: o.covered.join(';'), inferred_coverage_iso3: o.inferred.join(';'),
  confidence: o.confidence, source: o.source, reports_to_basis: o.reports_to_basis,
}));
writeFileSync(new URL('offices.csv', here), Papa.unparse(officeRows, { newline: '\n' }) + '\n');
// Each office's sources with their dates, for its panel and the confidence-standard test.
const officeIds = new Set(offices.map((o) => o.id));
const sourceRows = evidence
  .filter((e) => {
    if (!officeIds.has(e.office_id)) throw new Error(`office-evidence.csv: unknown office ${e.office_id}`);
    return true;
  })
  // Per office: the sources the standard counts first, newest first; uncounted ones after them.
  .sort((a, b) => a.office_id.localeCompare(b.office_id) || Number(counts(b)) - Number(counts(a)) || (Number(b.year_to) || 0) - (Number(a.year_to) || 0))
  .map((e) => ({
    office_id: e.office_id, source_url: e.source_url, quote: e.quote, source_date: e.source_date,
    year_from: e.year_from, year_to: e.year_to, publisher: e.publisher, names: e.names, covers_iso3: e.covers_iso3,
  }));
writeFileSync(new URL('office-sources.csv', here), Papa.unparse(sourceRows, { newline: '\n' }) + '\n');
console.log(`${countryRows.length} countries, ${officeRows.length} offices, ${coveredBy.size} covered`);
