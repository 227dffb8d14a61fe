// The office symbols: one DOM marker per office for a small network (each with its title and
// tooltip), or, above MAX_DOM_MARKERS, every symbol painted on one canvas (OfficeSymbolLayer),
// found under the pointer here, before the countries' canvas sees the event.
import L from 'leaflet';
import type { Selection } from '../../model/selection';
import type { Office, OfficeId, Region } from '../../model/types';
import { createOfficeMarker, toLatLng } from '../officeMarker';
import { OfficeSymbolLayer } from '../officeSymbolLayer';
import { TIER_SYMBOLS } from '../tierSymbols';
import { type MapData, visibleOffices } from './mapData';
import { markerKey } from './officeChanges';

/**
 * Up to this many offices are DOM markers (each with its title and tooltip); above it they
 * are drawn on one canvas: 5,000 DOM markers take seconds to rebuild and make panning stutter.
 */
const MAX_DOM_MARKERS = 300;

/** Paint order of the canvas-drawn symbols: higher tiers on top, as the DOM markers' z-index does. */
const Z_ORDER: Readonly<Record<Office['tier'], number>> = { 'country-office': 0, 'regional-office': 1, 'sub-regional-office': 2, 'regional-hub': 3 };

export interface OfficeLayerCallbacks {
  onSelectOffice(id: OfficeId): void;
  /** The pointer is over a canvas-drawn office: tooltips of what lies under it should close. */
  onHoverOffice(): void;
}

export class OfficeLayer {
  private readonly group = L.layerGroup();
  // A large network's office symbols, above the lines; clicks reach them through clickOffice.
  private readonly renderer = L.canvas({ padding: 0.5, pane: 'offices' });
  private readonly symbols = new OfficeSymbolLayer({ renderer: this.renderer });
  private tooltip: { office: Office; tooltip: L.Tooltip } | null = null;
  /** The DOM markers on the map (small networks), with what each shows (markerKey and selection). */
  private domMarkers = new Map<OfficeId, { key: string; marker: L.Marker }>();
  private readonly onClick = (event: MouseEvent) => this.clickOffice(event);
  private readonly onMove = (event: MouseEvent) => this.hoverOffice(event);

  constructor(
    private readonly map: L.Map,
    private readonly callbacks: OfficeLayerCallbacks,
  ) {
    const pane = map.getPane('offices') ?? map.createPane('offices');
    pane.style.zIndex = '460';
    pane.style.pointerEvents = 'none';
    this.group.addTo(map);
    map.getContainer().addEventListener('click', this.onClick, { capture: true });
    map.getContainer().addEventListener('mousemove', this.onMove, { capture: true });
  }

  remove(): void {
    this.map.getContainer().removeEventListener('click', this.onClick, { capture: true });
    this.map.getContainer().removeEventListener('mousemove', this.onMove, { capture: true });
    this.closeTooltip();
    this.symbols.remove();
    this.group.remove();
  }

  draw(data: MapData | null, region: Region | null, selection: Selection): void {
    this.closeTooltip();
    const selectedId = selection?.kind === 'office' ? selection.id : null;
    const offices = visibleOffices(data, region);
    if (offices.length > MAX_DOM_MARKERS) {
      this.group.clearLayers();
      this.domMarkers.clear();
      // Lower tiers first, so the higher ones are painted on top where symbols overlap.
      const ordered = [...offices].sort((a, b) => Z_ORDER[a.tier] - Z_ORDER[b.tier]);
      this.symbols.setItems(ordered.map((office) => ({ office, latLng: L.latLng(toLatLng(office)), selected: office.id === selectedId })));
      if (!this.map.hasLayer(this.symbols)) this.symbols.addTo(this.map);
      return;
    }
    // Small networks have no symbol canvas at all: an empty one would still be resized and
    // cleared after every move.
    this.symbols.setItems([]);
    this.symbols.remove();
    this.renderer.remove();
    // A marker whose office looks the same stays: rebuilding DOM markers is most of an edit's cost.
    const kept = new Map<OfficeId, { key: string; marker: L.Marker }>();
    for (const office of offices) {
      const key = `${markerKey(office)}|${office.id === selectedId}`;
      const drawn = this.domMarkers.get(office.id);
      this.domMarkers.delete(office.id);
      if (drawn?.key === key) kept.set(office.id, drawn);
      else {
        if (drawn) this.group.removeLayer(drawn.marker);
        const marker = createOfficeMarker(office, office.id === selectedId, () => this.callbacks.onSelectOffice(office.id)).addTo(this.group);
        kept.set(office.id, { key, marker });
      }
    }
    for (const { marker } of this.domMarkers.values()) this.group.removeLayer(marker);
    this.domMarkers = kept;
  }

  /** A click on a canvas-drawn office selects it (and not the country under it); not the end of a drag. */
  private clickOffice(event: MouseEvent): void {
    if (!this.map.hasLayer(this.symbols)) return;
    const dragged = (this.map.dragging as L.Handler & { moved(): boolean }).moved();
    const office = dragged ? null : this.symbols.officeAt(this.map.mouseEventToLayerPoint(event));
    if (!office) return;
    event.stopPropagation();
    this.callbacks.onSelectOffice(office.id);
  }

  /** Over a canvas-drawn office: its tooltip (the DOM marker's own), and no country hover under it. */
  private hoverOffice(event: MouseEvent): void {
    if (!this.map.hasLayer(this.symbols)) return;
    const office = this.symbols.officeAt(this.map.mouseEventToLayerPoint(event));
    const cursor = office ? 'pointer' : '';
    if (this.map.getContainer().style.cursor !== cursor) this.map.getContainer().style.cursor = cursor;
    if (!office) return this.closeTooltip();
    event.stopPropagation();
    if (this.tooltip?.office === office) return;
    this.closeTooltip();
    this.callbacks.onHoverOffice();
    const content = createOfficeMarker(office, false, () => undefined).getTooltip()?.getContent();
    const node = typeof content === 'function' ? content(this.symbols) : content;
    if (!node) return;
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -TIER_SYMBOLS[office.tier].size / 2] }).setLatLng(toLatLng(office)).setContent(node).addTo(this.map);
    this.tooltip = { office, tooltip };
  }

  private closeTooltip(): void {
    this.tooltip?.tooltip.remove();
    this.tooltip = null;
  }
}
