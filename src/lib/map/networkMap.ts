// The Leaflet map of a field network: country polygons coloured by covering office, office
// markers by tier, reporting and coverage lines. Svelte owns the state; this class only
// mirrors it into Leaflet, one setter per setting. All vector layers use the Canvas renderer;
// a large network's markers too (one layer drawing every symbol), so thousands stay smooth.
import L from 'leaflet';
import type { CountryFeature } from '../geo/basemapFeatures';
import { simplifyFeature } from '../geo/simplifyShapes';
import type { Selection } from '../model/selection';
import type { NetworkIndex } from '../model/indexNetwork';
import type { CountryCode, Network, Office, OfficeId, Region } from '../model/types';
import { OCEAN_FILL, UNCOVERED_FILL, assignOfficeColors } from './officeColors';
import { textBlock } from './textContent';
import { i18n, t } from '../i18n/i18n.svelte';
import { createOfficeMarker, toLatLng } from './officeMarker';
import { OfficeSymbolLayer } from './officeSymbolLayer';
import { TIER_SYMBOLS } from './tierSymbols';

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
/**
 * Up to this many offices are DOM markers (each with its title and tooltip); above it they
 * are drawn on one canvas: 5,000 DOM markers take seconds to rebuild and make panning stutter.
 */
const MAX_DOM_MARKERS = 300;
/** From this zoom on, country shapes are drawn at full detail; below it from a copy simplified by SIMPLIFY_DEGREES. */
const DETAIL_ZOOM = 5;
/** Under a pixel below zoom 5 (1 px ≥ 0.09° there); leaves about 31,000 of the 1:50m basemap's 100,000 points. */
const SIMPLIFY_DEGREES = 0.05;
const SELECTED_STROKE = '#111111';
const CHANGED_STROKE = '#6a0dad';

