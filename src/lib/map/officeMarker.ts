// One office as a Leaflet marker: its tier's symbol (dashed when inferred), an accessible
// title, a DOM-built tooltip; and the helpers the map shares for placing and comparing offices.
// Title and tooltip are written in the interface language when shown, so they follow a switch.
import L from 'leaflet';
import { untrack } from 'svelte';
import { displayLongitude } from '../geo/pacificView';
import { i18n, t } from '../i18n/i18n.svelte';
import { isDrawnInferred, type GeoPoint, type Network, type Office, type Tier } from '../model/types';
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
  const inferred = isDrawnInferred(office);
  const icon = L.divIcon({
    className: selected ? 'office-marker office-marker--selected' : 'office-marker',
    html: symbolSvg(symbol, { strokeWidth: selected ? 3 : 1.5, dashed: inferred }),
    iconSize: [symbol.size, symbol.size],
  });
  const title = () => t('map.marker.title', { office: office.name, tier: i18n.tierName(office.tier) });
  const marker = L.marker(toLatLng(office), {
    icon,
    // Untracked: markers are built inside the map's effects, which must not re-run (and
    // re-fit the map) when the language changes; the hover handler below renews the title.
    title: untrack(title),
    // Not in the tab order: 48 small, often overlapping targets would fail WCAG 2.5.8
    // and make a long tab trail. The "Find office" and "Find country" selects next to
    // the map, and the Tables view, are the keyboard way to the same actions.
    keyboard: false,
    zIndexOffset: Z_OFFSET[office.tier],
    riseOnHover: true,
  });
  // A function: Leaflet builds the tooltip each time it opens, in the language of that moment.
  const tooltip = () =>
    textBlock([
      office.name,
      t('map.marker.tierAndCity', { tier: i18n.tierName(office.tier), city: office.city }),
      office.planned ? t('map.marker.planned') : inferred ? t('map.marker.inferred') : i18n.confidenceName(office.confidence),
    ]);
  marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -symbol.size / 2] });
  // The browser shows the title after the pointer rests, so renewing it on hover is in time.
  marker.on('mouseover', () => marker.getElement()?.setAttribute('title', title()));
  marker.on('click', onSelect);
  return marker;
}
