// The Web Mercator projection of an exported map, fitted to a geographic extent inside a
// pixel frame, as Leaflet (EPSG:3857) draws the map on screen. d3-geo's Mercator formula is
// used in plane form: unlike d3.geoMercator it does not cut the world at ±180°, so the
// Pacific, drawn one world east (see geo/pacificView), stays whole as on screen.
// Equal Earth (d3-geo's geoEqualEarthRaw, also in plane form) is the equal-area alternative for
// world maps: Web Mercator doubles Russia and shrinks Africa. It is centred on the extent's
// middle meridian, so the Pacific-whole world (−118° to 198°) stays inside its outline.
import { geoClipRectangle, geoEqualEarthRaw, geoMercatorRaw, geoPath, geoTransform, type GeoRawProjection } from 'd3-geo';
import type { MapProjection } from './types';
import type { Geometry } from 'geojson';
import { EARTH_RADIUS_KM, distanceKm } from '../geo/greatCircle';

/** A geographic extent in display longitudes (may run past 180° east for the Pacific). */
export interface GeoBounds {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapFrame {
  readonly rect: Rect;
  /** Pixels per radian of longitude: the whole world is 2π·k pixels wide. */
  readonly k: number;
  readonly projection: MapProjection;
  /** Pixel position of a point in display longitude and latitude. */
  project(lon: number, lat: number): [number, number];
  /** The inverse: display longitude and latitude of a pixel position. */
  invert(x: number, y: number): [number, number];
  /** SVG path data of a geometry, clipped to the frame (with `margin` px to spare), 1 decimal. */
  pathData(geometry: Geometry, margin?: number): string;
  /** Whether a pixel position lies inside the frame. */
  contains(x: number, y: number): boolean;
}

const MAX_LATITUDE = 85.0511287798; // where Web Mercator stops, as in Leaflet
const RADIANS = Math.PI / 180;
const clampLat = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));

/** A projection in plane form: plane coordinates (y grows north) of a point, and back. */
interface PlaneProjection {
  toPlane(lon: number, lat: number): [number, number];
  fromPlane(x: number, y: number): [number, number];
  /** Plane points along the extent's edges whose bounding box the frame must hold. */
  outline(bounds: GeoBounds): [number, number][];
}

function planeProjection(projection: MapProjection, bounds: GeoBounds): PlaneProjection {
  if (projection === 'mercator') {
    const toPlane = (lon: number, lat: number): [number, number] => {
      const [x, y] = geoMercatorRaw(lon * RADIANS, clampLat(lat) * RADIANS);
      return [x, y];
    };
    return {
      toPlane,
      fromPlane: (x, y) => invertRaw(geoMercatorRaw, x, y, 0),
      outline: (b) => [toPlane(b.west, b.south), toPlane(b.east, b.north)],
    };
  }
  const central = (bounds.west + bounds.east) / 2;
  const toPlane = (lon: number, lat: number): [number, number] => {
    const [x, y] = geoEqualEarthRaw((lon - central) * RADIANS, Math.max(-90, Math.min(90, lat)) * RADIANS);
    return [x, y];
  };
  return {
    toPlane,
    fromPlane: (x, y) => invertRaw(geoEqualEarthRaw, x, y, central),
    // Meridians curve in Equal Earth, bulging most at the equator: the edges are sampled, the equator included.
    outline: (b) => [
      ...Array.from({ length: 21 }, (_, i) => i / 20).flatMap((f) => [
        toPlane(b.west + f * (b.east - b.west), b.south), toPlane(b.west + f * (b.east - b.west), b.north),
        toPlane(b.west, b.south + f * (b.north - b.south)), toPlane(b.east, b.south + f * (b.north - b.south)),
      ]),
      ...(b.south < 0 && b.north > 0 ? [toPlane(b.west, 0), toPlane(b.east, 0)] : []),
    ],
  };
}

function invertRaw(raw: GeoRawProjection, x: number, y: number, central: number): [number, number] {
  const [lon, lat] = raw.invert!(x, y);
  return [lon / RADIANS + central, lat / RADIANS];
}

/**
 * The extent's size in plane units (radians of the projection), and the largest size a frame
 * can usefully show in the same units: past it there is no Earth left to draw (Web Mercator
 * stops at 85° and repeats after one turn; Equal Earth is an oval), only an empty margin.
 * @example extentPlaneSize({ south: 0, west: 0, north: 0, east: 180 }, 'mercator').width // → π
 */
