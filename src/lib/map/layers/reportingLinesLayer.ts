// The reporting lines (each office to the office it reports to) as one multi-line path: one
// path to project, clip and paint, however many offices (lines are not interactive).
import L from 'leaflet';
import type { Region } from '../../model/types';
import { toLatLng } from '../officeMarker';
import { type MapData, visibleOffices } from './mapData';

export class ReportingLinesLayer {
  private readonly group = L.layerGroup();

  constructor(
    map: L.Map,
    private readonly renderer: L.Renderer,
  ) {
    this.group.addTo(map);
  }

  draw(data: MapData | null, region: Region | null): void {
    this.group.clearLayers();
    if (!data) return;
    const segments: L.LatLngTuple[][] = [];
    for (const office of visibleOffices(data, region)) {
      const superior = office.reportsTo ? data.index.officeById.get(office.reportsTo) : undefined;
      if (superior) segments.push([toLatLng(office), toLatLng(superior)]);
    }
    if (segments.length > 0) L.polyline(segments, { renderer: this.renderer, color: '#262626', weight: 2, opacity: 0.9, interactive: false }).addTo(this.group);
  }

  remove(): void {
    this.group.remove();
  }
}
