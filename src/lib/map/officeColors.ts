// Country fill colours: each region has its own hue, and the offices of a region take
// different shades of it, chosen so that two offices whose coverage areas share a border never
// share a shade (greedy colouring of the graph of touching offices). Neighbours across regions
// differ by hue already.
import { hsl } from 'd3-color';
import { REGIONS, type CountryCode, type Network, type Office, type OfficeId, type Region } from '../model/types';

export const REGION_HUES: Readonly<Record<Region, number>> = {
  Africa: 30,
  'Arab States': 285,
  'Asia and the Pacific': 135,
  'Europe and Central Asia': 205,
  'Latin America and the Caribbean': 340,
};

export const UNCOVERED_FILL = '#e6e6e3';
export const OCEAN_FILL = '#d7e6ef';

const LIGHTNESS_STEPS = [0.62, 0.8, 0.7, 0.88, 0.56, 0.75, 0.84, 0.66];
/** Spreads extra shades (rarely needed: an office bordering eight of its region's others) over the same range. */
const GOLDEN_RATIO_STEP = 0.618034;

/** A country shape and the countries it borders (see basemapFeatures.ts). */
export interface BorderingShape {
  readonly code: CountryCode | null;
  readonly neighbours?: readonly CountryCode[];
}

/** The middle shade of a region, for the legend. */
export function regionSwatch(region: Region): string {
  return hsl(REGION_HUES[region], 0.55, 0.7).formatHex();
}

/**
 * The k-th shade of a region's hue: eight fixed steps of lightness and saturation, then
 * further shades spread between them.
 * @example regionShade('Africa', 0) // → "#d6a170"
 */
export function regionShade(region: Region, k: number): string {
  if (k < LIGHTNESS_STEPS.length) return hsl(REGION_HUES[region], k % 2 === 0 ? 0.55 : 0.45, LIGHTNESS_STEPS[k] ?? 0.7).formatHex();
  return hsl(REGION_HUES[region], 0.5, 0.55 + ((k * GOLDEN_RATIO_STEP) % 1) * 0.33).formatHex();
}

/** Which countries border which, over all shapes of each country. */
function countryBorders(shapes: readonly BorderingShape[]): Map<CountryCode, Set<CountryCode>> {
  const borders = new Map<CountryCode, Set<CountryCode>>();
  const link = (a: CountryCode, b: CountryCode) => {
    if (a === b) return;
    borders.set(a, (borders.get(a) ?? new Set()).add(b));
    borders.set(b, (borders.get(b) ?? new Set()).add(a));
  };
  for (const { code, neighbours = [] } of shapes) if (code) for (const other of neighbours) link(code, other);
  return borders;
}

/**
 * Pairs of open offices whose drawn coverage areas share a border: a country one covers borders
 * a country the other covers. A country covered twice is drawn in its first office's colour
 * (as indexNetwork decides), so that office is the one that counts; closed offices are drawn
 * as uncovered and touch nobody.
 */
export function touchingOffices(network: Network, shapes: readonly BorderingShape[]): Map<OfficeId, Set<OfficeId>> {
  const drawnAs = new Map<CountryCode, Office>();
  for (const office of network.offices) for (const code of office.coveredCountries) if (!drawnAs.has(code)) drawnAs.set(code, office);
  const touching = new Map<OfficeId, Set<OfficeId>>(network.offices.map((o) => [o.id, new Set<OfficeId>()]));
  for (const [code, bordering] of countryBorders(shapes)) {
    const office = drawnAs.get(code);
    if (!office || office.closed) continue;
    for (const other of bordering) {
      const neighbour = drawnAs.get(other);
      if (neighbour && !neighbour.closed && neighbour.id !== office.id) touching.get(office.id)?.add(neighbour.id);
    }
  }
  return touching;
}

/**
 * A fill colour per office: its region's hue, and a shade no touching office of the region
 * has. Offices are coloured most-bordered first (Welsh–Powell), each taking, of the shades its
 * already-coloured neighbours leave free, the one least used so far in its region, so a region
 * of up to eight offices still shows eight different shades. Without `shapes` (no basemap yet)
 * nothing touches and the shades simply spread.
 * @example assignOfficeColors(network, features).get('AFR-ETH') // → a shade of Africa's hue (30°)
 */
export function assignOfficeColors(network: Network, shapes: readonly BorderingShape[] = []): Map<OfficeId, string> {
  const touching = touchingOffices(network, shapes);
  const shadeOf = new Map<OfficeId, number>();
  const colors = new Map<OfficeId, string>();
  for (const region of REGIONS) {
    const offices = network.offices.filter((o) => o.region === region);
    const degree = (o: Office) => touching.get(o.id)?.size ?? 0;
    const order = offices.map((office, i) => ({ office, i })).sort((a, b) => degree(b.office) - degree(a.office) || a.i - b.i);
    const uses: number[] = [];
    // Offices of other regions have another hue: only the region's own neighbours rule out a shade.
    const ofRegion = new Set(offices.map((o) => o.id));
    for (const { office } of order) {
      const taken = new Set([...(touching.get(office.id) ?? [])].filter((id) => ofRegion.has(id)).map((id) => shadeOf.get(id)));
      let best = -1;
      for (let k = 0; best < 0 || k < Math.max(uses.length, LIGHTNESS_STEPS.length); k++) {
        if (taken.has(k)) continue;
        if (best < 0 || (uses[k] ?? 0) < (uses[best] ?? 0)) best = k;
      }
      shadeOf.set(office.id, best);
      uses[best] = (uses[best] ?? 0) + 1;
      colors.set(office.id, regionShade(region, best));
    }
  }
  return colors;
}
