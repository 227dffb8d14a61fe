// The countries picked for a joint assignment (lasso, rectangle, Shift-click, table): a heavy
// outline and a light shade over their shapes, or a ring for a country too small for the basemap.
import L from 'leaflet';
import type { CountryFeature } from '../../geo/basemapFeatures';
import type { CountryCode } from '../../model/types';
import { toLatLng } from '../officeMarker';
import type { MapData } from './mapData';
import { SELECTED_STROKE } from './mapStrokes';

export class PickedCountriesLayer {
  private readonly group = L.layerGroup();
  private features: readonly CountryFeature[] = [];

  constructor(
    map: L.Map,
    private readonly renderer: L.Renderer,
  ) {
    this.group.addTo(map);
  }

  setBasemap(features: readonly CountryFeature[]): void {
    this.features = features;
  }

  draw(data: MapData | null, picked: ReadonlySet<CountryCode>): void {
    this.group.clearLayers();
    if (!data || picked.size === 0) return;
    const shapes = this.features.filter((f) => f.code !== null && picked.has(f.code));
    if (shapes.length > 0) {
      L.geoJSON(shapes as CountryFeature[], {
        ...({ renderer: this.renderer } as L.GeoJSONOptions),
        interactive: false,
        style: { color: SELECTED_STROKE, weight: 2.5, fillColor: SELECTED_STROKE, fillOpacity: 0.18 },
      }).addTo(this.group);
    }
    const drawn = new Set(shapes.map((f) => f.code));
    for (const code of picked) {
      const country = data.index.countryByCode.get(code);
      if (!country || drawn.has(code)) continue;
      L.circleMarker(toLatLng(country), { renderer: this.renderer, radius: 8, color: SELECTED_STROKE, weight: 2.5, fill: false, interactive: false }).addTo(this.group);
    }
  }

  remove(): void {
    this.group.remove();
  }
}
