// One office as a Leaflet marker: its tier's symbol (dashed when inferred), an accessible
// title, a DOM-built tooltip; and the helpers the map shares for placing and comparing offices.
import L from 'leaflet';
import { displayLongitude } from '../geo/pacificView';
import { CONFIDENCE_LABELS, TIER_LABELS } from '../model/labels';
import type { GeoPoint, Network, Office, Tier } from '../model/types';
import { textBlock } from './textContent';
import { TIER_SYMBOLS, symbolSvg } from './tierSymbols';

/** Where a point is drawn: the Pacific kept in one piece (see pacificView). */
export const toLatLng = ({ point }: { point: GeoPoint }): L.LatLngTuple => [point.lat, displayLongitude(point.lon)];

/** Everything a marker or a reporting line shows, as one string to compare. */
export const officeSignature = (network: Network) =>
  network.offices.map((o) => `${o.id}|${o.name}|${o.city}|${o.tier}|${o.confidence}|${o.closed ?? ''}|${o.reportsTo ?? ''}|${o.point.lat},${o.point.lon}`).join('\n');

/** Higher tiers stay on top where markers overlap. */
const Z_OFFSET: Readonly<Record<Tier, number>> = { 'regional-hub': 1000, 'sub-regional-office': 800, 'regional-office': 500, 'country-office': 0 };

export function createOfficeMarker(office: Office, selected: boolean, onSelect: () => void): L.Marker {
  const symbol = TIER_SYMBOLS[office.tier];
  const inferred = office.confidence === 'inferred';
  const icon = L.divIcon({
    className: selected ? 'office-marker office-marker--selected' : 'office-marker',
    html: symbolSvg(symbol, { strokeWidth: selected ? 3 : 1.5, dashed: inferred }),
    iconSize: [symbol.size, symbol.size],
  });
  const marker = L.marker(toLatLng(office), {
    icon,
    title: `${office.name}, ${TIER_LABELS[office.tier]}`,
    // Not in the tab order: 48 small, often overlapping targets would fail WCAG 2.5.8
    // and make a long tab trail. The "Find office" and "Find country" selects next to
    // the map, and the Tables view, are the keyboard way to the same actions.
    keyboard: false,
    zIndexOffset: Z_OFFSET[office.tier],
    riseOnHover: true,
  });
  const dataNote = inferred ? 'Inferred office: not yet confirmed by a public source' : CONFIDENCE_LABELS[office.confidence];
  marker.bindTooltip(textBlock([office.name, `${TIER_LABELS[office.tier]} · ${office.city}`, dataNote]), { direction: 'top', offset: [0, -symbol.size / 2] });
  marker.on('click', onSelect);
  return marker;
}
