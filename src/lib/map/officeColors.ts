// Country fill colours: each region has its own hue, and the offices of a region take
// different lightness steps of it, so neighbouring coverage areas stay apart while the
// region still reads as one block.
import { hsl } from 'd3-color';
import { REGIONS, type Network, type OfficeId, type Region } from '../model/types';

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

/** The middle shade of a region, for the legend. */
export function regionSwatch(region: Region): string {
  return hsl(REGION_HUES[region], 0.55, 0.7).formatHex();
}

/**
 * A fill colour per office: its region's hue, a lightness step per office in data order.
 * @example assignOfficeColors(network).get('AFR-ETH') // → "#d6a170" (first Africa office)
 */
export function assignOfficeColors(network: Network): Map<OfficeId, string> {
  const colors = new Map<OfficeId, string>();
  for (const region of REGIONS) {
    const offices = network.offices.filter((o) => o.region === region);
    offices.forEach((office, i) => {
      const lightness = LIGHTNESS_STEPS[i % LIGHTNESS_STEPS.length] ?? 0.7;
      const saturation = i % 2 === 0 ? 0.55 : 0.45;
      colors.set(office.id, hsl(REGION_HUES[region], saturation, lightness).formatHex());
    });
  }
  return colors;
}
