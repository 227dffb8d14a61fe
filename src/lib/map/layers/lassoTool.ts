// Drawing a lasso or a rectangle on the map to select the countries inside it. While a tool is
// on, a drag draws the shape instead of panning; a press without a drag stays a click (so a
// Shift-click still adds one country). The shape is handed over in container pixels.
import L from 'leaflet';
import type { PlanePoint } from '../pickInShape';
import { rectangleCorners } from '../pickInShape';

export type PickTool = 'lasso' | 'rectangle';

export interface LassoCallbacks {
  /** A shape was drawn; `additive` when Shift (or Ctrl/Cmd) was held, to add to the selection. */
  onShape(shape: readonly PlanePoint[], additive: boolean): void;
}

/** Below this many pixels of movement, a press is a click, not a shape. */
const DRAG_THRESHOLD = 5;
/** A lasso keeps a point every few pixels: a smooth outline without thousands of vertices. */
const LASSO_STEP = 4;
const SHAPE_STYLE: L.PolylineOptions = { color: '#111111', weight: 2, dashArray: '5 4', fillColor: '#111111', fillOpacity: 0.08, interactive: false };

export class LassoTool {
  private tool: PickTool | null = null;
  private points: PlanePoint[] = [];
  private start: PlanePoint | null = null;
  private dragging = false;
  private outline: L.Polygon | null = null;
  /** Set after a drawn shape: the click the browser sends at its end must not select a country. */
  private swallowClick = false;
  private readonly listeners: [keyof HTMLElementEventMap, (event: Event) => void][] = [
    ['pointerdown', (e) => this.down(e as PointerEvent)],
    ['pointermove', (e) => this.move(e as PointerEvent)],
    ['pointerup', (e) => this.up(e as PointerEvent)],
    ['pointercancel', () => this.cancel()],
    ['click', (e) => this.click(e)],
  ];

  constructor(
    private readonly map: L.Map,
    private readonly renderer: L.Renderer,
    private readonly callbacks: LassoCallbacks,
  ) {
    for (const [type, listener] of this.listeners) map.getContainer().addEventListener(type, listener, { capture: true });
  }

  remove(): void {
    this.setTool(null);
    for (const [type, listener] of this.listeners) this.map.getContainer().removeEventListener(type, listener, { capture: true });
  }

  setTool(tool: PickTool | null): void {
    if (tool === this.tool) return;
    this.cancel();
    this.tool = tool;
    // Dragging pans and Shift-drag zooms to a box in Leaflet: both give way to drawing.
    for (const handler of [this.map.dragging, this.map.boxZoom]) {
      if (tool) handler.disable();
      else handler.enable();
    }
    this.map.getContainer().classList.toggle('network-map--lasso', tool !== null);
  }

  private point(event: PointerEvent): PlanePoint {
    const { x, y } = this.map.mouseEventToContainerPoint(event as unknown as MouseEvent);
    return { x, y };
  }

  private down(event: PointerEvent): void {
    this.swallowClick = false;
    if (!this.tool || event.button !== 0 || !event.isPrimary) return;
    // Only presses on the map itself: its zoom buttons and attribution stay usable.
    if ((event.target as HTMLElement | null)?.closest('.leaflet-control')) return;
    this.start = this.point(event);
    this.points = [this.start];
    this.dragging = false;
  }

  private move(event: PointerEvent): void {
    if (!this.start) return;
    const here = this.point(event);
    if (!this.dragging && Math.hypot(here.x - this.start.x, here.y - this.start.y) < DRAG_THRESHOLD) return;
    if (!this.dragging) {
      this.dragging = true;
      this.map.getContainer().setPointerCapture?.(event.pointerId);
    }
    event.stopPropagation();
    if (this.tool === 'rectangle') this.points = rectangleCorners(this.start, here);
    else {
      const last = this.points[this.points.length - 1]!;
      if (Math.hypot(here.x - last.x, here.y - last.y) >= LASSO_STEP) this.points.push(here);
    }
    this.drawOutline();
  }

  private up(event: PointerEvent): void {
    if (!this.start) return;
    const shape = this.dragging ? this.points : null;
    this.cancel();
    if (!shape) return;
    this.swallowClick = true;
    event.stopPropagation();
    this.callbacks.onShape(shape, event.shiftKey || event.ctrlKey || event.metaKey);
  }

  private click(event: Event): void {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.stopImmediatePropagation();
  }

  private cancel(): void {
    this.start = null;
    this.points = [];
    this.dragging = false;
    this.outline?.remove();
    this.outline = null;
  }

  private drawOutline(): void {
    const latLngs = this.points.map((p) => this.map.containerPointToLatLng([p.x, p.y]));
    if (this.outline) this.outline.setLatLngs(latLngs);
    else this.outline = L.polygon(latLngs, { ...SHAPE_STYLE, renderer: this.renderer }).addTo(this.map);
  }
}
