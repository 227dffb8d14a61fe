// The country shapes of the basemap, filled by covering office (and the online basemap tiles
// under them, when asked for). The shapes are built once per level of detail and only restyled
// after an edit or a new selection. The world view is drawn from the light basemap the page
// starts with; zooming in fetches the full 1:50m shapes, whose layers are built in idle time and
// swapped in when ready. Countries too small for the basemap get a dot.
import L from 'leaflet';
import type { CountryFeature } from '../../geo/basemapFeatures';
import { simplifyFeature } from '../../geo/simplifyShapes';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { Selection } from '../../model/selection';
import type { CountryCode, OfficeId, Region } from '../../model/types';
import { detailedFeatures } from '../../state/basemapRequest';
import { UNCOVERED_FILL, assignOfficeColors } from '../officeColors';
import { toLatLng } from '../officeMarker';
import { textBlock } from '../textContent';
import { type MapData, isInRegion } from './mapData';
import { SELECTED_STROKE } from './mapStrokes';

/** From this zoom on, the full 1:50m shapes are fetched and drawn (simplified below DETAIL_ZOOM); below it the light world basemap (its error is about a pixel up to zoom 3). */
const REFINE_ZOOM = 3.5;
/** From this zoom on, country shapes are drawn at full detail; below it from a copy simplified by SIMPLIFY_DEGREES. */
const DETAIL_ZOOM = 5;
/** Under a pixel below zoom 5 (1 px ≥ 0.09° there); leaves about 31,000 of the 1:50m basemap's 100,000 points. */
const SIMPLIFY_DEGREES = 0.05;
const CHANGED_STROKE = '#6a0dad';

/** world: the light basemap; mid: the 1:50m shapes simplified by SIMPLIFY_DEGREES; fine: the 1:50m shapes. */
type Detail = 'world' | 'mid' | 'fine';
/** For each wanted level, the levels that may stand in for it while it is not built, best first. */
const STAND_INS: Readonly<Record<Detail, readonly Detail[]>> = { world: ['world'], mid: ['mid', 'fine', 'world'], fine: ['fine', 'mid', 'world'] };

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
  /** The country shapes on the map: one level of detail, by zoom (see showDetail). */
  private shapes: L.GeoJSON | null = null;
  private shapesByDetail: Partial<Record<Detail, L.GeoJSON>> = {};
  private building = new Set<Detail>();
  /** The full 1:50m copy of `features`, once fetched (first zoom past REFINE_ZOOM). */
  private detailed: CountryFeature[] | null = null;
  private detailRequestedFor: CountryFeature[] | null = null;
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
    this.building.clear();
    if (this.detailRequestedFor !== this.features) this.detailed = null;
    this.showDetail();
    this.drawUndrawnCountries();
  }

  /**
   * Puts the country shapes for the current zoom on the map. The world level is built at once
   * (the first map waits for it); the finer ones are built in idle time once their shapes are
   * here, and the best level already built stands in meanwhile.
   */
  private showDetail(): void {
    if (!this.data || this.features.length === 0) return;
    const zoom = this.map.getZoom();
    const wanted: Detail = zoom < REFINE_ZOOM ? 'world' : zoom < DETAIL_ZOOM ? 'mid' : 'fine';
    if (wanted !== 'world') this.requestDetail();
    const source = this.featuresFor(wanted);
    if (wanted !== 'world' && source && !this.shapesByDetail[wanted]) this.buildWhenIdle(wanted, source);
    const standIn = STAND_INS[wanted].find((level) => this.shapesByDetail[level]);
    const shapes = standIn ? (this.shapesByDetail[standIn] as L.GeoJSON) : (this.shapesByDetail.world = this.buildShapes(this.features, 'world'));
    if (shapes === this.shapes) return;
    this.group.clearLayers();
    this.shapes = shapes;
    this.restyle();
    shapes.addTo(this.group);
  }

  private featuresFor(level: Detail): CountryFeature[] | null {
    if (level === 'world') return this.features;
    if (!this.detailed) return null;
    return level === 'fine' ? this.detailed : (simplifiedFeatures.get(this.detailed) ?? null);
  }

  /** Fetches the full 1:50m shapes once per basemap; on failure the map keeps the light ones. */
  private requestDetail(): void {
    if (this.detailRequestedFor === this.features) return;
    const features = (this.detailRequestedFor = this.features);
    detailedFeatures(features).then(
      (detailed) => {
        if (features !== this.features) return;
        this.detailed = detailed;
        this.simplifyWhenIdle(detailed);
        this.showDetail();
      },
      () => undefined,
    );
  }

  /** Builds a level's layer a few shapes at a time in idle periods (all at once is a long task of 100–200 ms). */
  private buildWhenIdle(level: Detail, features: CountryFeature[]): void {
    if (this.building.has(level)) return;
    this.building.add(level);
    const basemap = this.features;
    const layer = this.buildShapes([], level);
    let next = 0;
    const step = (deadline?: IdleDeadline) => {
      if (basemap !== this.features || !this.building.has(level)) return; // a new basemap: draw() started over
      const until = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
      while (next < features.length && performance.now() < until) layer.addData(features[next++] as CountryFeature);
      if (next < features.length) return void whenIdle(step);
      this.building.delete(level);
      this.shapesByDetail[level] = layer;
      this.showDetail();
    };
    whenIdle(step);
  }

  /** Simplifies the shapes a few at a time in idle periods (all at once is a long task of ~80 ms). */
  private simplifyWhenIdle(features: CountryFeature[]): void {
    if (this.simplifying || simplifiedFeatures.has(features)) return;
    this.simplifying = true;
    const simplified: CountryFeature[] = [];
    const step = (deadline?: IdleDeadline) => {
      const until = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
      while (simplified.length < features.length && performance.now() < until) simplified.push(simplifyFeature(features[simplified.length] as CountryFeature, SIMPLIFY_DEGREES));
      if (simplified.length < features.length) return void whenIdle(step);
      this.simplifying = false;
      simplifiedFeatures.set(features, simplified);
      if (features === this.detailed) this.showDetail();
    };
    whenIdle(step);
  }

  private buildShapes(features: CountryFeature[], level: Detail): L.GeoJSON {
    const index = this.data?.index;
    // Leaflet re-simplifies every path at every redraw (smoothFactor); the world and mid levels
    // are already simplified to about a pixel, so that work (a third of a repaint) is skipped.
    const smoothFactor = level === 'fine' ? 1 : 0;
    return L.geoJSON(features, {
      // @types/leaflet lacks `renderer` on GeoJSON options; Leaflet passes it to each path.
      ...({ renderer: this.renderer, pane: 'countries', smoothFactor } as L.GeoJSONOptions),
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

function whenIdle(run: (deadline?: IdleDeadline) => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(run, { timeout: 2000 });
  else window.setTimeout(run, 50);
}
