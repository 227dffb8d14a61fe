// Every office symbol of a large network drawn as one Leaflet path on a canvas renderer, for
// networks too big for one DOM marker per office (see MAX_DOM_MARKERS in layers/officeLayer.ts).
import L from 'leaflet';
import { isDrawnInferred, type Office } from '../model/types';
import { INFERRED_DASH, TIER_SYMBOLS, symbolPath } from './tierSymbols';

/** One office symbol (tier shape and colour, dashed when inferred, heavy outline when selected) as a small image, drawn once. */
const sprites = new Map<string, HTMLCanvasElement>();
function symbolSprite(office: Office, selected: boolean): HTMLCanvasElement {
  const dashed = isDrawnInferred(office);
  const key = `${office.tier}|${dashed}|${selected}`;
  const cached = sprites.get(key);
  if (cached) return cached;
  const { shape, size, fill, stroke } = TIER_SYMBOLS[office.tier];
  const ratio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
  const sprite = document.createElement('canvas');
  sprite.width = sprite.height = (size + 2 * SPRITE_MARGIN) * ratio;
  const context = sprite.getContext('2d');
  if (context) {
    context.scale(ratio, ratio);
    context.translate(SPRITE_MARGIN, SPRITE_MARGIN);
    const path = new Path2D(symbolPath(shape, size));
    // The white halo the DOM markers get from their CSS drop-shadow.
    context.shadowColor = '#ffffff';
    context.shadowBlur = 2;
    context.fillStyle = fill;
    context.fill(path);
    context.shadowBlur = 0;
    context.lineWidth = selected ? 3 : 1.5;
    context.lineJoin = 'round';
    context.strokeStyle = stroke;
    if (dashed) context.setLineDash(INFERRED_DASH.split(' ').map(Number));
    context.stroke(path);
  }
  sprites.set(key, sprite);
  return sprite;
}
const SPRITE_MARGIN = 3;

export interface SymbolItem {
  readonly office: Office;
  readonly latLng: L.LatLng;
  readonly selected: boolean;
}

/** What OfficeSymbolLayer adds to a Leaflet path (its own drawing on the canvas renderer). */
export interface OfficeSymbolLayer extends L.Path {
  setItems(items: readonly SymbolItem[]): void;
  officeAt(point: L.Point): Office | null;
}

/** Leaflet internals a custom canvas path uses (Leaflet 1.9). */
interface CanvasInternals {
  _map: L.Map | null;
  _renderer: { _drawing: boolean; _ctx: CanvasRenderingContext2D; _bounds: L.Bounds };
  _pxBounds?: L.Bounds;
}

/**
 * Every office symbol of a large network as one path on a canvas renderer: projected once per
 * zoom, painted as small images in one pass, found under the pointer by a scan (topmost first).
 */
export const OfficeSymbolLayer = L.Path.extend({
  initialize(this: L.Path & { _items: (SymbolItem & { point?: L.Point })[] }, options: L.PathOptions) {
    L.setOptions(this, { ...options, interactive: false });
    this._items = [];
  },
  setItems(this: L.Path & CanvasInternals & { _items: SymbolItem[] }, items: SymbolItem[]) {
    if (this._items.length === 0 && items.length === 0) return;
    this._items = items;
    if (this._map) this.redraw();
  },
  officeAt(this: { _items: (SymbolItem & { point?: L.Point })[] }, point: L.Point): Office | null {
    for (let i = this._items.length - 1; i >= 0; i--) {
      const item = this._items[i] as SymbolItem & { point?: L.Point };
      const half = TIER_SYMBOLS[item.office.tier].size / 2;
      if (item.point && Math.abs(item.point.x - point.x) <= half && Math.abs(item.point.y - point.y) <= half) return item.office;
    }
    return null;
  },
  _project(this: CanvasInternals & { _items: (SymbolItem & { point?: L.Point; hidden?: boolean })[] }) {
    const map = this._map;
    if (!map) return;
    let bounds: L.Bounds | undefined;
    // At world zoom thousands of symbols pile up on a few hundred spots: one drawn exactly under
    // another of the same kind (within HIDDEN_WITHIN px) cannot be seen, so it is not painted.
    const painted = new Map<HTMLCanvasElement, Set<number>>();
    for (const item of this._items) {
      const point = map.latLngToLayerPoint(item.latLng);
      item.point = point;
      const sprite = symbolSprite(item.office, item.selected);
      const cells = painted.get(sprite) ?? painted.set(sprite, new Set()).get(sprite)!;
      const cell = Math.round(point.x / HIDDEN_WITHIN) * 1e6 + Math.round(point.y / HIDDEN_WITHIN);
      item.hidden = cells.has(cell);
      cells.add(cell);
      bounds = bounds ? bounds.extend(point) : L.bounds(point, point);
    }
    this._pxBounds = bounds ? L.bounds(bounds.min!.subtract([SPRITE_REACH, SPRITE_REACH]), bounds.max!.add([SPRITE_REACH, SPRITE_REACH])) : undefined;
  },
  _update() {},
  _updatePath(this: CanvasInternals & { _items: (SymbolItem & { point?: L.Point; hidden?: boolean })[] }) {
    const { _drawing: drawing, _ctx: context, _bounds: view } = this._renderer;
    if (!drawing) return;
    for (const item of this._items) {
      const p = item.point;
      if (item.hidden) continue;
      const reach = TIER_SYMBOLS[item.office.tier].size / 2 + SPRITE_MARGIN;
      if (!p || p.x < view.min!.x - reach || p.y < view.min!.y - reach || p.x > view.max!.x + reach || p.y > view.max!.y + reach) continue;
      context.drawImage(symbolSprite(item.office, item.selected), p.x - reach, p.y - reach, 2 * reach, 2 * reach);
    }
  },
  _containsPoint: () => false,
  _empty(this: { _items: SymbolItem[] }) {
    return this._items.length === 0;
  },
}) as unknown as new (options: L.PathOptions) => OfficeSymbolLayer;
const SPRITE_REACH = 20;
const HIDDEN_WITHIN = 2;

