// "Place on map" for a new office: while on, a click on the map gives its position and the
// country under it (from the basemap shapes) instead of selecting anything.
import type L from 'leaflet';
import type { CountryFeature } from '../../geo/basemapFeatures';
import type { CountryCode, GeoPoint } from '../../model/types';
import { geometryHolds } from '../pickInShape';

export interface PlaceCallbacks {
  /** Where the click was (longitude in −180…180) and the country there, if any. */
  onPlace(point: GeoPoint, country: CountryCode | null): void;
}

/** The country whose basemap shape holds the position (display longitude, as the map draws it), or null. */
export function countryAt(features: readonly CountryFeature[], lat: number, displayLon: number): CountryCode | null {
  return features.find((f) => f.code !== null && geometryHolds(f.geometry, displayLon, lat))?.code ?? null;
}

/** A longitude of the map (which runs past 180° to keep the Pacific whole) as a longitude of the data. */
export const dataLongitude = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;

export class PlaceTool {
  private on = false;
  private features: readonly CountryFeature[] = [];
  private readonly onClick = (event: MouseEvent) => this.click(event);

  constructor(
    private readonly map: L.Map,
    private readonly callbacks: PlaceCallbacks,
  ) {
    map.getContainer().addEventListener('click', this.onClick, { capture: true });
  }

  remove(): void {
    this.setOn(false);
    this.map.getContainer().removeEventListener('click', this.onClick, { capture: true });
  }

  setBasemap(features: readonly CountryFeature[]): void {
    this.features = features;
  }

  setOn(on: boolean): void {
    this.on = on;
    this.map.getContainer().classList.toggle('network-map--placing', on);
  }

  private click(event: MouseEvent): void {
    if (!this.on || (event.target as HTMLElement | null)?.closest('.leaflet-control')) return;
    if ((this.map.dragging as L.Handler & { moved(): boolean }).moved()) return;
    // Immediate: the office layer's own click listener on the same element must not select an office under the click.
    event.stopImmediatePropagation();
    const { lat, lng } = this.map.mouseEventToLatLng(event);
    const round = (value: number) => Math.round(value * 100) / 100;
    this.callbacks.onPlace({ lat: round(lat), lon: round(dataLongitude(lng)) }, countryAt(this.features, lat, lng));
  }
}
