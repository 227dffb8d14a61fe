// The country shapes of the basemap, filled by covering office (and the online basemap tiles
// under them, when asked for). The shapes are built once per basemap and only restyled after
// an edit or a new selection; below DETAIL_ZOOM a simplified copy is drawn. Countries too
// small for the basemap get a dot.
import L from 'leaflet';
import type { CountryFeature } from '../../geo/basemapFeatures';
import { simplifyFeature } from '../../geo/simplifyShapes';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { Selection } from '../../model/selection';
import type { CountryCode, OfficeId, Region } from '../../model/types';
import { UNCOVERED_FILL, assignOfficeColors } from '../officeColors';
import { toLatLng } from '../officeMarker';
import { textBlock } from '../textContent';
import { type MapData, isInRegion } from './mapData';
import { SELECTED_STROKE } from './mapStrokes';

/** From this zoom on, country shapes are drawn at full detail; below it from a copy simplified by SIMPLIFY_DEGREES. */
const DETAIL_ZOOM = 5;
/** Under a pixel below zoom 5 (1 px ≥ 0.09° there); leaves about 31,000 of the 1:50m basemap's 100,000 points. */
const SIMPLIFY_DEGREES = 0.05;
const CHANGED_STROKE = '#6a0dad';

export interface CountryLayerCallbacks {
  /** `additive`: with Shift (or Ctrl/Cmd) held, the click adds the country to a pick of several, or takes it out. */
  onSelectCountry(code: CountryCode, additive: boolean): void;
}

const isAdditive = (event: L.LeafletMouseEvent) => event.originalEvent.shiftKey || event.originalEvent.ctrlKey || event.originalEvent.metaKey;

export class CountryLayer {
  // Its own canvas, under the lines': the country shapes, which arrive after the lines,
  // would otherwise be painted over them.
  private readonly renderer = L.canvas({ padding: 0.5, pane: 'countries' });
  private readonly group = L.layerGroup();
  private readonly smallCountryGroup = L.layerGroup();
  /** The country shapes on the map: the coarse or the fine copy, by zoom (see showDetail). */
  private shapes: L.GeoJSON | null = null;
  private shapesByDetail: { coarse?: L.GeoJSON; fine?: L.GeoJSON } = {};
  private simplifying = false;
  private tiles: L.TileLayer | null = null;
  private features: CountryFeature[] = [];
  private data: MapData | null = null;
  private colors = new Map<OfficeId, string>();
  private region: Region | null = null;
  private selection: Selection = null;
  private highlighted: ReadonlySet<CountryCode> = new Set();
  private readonly onZoom = () => this.showDetail();

  constructor(
    private readonly map: L.Map,
    private readonly callbacks: CountryLayerCallbacks,
  ) {
    map.createPane('countries').style.zIndex = '350';
    this.group.addTo(map);
    this.smallCountryGroup.addTo(map);
    map.on('zoomend', this.onZoom);
  }

  remove(): void {
    this.map.off('zoomend', this.onZoom);
    this.group.remove();
    this.smallCountryGroup.remove();
    this.tiles?.remove();
  }

  setBasemap(features: CountryFeature[]): void {
    this.features = features;
    // Shades depend on which coverage areas border each other, which the basemap tells.
    if (this.data) this.colors = assignOfficeColors(this.data.network, features);
    this.draw();
  }

  /**
   * A new network (an edit, another scenario) restyles the shapes; the shapes themselves are
   * built once per basemap, as rebuilding 236 polygons would take several frames.
   */
  setNetwork(data: MapData): void {
    this.data = data;
    this.colors = assignOfficeColors(data.network, this.features);
    if (this.shapes) {
      this.restyle();
      this.refreshOpenTooltips();
    } else this.draw();
    this.drawUndrawnCountries();
  }

  setRegion(region: Region | null): void {
    this.region = region;
    this.restyle();
    this.drawUndrawnCountries();
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
    this.restyle();
  }

  /** Countries drawn with a heavy outline: those a scenario changed, in the side-by-side view. */
  setHighlighted(codes: ReadonlySet<CountryCode>): void {
    this.highlighted = codes;
    this.restyle();
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
    this.restyle();
  }

  /** Closes any country tooltip (the pointer moved onto an office drawn above it). */
  closeTooltips(): void {
    this.shapes?.eachLayer((layer) => void layer.closeTooltip());
  }

