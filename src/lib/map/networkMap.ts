// The Leaflet map of a field network: the one owner of the L.Map, composing its layers
// (countries, coverage and reporting lines, selection ring, office symbols; see layers/).
// Svelte owns the state; this class only mirrors it into the layers, one setter per setting,
// and keeps the view (fit, follow, resize). All vector layers use the Canvas renderer.
import L from 'leaflet';
import type { CountryFeature } from '../geo/basemapFeatures';
import type { Selection } from '../model/selection';
import type { NetworkIndex } from '../model/indexNetwork';
import type { CountryCode, GeoPoint, Network, Office, OfficeId, Region } from '../model/types';
import { OCEAN_FILL } from './officeColors';
import { t } from '../i18n/i18n.svelte';
import { toLatLng } from './officeMarker';
import { CountryLayer } from './layers/countryLayer';
import { CoverageLinesLayer } from './layers/coverageLinesLayer';
import { LassoTool, type PickTool } from './layers/lassoTool';
import { type MapData, isInRegion, prefersReducedMotion } from './layers/mapData';
import { lineKey, markerKey, officesChanged } from './layers/officeChanges';
import { OfficeLayer } from './layers/officeLayer';
import { PickedCountriesLayer } from './layers/pickedCountriesLayer';
import { PlaceTool } from './layers/placeTool';
import { ReportingLinesLayer } from './layers/reportingLinesLayer';
import { pickInShape, type PlanePoint } from './pickInShape';
import { SelectionLayer, selectedPoint } from './layers/selectionLayer';

export type MapSelection = Selection;
export type { PickTool };

export interface MapCallbacks {
  onSelectOffice(id: OfficeId): void;
  /** `additive`: Shift (or Ctrl/Cmd) was held, to add the country to a pick of several or take it out. */
  onSelectCountry(code: CountryCode, additive: boolean): void;
  /** The programme countries inside a drawn lasso or rectangle; `additive` to add them to the pick. */
  onPickCountries?(codes: CountryCode[], additive: boolean): void;
  /** A click in "place on map" mode: where, and the country there. */
  onPlace?(point: GeoPoint, country: CountryCode | null): void;
  /** After the user pans or zooms: lets a second map follow (side-by-side view). */
  onViewChange?(view: MapViewState): void;
}

export interface MapViewState {
  readonly center: L.LatLngTuple;
  readonly zoom: number;
  /** What is in view, south-west then north-east corner: an "as on screen" export draws this. */
  readonly bounds?: readonly [L.LatLngTuple, L.LatLngTuple];
}

const WORLD_BOUNDS = L.latLngBounds([-56, -118], [76, 198]);