export class NetworkMapController {
  private readonly map: L.Map;
  // Two canvases: countries underneath, lines above. With one canvas, the country shapes,
  // which arrive after the lines, would be painted over them.
  private readonly countryRenderer = L.canvas({ padding: 0.5, pane: 'countries' });
  private readonly renderer = L.canvas({ padding: 0.5, pane: 'lines' });
  // A large network's office symbols, above the lines; clicks reach them through hitOffice.
  private readonly officeRenderer = L.canvas({ padding: 0.5, pane: 'offices' });
  private readonly officeSymbols = new OfficeSymbolLayer({ renderer: this.officeRenderer });
  private officeTooltip: { office: Office; tooltip: L.Tooltip } | null = null;
  private readonly selectionLayer = L.layerGroup();
  private readonly countryLayer = L.layerGroup();
  /** The country shapes on the map: the coarse or the fine copy, by zoom (see showCountryDetail). */
  private countryShapes: L.GeoJSON | null = null;
  private countryLayers: { coarse?: L.GeoJSON; fine?: L.GeoJSON } = {};
  private simplifying = false;
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
  /** The offices the markers and reporting lines were drawn from (see officesChanged). */
  private drawnOffices: readonly Office[] = [];
  /** The DOM markers on the map (small networks), with what each shows (markerKey and selection). */
  private domMarkers = new Map<OfficeId, { key: string; marker: L.Marker }>();
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
    this.labelControls();
    this.map.createPane('countries').style.zIndex = '350';
    // Lines and selection rings are not interactive: their canvas lets clicks through to
    // the countries underneath.
    const linesPane = this.map.createPane('lines');
    linesPane.style.zIndex = '450';
    linesPane.style.pointerEvents = 'none';
    const officesPane = this.map.createPane('offices');
    officesPane.style.zIndex = '460';
    officesPane.style.pointerEvents = 'none';
    this.renderer.addTo(this.map);
    this.map.getContainer().style.background = OCEAN_FILL;
    this.map.fitBounds(WORLD_BOUNDS);
    for (const layer of [this.countryLayer, this.smallCountryLayer, this.coverageLayer, this.reportingLayer, this.selectionLayer, this.officeLayer]) layer.addTo(this.map);
    // Leaflet measures its container once; the side panel and window can resize it later.
    // Until the user pans or zooms, a resize also re-fits the region in view.
    this.map.on('dragstart', () => (this.userMoved = true));
    this.map.on('zoomend', () => this.showCountryDetail());
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
    // Canvas-drawn offices: found under the pointer before the countries' canvas sees the event.
    this.map.getContainer().addEventListener('click', (event) => this.clickOffice(event), { capture: true });
    this.map.getContainer().addEventListener('mousemove', (event) => this.hoverOffice(event), { capture: true });
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
    // Shades depend on which coverage areas border each other, which the basemap tells.
    if (this.data) this.colors = assignOfficeColors(this.data.network, features);
    this.drawCountries();
  }

  /**
   * A new network (an edit, another scenario) restyles the country shapes and redraws the
   * lines and markers; the shapes themselves are built once per basemap, as rebuilding 236
   * polygons would take several frames.
   */
  setNetwork(network: Network, index: NetworkIndex): void {
    this.data = { network, index };
    this.colors = assignOfficeColors(network, this.features);
    if (this.countryShapes) {
      this.restyleCountries();
      this.refreshOpenTooltips();
    } else this.drawCountries();
    this.drawUndrawnCountries();
    // Most edits move a country between offices: markers and reporting lines stay as they
    // are, so each is redrawn only when what it shows has changed (and markers one by one).
    const before = this.drawnOffices;
    this.drawnOffices = network.offices;
    if (officesChanged(before, network.offices, lineKey)) this.drawReportingLines();
    if (officesChanged(before, network.offices, markerKey)) this.drawOffices();
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
    this.countryLayers = {};
    this.showCountryDetail();
    this.drawUndrawnCountries();
  }

  /**
   * Puts the country shapes for the current zoom on the map, building them on first use. Below
   * DETAIL_ZOOM a simplified copy is drawn once it exists: the same picture (the error is under
   * a pixel there) from a third of the points, so each zoom re-projects and repaints a third as much.
   */
  private showCountryDetail(): void {
    if (!this.data || this.features.length === 0) return;
    const coarse = simplifiedFeatures.get(this.features);
    // The simplified copy is made when the page is idle, so the first map is not kept waiting for it.
    if (!coarse) this.simplifyWhenIdle(this.features);
    const detail = this.map.getZoom() >= DETAIL_ZOOM || !coarse ? 'fine' : 'coarse';
    const shapes = (this.countryLayers[detail] ??= this.buildCountryShapes(detail === 'fine' ? this.features : (coarse ?? this.features)));
    if (shapes === this.countryShapes) return;
    this.countryLayer.clearLayers();
    this.countryShapes = shapes;
    this.restyleCountries();
    shapes.addTo(this.countryLayer);
  }

  /** Simplifies the shapes a few at a time in idle periods (all at once is a long task of ~80 ms). */
  private simplifyWhenIdle(features: CountryFeature[]): void {
    if (this.simplifying) return;
    this.simplifying = true;
    const later = (run: (deadline?: IdleDeadline) => void) => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 50));
    const simplified: CountryFeature[] = [];
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
      while (simplified.length < features.length && performance.now() < until) simplified.push(simplifyFeature(features[simplified.length] as CountryFeature, SIMPLIFY_DEGREES));
      if (simplified.length < features.length) return void later(step);
      this.simplifying = false;
      simplifiedFeatures.set(features, simplified);
      if (features === this.features) this.showCountryDetail();
    };
    later(step);
  }

  private buildCountryShapes(features: CountryFeature[]): L.GeoJSON {
    const index = this.data?.index;
    return L.geoJSON(features, {
      // @types/leaflet lacks `renderer` on GeoJSON options; Leaflet passes it to each path.
      ...({ renderer: this.countryRenderer, pane: 'countries' } as L.GeoJSONOptions),
      style: (feature) => this.countryStyle(feature as CountryFeature),
      onEachFeature: (feature, featureLayer) => {
        const code = (feature as CountryFeature).code;
        if (!code || !index?.countryByCode.has(code)) return;
        // Built when shown, from the network of that moment: the shapes outlive edits.
        featureLayer.bindTooltip(() => this.countryTooltip(code), { sticky: true });
        featureLayer.on('click', () => this.callbacks.onSelectCountry(code));
      },
    });
  }

  /** A tooltip open during an edit (paint mode) shows the new coverage at once. */
  private refreshOpenTooltips(): void {
    this.countryShapes?.eachLayer((layer) => {
      const code = ((layer as L.GeoJSON).feature as CountryFeature | undefined)?.code;
      if (code && layer.isTooltipOpen()) layer.setTooltipContent(this.countryTooltip(code));
    });
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

  private countryTooltip(code: CountryCode): HTMLElement {
    const index = this.data?.index;
    const country = index?.countryByCode.get(code);
    const office = index?.coveringOffice.get(code);
    const coverage = office && !office.closed ? t('map.tooltip.coveredBy', { office: office.name }) : office ? t('map.tooltip.coveredByClosed', { office: office.name }) : t('map.tooltip.notCovered');
    return textBlock([country ? i18n.countryName(country) : code, coverage]);
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
        // Built when it opens, so it is in the language of the moment.
        .bindTooltip(() => textBlock([i18n.countryName(country), t('map.tooltip.coveredBy', { office: office.name })]))
        .on('click', () => this.callbacks.onSelectCountry(country.code))
        .addTo(this.smallCountryLayer);
    }
  }

  private visibleOffices(): Office[] {
    return this.data ? this.data.network.offices.filter((o) => !o.closed && this.inRegion(o.region)) : [];
  }

  // Each kind of line is one multi-line layer: one path to project, clip and paint, however
  // many offices (lines are not interactive, so nothing needs them apart).
  private drawReportingLines(): void {
    this.reportingLayer.clearLayers();
    if (!this.data) return;
    const segments: L.LatLngTuple[][] = [];
    for (const office of this.visibleOffices()) {
      const superior = office.reportsTo ? this.data.index.officeById.get(office.reportsTo) : undefined;
      if (superior) segments.push([toLatLng(office), toLatLng(superior)]);
    }
    if (segments.length > 0) L.polyline(segments, { renderer: this.renderer, color: '#262626', weight: 2, opacity: 0.9, interactive: false }).addTo(this.reportingLayer);
  }

  private drawCoverageLines(): void {
    this.coverageLayer.clearLayers();
    if (!this.data || !this.showCoverage) return;
    const { index } = this.data;
    const segments: L.LatLngTuple[][] = [];
    for (const office of this.visibleOffices()) {
      for (const code of office.coveredCountries) {
        const country = index.countryByCode.get(code);
        if (country && code !== office.hostCountry) segments.push([toLatLng(office), toLatLng(country)]);
      }
    }
    if (segments.length > 0) L.polyline(segments, { renderer: this.renderer, color: '#4d4d4d', weight: 1, dashArray: '3 4', interactive: false }).addTo(this.coverageLayer);
  }

  private drawOffices(): void {
    this.closeOfficeTooltip();
    const selectedId = this.selection?.kind === 'office' ? this.selection.id : null;
    const offices = this.visibleOffices();
    if (offices.length > MAX_DOM_MARKERS) {
      this.officeLayer.clearLayers();
      this.domMarkers.clear();
      // Lower tiers first, so the higher ones are painted on top where symbols overlap.
      const ordered = [...offices].sort((a, b) => Z_ORDER[a.tier] - Z_ORDER[b.tier]);
      this.officeSymbols.setItems(ordered.map((office) => ({ office, latLng: L.latLng(toLatLng(office)), selected: office.id === selectedId })));
      if (!this.map.hasLayer(this.officeSymbols)) this.officeSymbols.addTo(this.map);
      return;
    }
    // Small networks have no symbol canvas at all: an empty one would still be resized and
    // cleared after every move.
    this.officeSymbols.setItems([]);
    this.officeSymbols.remove();
    this.officeRenderer.remove();
    // A marker whose office looks the same stays: rebuilding DOM markers is most of an edit's cost.
    const kept = new Map<OfficeId, { key: string; marker: L.Marker }>();
    for (const office of offices) {
      const key = `${markerKey(office)}|${office.id === selectedId}`;
      const drawn = this.domMarkers.get(office.id);
      this.domMarkers.delete(office.id);
      if (drawn?.key === key) kept.set(office.id, drawn);
      else {
        if (drawn) this.officeLayer.removeLayer(drawn.marker);
        const marker = createOfficeMarker(office, office.id === selectedId, () => this.callbacks.onSelectOffice(office.id)).addTo(this.officeLayer);
        kept.set(office.id, { key, marker });
      }
    }
    for (const { marker } of this.domMarkers.values()) this.officeLayer.removeLayer(marker);
    this.domMarkers = kept;
  }

  /** A click on a canvas-drawn office selects it (and not the country under it); not the end of a drag. */
  private clickOffice(event: MouseEvent): void {
    if (!this.map.hasLayer(this.officeSymbols)) return;
    const dragged = (this.map.dragging as L.Handler & { moved(): boolean }).moved();
    const office = dragged ? null : this.officeSymbols.officeAt(this.map.mouseEventToLayerPoint(event));
    if (!office) return;
    event.stopPropagation();
    this.callbacks.onSelectOffice(office.id);
  }

  /** Over a canvas-drawn office: its tooltip (the DOM marker's own), and no country hover under it. */
  private hoverOffice(event: MouseEvent): void {
    if (!this.map.hasLayer(this.officeSymbols)) return;
    const office = this.officeSymbols.officeAt(this.map.mouseEventToLayerPoint(event));
    const cursor = office ? 'pointer' : '';
    if (this.map.getContainer().style.cursor !== cursor) this.map.getContainer().style.cursor = cursor;
    if (!office) return this.closeOfficeTooltip();
    event.stopPropagation();
    if (this.officeTooltip?.office === office) return;
    this.closeOfficeTooltip();
    this.countryShapes?.eachLayer((layer) => void layer.closeTooltip());
    const content = createOfficeMarker(office, false, () => undefined).getTooltip()?.getContent();
    const node = typeof content === 'function' ? content(this.officeSymbols) : content;
    if (!node) return;
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -TIER_SYMBOLS[office.tier].size / 2] }).setLatLng(toLatLng(office)).setContent(node).addTo(this.map);
    this.officeTooltip = { office, tooltip };
  }

  private closeOfficeTooltip(): void {
    this.officeTooltip?.tooltip.remove();
    this.officeTooltip = null;
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

/** The simplified copy of each basemap, made once and shared by every map (side by side). */
const simplifiedFeatures = new WeakMap<CountryFeature[], CountryFeature[]>();

/** Paint order of the canvas-drawn symbols: higher tiers on top, as the DOM markers' z-index does. */
const Z_ORDER: Readonly<Record<Office['tier'], number>> = { 'country-office': 0, 'regional-office': 1, 'sub-regional-office': 2, 'regional-hub': 3 };

/** What an office's marker shows; the reporting lines' part is lineKey. */
const markerKey = (o: Office) => `${o.id}|${o.name}|${o.city}|${o.tier}|${o.confidence}|${o.closed ?? ''}|${o.point.lat},${o.point.lon}`;
const lineKey = (o: Office) => `${o.id}|${o.reportsTo ?? ''}|${o.closed ?? ''}|${o.point.lat},${o.point.lon}`;

/**
 * True when some office would be drawn differently, by `key`. Offices a scenario did not touch
 * are the same objects, so only the others are compared.
 */
function officesChanged(before: readonly Office[], after: readonly Office[], key: (office: Office) => string): boolean {
  if (before.length !== after.length) return true;
  return after.some((office, i) => office !== before[i] && key(office) !== key(before[i] as Office));
}
