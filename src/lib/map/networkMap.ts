// The Leaflet map of a field network: country polygons coloured by covering office, office
// markers by tier, reporting and coverage lines. Svelte owns the state; this class only
// mirrors it into Leaflet, one setter per setting. All vector layers use the Canvas renderer.
import L from 'leaflet';
import type { CountryFeature } from '../geo/basemapFeatures';
import type { Selection } from '../model/selection';
import type { NetworkIndex } from '../model/indexNetwork';
import type { CountryCode, Network, Office, OfficeId, Region } from '../model/types';
import { OCEAN_FILL, UNCOVERED_FILL, assignOfficeColors } from './officeColors';
import { textBlock } from './textContent';
import { createOfficeMarker, officeSignature, toLatLng } from './officeMarker';

export type MapSelection = Selection;

export interface MapCallbacks {
  onSelectOffice(id: OfficeId): void;
  onSelectCountry(code: CountryCode): void;
  /** After the user pans or zooms: lets a second map follow (side-by-side view). */
  onViewChange?(view: MapViewState): void;
}

export interface MapViewState {
  readonly center: L.LatLngTuple;
  readonly zoom: number;
  /** What is in view, south-west then north-east corner: an "as on screen" export draws this. */
  readonly bounds?: readonly [L.LatLngTuple, L.LatLngTuple];
}

interface MapData {
  network: Network;
  index: NetworkIndex;
}

const WORLD_BOUNDS = L.latLngBounds([-56, -118], [76, 198]);
const SELECTED_STROKE = '#111111';
const CHANGED_STROKE = '#6a0dad';

