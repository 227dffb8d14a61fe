// Dashed lines from each office to the countries it covers (other than its host), shown on
// request; one multi-line path, like the reporting lines.
import L from 'leaflet';
import type { Region } from '../../model/types';
import { toLatLng } from '../officeMarker';
import { type MapData, visibleOffices } from './mapData';

export class CoverageLinesLayer {
  private readonly group = L.layerGroup();
  private shown = false;

  constructor(
    map: L.Map,
    private readonly renderer: L.Renderer,
  ) {
    this.group.addTo(map);
  }

  setShown(shown: boolean): void {
    this.shown = shown;
  }

  draw(data: MapData | null, region: Region | null): void {
    this.group.clearLayers();
    if (!data || !this.shown) return;
    const { index } = data;
    const segments: L.LatLngTuple[][] = [];
    for (const office of visibleOffices(data, region)) {
      for (const code of office.coveredCountries) {
        const country = index.countryByCode.get(code);
        if (country && code !== office.hostCountry) segments.push([toLatLng(office), toLatLng(country)]);
      }
    }
    if (segments.length > 0) L.polyline(segments, { renderer: this.renderer, color: '#4d4d4d', weight: 1, dashArray: '3 4', interactive: false }).addTo(this.group);
  }

  remove(): void {
    this.group.remove();
  }
}