export function extentPlaneSize(bounds: GeoBounds, projection: MapProjection): { width: number; height: number } {
  const outline = planeProjection(projection, bounds).outline(bounds);
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

export function worldPlaneSize(projection: MapProjection): { width: number; height: number } {
  if (projection === 'mercator') return { width: 2 * Math.PI, height: 2 * geoMercatorRaw(0, MAX_LATITUDE * RADIANS)[1] };
  return { width: 2 * geoEqualEarthRaw(Math.PI, 0)[0], height: 2 * geoEqualEarthRaw(0, Math.PI / 2)[1] };
}

/**
 * Fits the extent inside the frame, centred, keeping its shape (like Leaflet's fitBounds):
 * the image shows at least the extent, and more on the sides its aspect ratio leaves free.
 * @example fitMapFrame({ south: -10, west: -10, north: 10, east: 10 }, { x: 0, y: 0, width: 100, height: 100 }).project(0, 0) // → [50, 50]
 */
export function fitMapFrame(bounds: GeoBounds, rect: Rect, projection: MapProjection = 'mercator'): MapFrame {
  const plane = planeProjection(projection, bounds);
  const { toPlane } = plane;
  const outline = plane.outline(bounds);
  const [x0, y0] = [Math.min(...outline.map((p) => p[0])), Math.min(...outline.map((p) => p[1]))];
  const [x1, y1] = [Math.max(...outline.map((p) => p[0])), Math.max(...outline.map((p) => p[1]))];
  const k = Math.min(rect.width / Math.max(x1 - x0, 1e-9), rect.height / Math.max(y1 - y0, 1e-9));
  const cx = rect.x + rect.width / 2 - (k * (x0 + x1)) / 2;
  const cy = rect.y + rect.height / 2 + (k * (y0 + y1)) / 2;
  const project = (lon: number, lat: number): [number, number] => {
    const [px, py] = toPlane(lon, lat);
    return [cx + k * px, cy - k * py];
  };
  const invert = (x: number, y: number): [number, number] => plane.fromPlane((x - cx) / k, (cy - y) / k);
  const planar = geoTransform({
    point(lon: number, lat: number) {
      const [px, py] = project(lon, lat);
      this.stream.point(px, py);
    },
  });
  const pathData = (geometry: Geometry, margin = 2): string => {
    const clip = geoClipRectangle(rect.x - margin, rect.y - margin, rect.x + rect.width + margin, rect.y + rect.height + margin);
    const context = new RoundedPathContext();
    geoPath({ stream: (output) => planar.stream(clip(output)) }, context)(geometry);
    return context.result();
  };
  const contains = (x: number, y: number) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
  return { rect, k, projection, project, invert, pathData, contains };
}

/**
 * Kilometres on the ground per pixel at a latitude. Web Mercator stretches distances by
 * 1 / cos(latitude), so a scale bar is only true at one latitude: the exported map uses the
 * latitude at the centre of its frame, and says so.
 * @example kmPerPixel(fitMapFrame(world, rect), 60) // → half of kmPerPixel(…, 0)
 */
export function kmPerPixel(frame: MapFrame, latitude: number): number {
  if (frame.projection === 'mercator') return (EARTH_RADIUS_KM * Math.cos(clampLat(latitude) * RADIANS)) / frame.k;
  // Equal Earth's scale varies with place and direction: measured east–west at the frame's centre.
  const cx = frame.rect.x + frame.rect.width / 2;
  const cy = frame.rect.y + frame.rect.height / 2;
  const [lon0, lat0] = frame.invert(cx - 50, cy);
  const [lon1, lat1] = frame.invert(cx + 50, cy);
  return distanceKm({ lat: lat0, lon: lon0 }, { lat: lat1, lon: lon1 }) / 100;
}

/** The latitude at the vertical centre of the frame. */
export function centreLatitude(frame: MapFrame): number {
  return frame.invert(frame.rect.x + frame.rect.width / 2, frame.rect.y + frame.rect.height / 2)[1];
}

/**
 * A canvas-like context for d3's geoPath that writes SVG path data rounded to 1 decimal and
 * drops points that round onto the previous one: at 1920 px wide, most of Natural Earth's
 * vertices are closer together than a pixel, and the file stays small.
 */
class RoundedPathContext {
  private parts: string[] = [];
  private lastX = NaN;
  private lastY = NaN;
  beginPath(): void {
    // One string for the whole geometry: nothing to start.
  }
  moveTo(x: number, y: number): void {
    this.lastX = round(x);
    this.lastY = round(y);
    this.parts.push(`M${this.lastX},${this.lastY}`);
  }
  lineTo(x: number, y: number): void {
    const rx = round(x);
    const ry = round(y);
    if (Math.abs(rx - this.lastX) < 0.5 && Math.abs(ry - this.lastY) < 0.5) return;
    this.lastX = rx;
    this.lastY = ry;
    this.parts.push(`L${rx},${ry}`);
  }
  closePath(): void {
    this.parts.push('Z');
  }
  arc(): void {
    // Only Point geometries call arc; the map draws points as symbols, never through geoPath.
  }
  result(): string {
    return this.parts.join('');
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