export class NetworkMapController {
  private readonly map: L.Map;
  // Two canvases: countries underneath, lines above. With one canvas, the country shapes,
  // which arrive after the lines, would be painted over them.
  private readonly countryRenderer = L.canvas({ padding: 0.5, pane: 'countries' });
  private readonly renderer = L.canvas({ padding: 0.5, pane: 'lines' });
  private readonly selectionLayer = L.layerGroup();
  private readonly countryLayer = L.layerGroup();
  private countryShapes: L.GeoJSON | null = null;
  private readonly smallCountryLayer = L.layerGroup();
  private readonly reportingLayer = L.layerGroup();
  private readonly coverageLayer = L.layerGroup();
  private readonly officeLayer = L.layerGroup();
  private tiles: L.TileLayer | null = null;
  private features: CountryFeature[] = [];
  private data: MapData | null = null;
  private colors = new Map<OfficeId, string>();
  private region: Region | null = null;
  private selection: MapSelection = null;
  private showCoverage = false;
  private userMoved = false;
  /** What the drawn markers and reporting lines show (see officeSignature). */
  private drawnOffices = '';
  private highlighted: ReadonlySet<CountryCode> = new Set();
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
    this.map.createPane('countries').style.zIndex = '350';
    // Lines and selection rings are not interactive: their canvas lets clicks through to
    // the countries underneath.
    const linesPane = this.map.createPane('lines');
    linesPane.style.zIndex = '450';
    linesPane.style.pointerEvents = 'none';
    this.renderer.addTo(this.map);
    this.map.getContainer().style.background = OCEAN_FILL;
    this.map.fitBounds(WORLD_BOUNDS);
    for (const layer of [this.countryLayer, this.smallCountryLayer, this.coverageLayer, this.reportingLayer, this.selectionLayer, this.officeLayer]) layer.addTo(this.map);
    // Leaflet measures its container once; the side panel and window can resize it later.
    // Until the user pans or zooms, a resize also re-fits the region in view.
    this.map.on('dragstart', () => (this.userMoved = true));
    this.map.on('moveend', () => {
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
    });
    this.map.getContainer().addEventListener('wheel', () => (this.userMoved = true), { passive: true });
    this.resizeObserver = new ResizeObserver(() => {
      this.map.invalidateSize();
      if (!this.userMoved) this.fitRegion();
    });
    this.resizeObserver.observe(element);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.map.remove();
  }

  setBasemap(features: CountryFeature[]): void {
    this.features = features;
    this.drawCountries();
  }

  /**
   * A new network (an edit, another scenario) restyles the country shapes and redraws the
   * lines and markers; the shapes themselves are built once per basemap, as rebuilding 236
   * polygons would take several frames.
   */
  setNetwork(network: Network, index: NetworkIndex): void {
    this.data = { network, index };
    this.colors = assignOfficeColors(network);
    if (this.countryShapes) {
      this.restyleCountries();
      this.refreshOpenTooltips();
    } else this.drawCountries();
    this.drawUndrawnCountries();
    // Most edits move a country between offices: markers and reporting lines stay as they
    // are, so they are rebuilt only when what they show has changed.
    const offices = officeSignature(network);
    if (offices !== this.drawnOffices) {
      this.drawnOffices = offices;
      this.drawReportingLines();
      this.drawOffices();
    }
    this.drawCoverageLines();
    this.drawSelectionRing();
  }

  setRegion(region: Region | null): void {
    this.region = region;
    this.restyleCountries();
    this.drawUndrawnCountries();
    this.drawReportingLines();
    this.drawCoverageLines();
    this.drawOffices();
    this.fitRegion();
  }

  /**
   * A selection only restyles: rebuilding the polygons would cost a frame. With `reveal`
   * (a pick from a list or table) the map also pans to it when it is out of view.
   */
  setSelection(selection: MapSelection, reveal = false): void {
    this.selection = selection;
    this.restyleCountries();
    this.drawOffices();
    this.drawSelectionRing();
    if (reveal) this.revealSelection();
  }

  private selectedPoint(): L.LatLngTuple | null {
    if (!this.data || !this.selection) return null;
    const { index } = this.data;
    const item = this.selection.kind === 'office' ? index.officeById.get(this.selection.id) : index.countryByCode.get(this.selection.code);
    return item ? toLatLng(item) : null;
  }

  /** A ring around the selected office or country point, visible even for a tiny island. */
  private drawSelectionRing(): void {
    this.selectionLayer.clearLayers();
    const point = this.selectedPoint();
    if (!point) return;
    L.circleMarker(point, { renderer: this.renderer, radius: 17, color: SELECTED_STROKE, weight: 3, fill: false, interactive: false }).addTo(this.selectionLayer);
    L.circleMarker(point, { renderer: this.renderer, radius: 20, color: '#ffffff', weight: 2, fill: false, interactive: false }).addTo(this.selectionLayer);
  }

  private revealSelection(): void {
    const point = this.selectedPoint();
    if (!point) return;
    const view = this.map.getBounds().pad(-0.1);
    if (!view.contains(point)) this.map.panTo(point, { animate: !prefersReducedMotion() });
  }

  /** Countries drawn with a heavy outline: those a scenario changed, in the side-by-side view. */
  setHighlightedCountries(codes: ReadonlySet<CountryCode>): void {
    this.highlighted = codes;
    this.restyleCountries();
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
    this.showCoverage = show;
    this.drawCoverageLines();
  }

  /** OpenStreetMap tiles under the polygons: off by default, the only request to another origin. */
  setOnlineBasemap(on: boolean): void {
    if (on && !this.tiles) {
      this.tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        attribution: '© OpenStreetMap contributors',
        crossOrigin: 'anonymous',
        maxZoom: 8,
      }).addTo(this.map);
      this.tiles.bringToBack();
    } else if (!on && this.tiles) {
      this.tiles.remove();
      this.tiles = null;
    }
    this.restyleCountries();
  }

  private inRegion(region: Region | null): boolean {
    return this.region === null || region === this.region;
  }

  private countryStyle(feature: CountryFeature): L.PathOptions {
    const index = this.data?.index;
    const code = feature.code;
    const office = code ? index?.coveringOffice.get(code) : undefined;
    const visible = office && this.inRegion(office.region);
    const selected = this.selection;
    const isSelected = selected?.kind === 'office' ? office?.id === selected.id : selected?.kind === 'country' && code === selected.code;
    const changed = code !== null && this.highlighted.has(code);
    return {
      fillColor: visible && !office.closed ? (this.colors.get(office.id) ?? UNCOVERED_FILL) : UNCOVERED_FILL,
      fillOpacity: this.tiles ? 0.55 : 1,
      color: isSelected ? SELECTED_STROKE : changed ? CHANGED_STROKE : '#ffffff',
      weight: isSelected ? 2.5 : changed ? 2.5 : 0.6,
      dashArray: changed && !isSelected ? '4 3' : undefined,
    };
  }

  private restyleCountries(): void {
    this.countryShapes?.setStyle((feature) => this.countryStyle(feature as CountryFeature));
  }

  private drawCountries(): void {
    this.countryLayer.clearLayers();
    this.countryShapes = null;
    if (!this.data || this.features.length === 0) return;
    const { index } = this.data;
    const layer = L.geoJSON(this.features, {
      // @types/leaflet lacks `renderer` on GeoJSON options; Leaflet passes it to each path.
      ...({ renderer: this.countryRenderer, pane: 'countries' } as L.GeoJSONOptions),
      style: (feature) => this.countryStyle(feature as CountryFeature),
      onEachFeature: (feature, featureLayer) => {
        const code = (feature as CountryFeature).code;
        if (!code || !index.countryByCode.has(code)) return;
        // Built when shown, from the network of that moment: the shapes outlive edits.
        featureLayer.bindTooltip(() => this.countryTooltip(code), { sticky: true });
        featureLayer.on('click', () => this.callbacks.onSelectCountry(code));
      },
    });
    layer.addTo(this.countryLayer);
    this.countryShapes = layer;
    this.drawUndrawnCountries();
  }

  /** A tooltip open during an edit (paint mode) shows the new coverage at once. */
  private refreshOpenTooltips(): void {
    this.countryShapes?.eachLayer((layer) => {
      const code = ((layer as L.GeoJSON).feature as CountryFeature | undefined)?.code;
      if (code && layer.isTooltipOpen()) layer.setTooltipContent(this.countryTooltip(code));
    });
  }

  private countryTooltip(code: CountryCode): HTMLElement {
    const index = this.data?.index;
    const country = index?.countryByCode.get(code);
    const office = index?.coveringOffice.get(code);
    const coverage = office && !office.closed ? `Covered by ${office.name}` : office ? `Covered by ${office.name} (closed)` : 'Not covered by any office';
    return textBlock([country?.name ?? code, coverage]);
  }

  /** Countries too small for the basemap (Tuvalu) get a dot, so their coverage still shows. */
  private drawUndrawnCountries(): void {
    this.smallCountryLayer.clearLayers();
    if (!this.data) return;
    const { network, index } = this.data;
    for (const country of network.countries.filter((c) => !c.onBasemap)) {
      const office = index.coveringOffice.get(country.code);
      if (!office || !this.inRegion(office.region)) continue;
      L.circleMarker(toLatLng(country), {
        renderer: this.countryRenderer,
        pane: 'countries',
        radius: 4,
        fillColor: this.colors.get(office.id) ?? UNCOVERED_FILL,
        fillOpacity: 1,
        color: '#555555',
        weight: 1,
      })
        .bindTooltip(textBlock([country.name, `Covered by ${office.name}`]))
        .on('click', () => this.callbacks.onSelectCountry(country.code))
        .addTo(this.smallCountryLayer);
    }
  }

  private visibleOffices(): Office[] {
    return this.data ? this.data.network.offices.filter((o) => !o.closed && this.inRegion(o.region)) : [];
  }

  private drawReportingLines(): void {
    this.reportingLayer.clearLayers();
    if (!this.data) return;
    for (const office of this.visibleOffices()) {
      const superior = office.reportsTo ? this.data.index.officeById.get(office.reportsTo) : undefined;
      if (!superior) continue;
      L.polyline([toLatLng(office), toLatLng(superior)], { renderer: this.renderer, color: '#262626', weight: 2, opacity: 0.9, interactive: false }).addTo(this.reportingLayer);
    }
  }

  private drawCoverageLines(): void {
    this.coverageLayer.clearLayers();
    if (!this.data || !this.showCoverage) return;
    const { index } = this.data;
    for (const office of this.visibleOffices()) {
      for (const code of office.coveredCountries) {
        const country = index.countryByCode.get(code);
        if (!country || code === office.hostCountry) continue;
        L.polyline([toLatLng(office), toLatLng(country)], { renderer: this.renderer, color: '#4d4d4d', weight: 1, dashArray: '3 4', interactive: false }).addTo(this.coverageLayer);
      }
    }
  }

  private drawOffices(): void {
    this.officeLayer.clearLayers();
    const selectedId = this.selection?.kind === 'office' ? this.selection.id : null;
    for (const office of this.visibleOffices()) {
      createOfficeMarker(office, office.id === selectedId, () => this.callbacks.onSelectOffice(office.id)).addTo(this.officeLayer);
    }
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

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