export class NetworkMapController {
  private readonly map: L.Map;
  // Lines and the selection ring share one canvas, above the countries' (see CountryLayer).
  private readonly linesRenderer = L.canvas({ padding: 0.5, pane: 'lines' });
  private readonly countries: CountryLayer;
  private readonly coverageLines: CoverageLinesLayer;
  private readonly reportingLines: ReportingLinesLayer;
  private readonly selectionRing: SelectionLayer;
  private readonly picked: PickedCountriesLayer;
  private readonly offices: OfficeLayer;
  private readonly lasso: LassoTool;
  private readonly place: PlaceTool;
  private pickedCodes: ReadonlySet<CountryCode> = new Set();
  private data: MapData | null = null;
  private region: Region | null = null;
  private selection: MapSelection = null;
  private userMoved = false;
  /** The offices the markers and reporting lines were drawn from (see officesChanged). */
  private drawnOffices: readonly Office[] = [];
  /** True while the map moves because of setView, so it does not echo the move back. */
  private following = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(element: HTMLElement, private readonly callbacks: MapCallbacks) {
    this.map = L.map(element, {
      preferCanvas: true,
      worldCopyJump: false,
      minZoom: 1,
      maxZoom: 8,
      zoomSnap: 0.25,
      maxBounds: L.latLngBounds([-85, -260], [85, 280]),
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix(false);
    this.labelControls();
    this.countries = new CountryLayer(this.map, { onSelectCountry: (code, additive) => this.callbacks.onSelectCountry(code, additive) });
    // Lines and selection rings are not interactive: their canvas lets clicks through to
    // the countries underneath.
    const linesPane = this.map.createPane('lines');
    linesPane.style.zIndex = '450';
    linesPane.style.pointerEvents = 'none';
    this.linesRenderer.addTo(this.map);
    this.map.getContainer().style.background = OCEAN_FILL;
    this.map.fitBounds(WORLD_BOUNDS);
    this.coverageLines = new CoverageLinesLayer(this.map, this.linesRenderer);
    this.reportingLines = new ReportingLinesLayer(this.map, this.linesRenderer);
    this.selectionRing = new SelectionLayer(this.map, this.linesRenderer);
    this.picked = new PickedCountriesLayer(this.map, this.linesRenderer);
    // The tools listen before the office layer, so a click that is theirs never selects an office.
    this.lasso = new LassoTool(this.map, this.linesRenderer, { onShape: (shape, additive) => this.pickInShape(shape, additive) });
    this.place = new PlaceTool(this.map, { onPlace: (point, country) => this.callbacks.onPlace?.(point, country) });
    this.offices = new OfficeLayer(this.map, {
      onSelectOffice: (id) => this.callbacks.onSelectOffice(id),
      onHoverOffice: () => this.countries.closeTooltips(),
    });
    // Leaflet measures its container once; the side panel and window can resize it later.
    // Until the user pans or zooms, a resize also re-fits the region in view.
    this.map.on('dragstart', () => (this.userMoved = true));
    this.map.on('moveend', () => this.reportView());
    this.map.getContainer().addEventListener('wheel', () => (this.userMoved = true), { passive: true });
    this.resizeObserver = new ResizeObserver(() => {
      this.map.invalidateSize();
      if (!this.userMoved) this.fitRegion();
    });
    this.resizeObserver.observe(element);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    for (const layer of [this.place, this.lasso, this.offices, this.picked, this.selectionRing, this.reportingLines, this.coverageLines, this.countries]) layer.remove();
    this.map.remove();
  }

  setBasemap(features: CountryFeature[]): void {
    this.countries.setBasemap(features);
    this.picked.setBasemap(features);
    this.place.setBasemap(features);
    this.picked.draw(this.data, this.pickedCodes);
  }

  /**
   * A new network (an edit, another scenario) restyles the country shapes and redraws the
   * lines and markers that changed.
   */
  setNetwork(network: Network, index: NetworkIndex): void {
    this.data = { network, index };
    this.countries.setNetwork(this.data);
    // Most edits move a country between offices: markers and reporting lines stay as they
    // are, so each is redrawn only when what it shows has changed (and markers one by one).
    const before = this.drawnOffices;
    this.drawnOffices = network.offices;
    if (officesChanged(before, network.offices, lineKey)) this.reportingLines.draw(this.data, this.region);
    if (officesChanged(before, network.offices, markerKey)) this.offices.draw(this.data, this.region, this.selection);
    this.coverageLines.draw(this.data, this.region);
    this.selectionRing.draw(this.data, this.selection);
    this.picked.draw(this.data, this.pickedCodes);
  }

  setRegion(region: Region | null): void {
    this.region = region;
    this.countries.setRegion(region);
    this.reportingLines.draw(this.data, region);
    this.coverageLines.draw(this.data, region);
    this.offices.draw(this.data, region, this.selection);
    this.fitRegion();
  }

  /**
   * A selection only restyles: rebuilding the polygons would cost a frame. With `reveal`
   * (a pick from a list or table) the map also pans to it when it is out of view.
   */
  setSelection(selection: MapSelection, reveal = false): void {
    this.selection = selection;
    this.countries.setSelection(selection);
    this.offices.draw(this.data, this.region, selection);
    this.selectionRing.draw(this.data, selection);
    if (reveal) this.revealSelection();
  }

  private revealSelection(): void {
    const point = selectedPoint(this.data, this.selection);
    if (!point) return;
    const view = this.map.getBounds().pad(-0.1);
    if (!view.contains(point)) this.map.panTo(point, { animate: !prefersReducedMotion() });
  }

  /** The countries picked for a joint assignment, outlined and shaded. */
  setPickedCountries(codes: ReadonlySet<CountryCode>): void {
    this.pickedCodes = codes;
    this.picked.draw(this.data, codes);
  }

  /** Lasso or rectangle: a drag on the map draws the shape instead of panning; null pans again. */
  setPickTool(tool: PickTool | null): void {
    this.lasso.setTool(tool);
  }

  /** "Place on map": the next clicks give a position and country instead of selecting. */
  setPlacing(placing: boolean): void {
    this.place.setOn(placing);
  }

  /** The programme countries of the region shown whose centre lies inside a drawn shape. */
  private pickInShape(shape: readonly PlanePoint[], additive: boolean): void {
    if (!this.data) return;
    const candidates = this.data.network.countries.filter((c) => c.region !== null && isInRegion(this.region, c.region));
    const inside = pickInShape(candidates, (c) => this.map.latLngToContainerPoint(toLatLng(c)), shape);
    this.callbacks.onPickCountries?.(
      inside.map((c) => c.code),
      additive,
    );
  }

  /** Countries drawn with a heavy outline: those a scenario changed, in the side-by-side view. */
  setHighlightedCountries(codes: ReadonlySet<CountryCode>): void {
    this.countries.setHighlighted(codes);
  }

  /** Brings a set of countries into view (a scorecard drill-down), however small they are. */
  fitCountries(codes: ReadonlySet<CountryCode>): void {
    const points = [...codes].map((code) => this.data?.index.countryByCode.get(code)).filter((c) => c !== undefined).map((c) => L.latLng(toLatLng(c)));
    if (points.length === 0) return;
    this.userMoved = true;
    this.map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 5, animate: !prefersReducedMotion() });
  }

