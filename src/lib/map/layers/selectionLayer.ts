// A ring around the selected office or country point, visible even for a tiny island.
import L from 'leaflet';
import type { Selection } from '../../model/selection';
import { toLatLng } from '../officeMarker';
import type { MapData } from './mapData';
import { SELECTED_STROKE } from './mapStrokes';

/** Where the selected office or country is, or null when nothing (or something unknown) is selected. */
export function selectedPoint(data: MapData | null, selection: Selection): L.LatLngTuple | null {
  if (!data || !selection) return null;
  const { index } = data;
  const item = selection.kind === 'office' ? index.officeById.get(selection.id) : index.countryByCode.get(selection.code);
  return item ? toLatLng(item) : null;
}

export class SelectionLayer {
  private readonly group = L.layerGroup();

  constructor(
    map: L.Map,
    private readonly renderer: L.Renderer,
  ) {
    this.group.addTo(map);
  }

  draw(data: MapData | null, selection: Selection): void {
    this.group.clearLayers();
    const point = selectedPoint(data, selection);
    if (!point) return;
    L.circleMarker(point, { renderer: this.renderer, radius: 17, color: SELECTED_STROKE, weight: 3, fill: false, interactive: false }).addTo(this.group);
    L.circleMarker(point, { renderer: this.renderer, radius: 20, color: '#ffffff', weight: 2, fill: false, interactive: false }).addTo(this.group);
  }

  remove(): void {
    this.group.remove();
  }
}