  private style(feature: CountryFeature): L.PathOptions {
    const index = this.data?.index;
    const code = feature.code;
    const office = code ? index?.coveringOffice.get(code) : undefined;
    const visible = office && isInRegion(this.region, office.region);
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

  private restyle(): void {
    this.shapes?.setStyle((feature) => this.style(feature as CountryFeature));
  }

  private draw(): void {
    this.group.clearLayers();
    this.shapes = null;
    this.shapesByDetail = {};
    this.showDetail();
    this.drawUndrawnCountries();
  }

  /**
   * Puts the country shapes for the current zoom on the map, building them on first use. Below
   * DETAIL_ZOOM a simplified copy is drawn once it exists: the same picture (the error is under
   * a pixel there) from a third of the points, so each zoom re-projects and repaints a third as much.
   */
  private showDetail(): void {
    if (!this.data || this.features.length === 0) return;
    const coarse = simplifiedFeatures.get(this.features);
    // The simplified copy is made when the page is idle, so the first map is not kept waiting for it.
    if (!coarse) this.simplifyWhenIdle(this.features);
    const detail = this.map.getZoom() >= DETAIL_ZOOM || !coarse ? 'fine' : 'coarse';
    const shapes = (this.shapesByDetail[detail] ??= this.buildShapes(detail === 'fine' ? this.features : (coarse ?? this.features)));
    if (shapes === this.shapes) return;
    this.group.clearLayers();
    this.shapes = shapes;
    this.restyle();
    shapes.addTo(this.group);
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
      if (features === this.features) this.showDetail();
    };
    later(step);
  }

  private buildShapes(features: CountryFeature[]): L.GeoJSON {
    const index = this.data?.index;
    return L.geoJSON(features, {
      // @types/leaflet lacks `renderer` on GeoJSON options; Leaflet passes it to each path.
      ...({ renderer: this.renderer, pane: 'countries' } as L.GeoJSONOptions),
      style: (feature) => this.style(feature as CountryFeature),
      onEachFeature: (feature, featureLayer) => {
        const code = (feature as CountryFeature).code;
        if (!code || !index?.countryByCode.has(code)) return;
        // Built when shown, from the network of that moment: the shapes outlive edits.
        featureLayer.bindTooltip(() => this.tooltip(code), { sticky: true });
        featureLayer.on('click', (event: L.LeafletMouseEvent) => this.callbacks.onSelectCountry(code, isAdditive(event)));
      },
    });
  }

  /** A tooltip open during an edit (paint mode) shows the new coverage at once. */
  private refreshOpenTooltips(): void {
    this.shapes?.eachLayer((layer) => {
      const code = ((layer as L.GeoJSON).feature as CountryFeature | undefined)?.code;
      if (code && layer.isTooltipOpen()) layer.setTooltipContent(this.tooltip(code));
    });
  }

  private tooltip(code: CountryCode): HTMLElement {
    const index = this.data?.index;
    const country = index?.countryByCode.get(code);
    const office = index?.coveringOffice.get(code);
    const coverage = office && !office.closed ? t('map.tooltip.coveredBy', { office: office.name }) : office ? t('map.tooltip.coveredByClosed', { office: office.name }) : t('map.tooltip.notCovered');
    return textBlock([country ? i18n.countryName(country) : code, coverage]);
  }

  /** Countries too small for the basemap (Tuvalu) get a dot, so their coverage still shows. */
  private drawUndrawnCountries(): void {
    this.smallCountryGroup.clearLayers();
    if (!this.data) return;
    const { network, index } = this.data;
    for (const country of network.countries.filter((c) => !c.onBasemap)) {
      const office = index.coveringOffice.get(country.code);
      if (!office || !isInRegion(this.region, office.region)) continue;
      L.circleMarker(toLatLng(country), {
        renderer: this.renderer,
        pane: 'countries',
        radius: 4,
        fillColor: this.colors.get(office.id) ?? UNCOVERED_FILL,
        fillOpacity: 1,
        color: '#555555',
        weight: 1,
      })
        // Built when it opens, so it is in the language of the moment.
        .bindTooltip(() => textBlock([i18n.countryName(country), t('map.tooltip.coveredBy', { office: office.name })]))
        .on('click', (event: L.LeafletMouseEvent) => this.callbacks.onSelectCountry(country.code, isAdditive(event)))
        .addTo(this.smallCountryGroup);
    }
  }
}

/** The simplified copy of each basemap, made once and shared by every map (side by side). */
const simplifiedFeatures = new WeakMap<CountryFeature[], CountryFeature[]>();