  /** Follows another map's view without reporting the move back. */
  setView(view: MapViewState | null): void {
    if (!view) return;
    const center = this.map.getCenter();
    if (Math.abs(center.lat - view.center[0]) < 1e-6 && Math.abs(center.lng - view.center[1]) < 1e-6 && this.map.getZoom() === view.zoom) return;
    this.userMoved = true;
    this.following = true;
    this.map.setView(view.center, view.zoom, { animate: false });
    this.following = false;
  }

  /** In paint mode the cursor is a crosshair over the countries. */
  setPainting(painting: boolean): void {
    this.map.getContainer().classList.toggle('network-map--painting', painting);
  }

  setShowCoverageLines(show: boolean): void {
    this.coverageLines.setShown(show);
    this.coverageLines.draw(this.data, this.region);
  }

  /** OpenStreetMap tiles under the polygons: off by default, the only request to another origin. */
  setOnlineBasemap(on: boolean): void {
    this.countries.setOnlineBasemap(on);
  }

  /** Names the zoom buttons in the interface language (Leaflet's own titles are English). */
  labelControls(): void {
    const container = this.map.getContainer();
    for (const [selector, label] of [['.leaflet-control-zoom-in', t('map.zoomIn')], ['.leaflet-control-zoom-out', t('map.zoomOut')]] as const) {
      const button = container.querySelector<HTMLElement>(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }

  private reportView(): void {
    if (this.following) return;
    const center = this.map.getCenter();
    const bounds = this.map.getBounds();
    const southWest = bounds.getSouthWest();
    const northEast = bounds.getNorthEast();
    this.callbacks.onViewChange?.({
      center: [center.lat, center.lng],
      zoom: this.map.getZoom(),
      bounds: [
        [southWest.lat, southWest.lng],
        [northEast.lat, northEast.lng],
      ],
    });
  }

  private fitRegion(): void {
    const animate = !prefersReducedMotion();
    if (!this.data || this.region === null) {
      this.map.fitBounds(WORLD_BOUNDS, { animate });
      return;
    }
    const points = this.data.network.countries
      .filter((c) => c.region === this.region)
      .map((c) => L.latLng(toLatLng(c)));
    if (points.length > 0) this.map.fitBounds(L.latLngBounds(points).pad(0.15), { animate });
  }
}
