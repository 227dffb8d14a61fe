// The default data set and its basemap, and English texts, as inputs of an exported map.
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { assignCountryCodes, toBasemapShapes } from '../../../src/lib/geo/basemapFeatures';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import type { Network } from '../../../src/lib/model/types';
import { WORLD_EXTENT } from '../../../src/lib/export/exportExtents';
import type { MapImageInput, MapImageTexts } from '../../../src/lib/export/types';

const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
export const defaultNetwork: Network = loaded.network;
export const features = assignCountryCodes(toBasemapShapes(topology), defaultNetwork.countries);

export const DISCLAIMER = 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';

export const englishTexts: MapImageTexts = {
  title: 'Baseline: today’s network',
  subtitle: '22 Nov 2026 · 48 field offices',
  tierNames: { 'regional-hub': 'Regional hub', 'regional-office': 'Regional office', 'sub-regional-office': 'Sub-regional office', 'country-office': 'Country office' },
  regionNames: { Africa: 'Africa', 'Arab States': 'Arab States', 'Asia and the Pacific': 'Asia and the Pacific', 'Europe and Central Asia': 'Europe and Central Asia', 'Latin America and the Caribbean': 'Latin America and the Caribbean' },
  inferredOffice: 'Dashed outline: office inferred, not confirmed',
  reportsTo: 'Reports to',
  coversCountry: 'Covers country',
  smallCountry: 'Small country',
  countryFill: 'Country colour = covering office (hue: region):',
  notCovered: 'Not covered',
  changedCountry: 'Covered from another office than today',
  scaleNote: (lat) => `Scale true at ${Math.abs(Math.round(lat))}° ${lat >= 0 ? 'N' : 'S'}`,
  formatKm: (km) => `${km.toLocaleString('en')} km`,
  source: 'Source: Field Network Planner, illustrative data: 5 offices confirmed, 10 partly confirmed, 33 inferred. Country shapes: Natural Earth.',
  disclaimer: DISCLAIMER,
  tileAttribution: '© OpenStreetMap contributors',
};

export function mapInput(overrides: Partial<MapImageInput> = {}): MapImageInput {
  return {
    width: 1920, height: 1080, pxPerPt: 2, dir: 'ltr', lang: 'en', bounds: WORLD_EXTENT, regionFilter: null, features,
    panels: [{ network: defaultNetwork }],
    options: { labels: true, labelByCity: true, reportingLines: true, coverageLines: false, highlightChanged: true },
    texts: englishTexts,
    ...overrides,
  };
}
