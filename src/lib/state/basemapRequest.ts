// The basemap comes in two steps. The world view is drawn from a light copy of Natural Earth
// 1:50m (every country kept, borders simplified to about a pixel: ~47 KB gzip, built by
// data/tools/build-world-basemap.mjs), which index.html starts downloading before any script
// runs. The full 1:50m file (~230 KB gzip) is fetched only when the map zooms in. Both are decoded
// in a worker so the page stays responsive meanwhile, and come back as transferred typed arrays.
import type { Topology } from 'topojson-specification';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import worldUrl from '../geo/assets/countries-world.json?url';
import { toBasemapShapes, type BasemapShape, type CountryFeature } from '../geo/basemapFeatures';
import { refineFeatures } from '../geo/refineFeatures';
import { unpackShapes, type PackedShapes } from '../geo/packShapes';

export { worldUrl as WORLD_BASEMAP_URL };

type WorkerReply = { ok: true; packed: PackedShapes } | { ok: false; message: string };

function decodeInWorker(request: { bytes: ArrayBuffer } | { url: string }): Promise<BasemapShape[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./basemapWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(unpackShapes(event.data.packed));
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the basemap worker failed'));
    };
    if ('bytes' in request) worker.postMessage(request, [request.bytes]);
    else worker.postMessage(request);
  });
}

async function download(url: string): Promise<ArrayBuffer> {
  // Same URL, mode and credentials as the <link rel="preload"> in index.html, so this reuses it.
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.arrayBuffer();
}

async function decodeHere(bytes: ArrayBuffer): Promise<BasemapShape[]> {
  return toBasemapShapes(JSON.parse(new TextDecoder().decode(bytes)) as Topology);
}

async function load(url: string, viaPage: boolean): Promise<BasemapShape[]> {
  const absolute = new URL(url, location.href).href;
  if (typeof Worker !== 'function') return decodeHere(await download(absolute));
  if (!viaPage) return decodeInWorker({ url: absolute }).catch(async () => decodeHere(await download(absolute)));
  const bytes = await download(absolute);
  // The bytes are transferred to the worker; a copy is kept only in case the worker fails to start.
  const copy = bytes.slice(0);
  return decodeInWorker({ bytes }).catch(() => decodeHere(copy));
}

let world: Promise<BasemapShape[]> | null = null;
let detailed: Promise<BasemapShape[]> | null = null;

/** The world-view basemap, downloaded once; later calls return the same promise. */
export function requestBasemap(): Promise<BasemapShape[]> {
  world ??= load(worldUrl, true);
  return world;
}

/**
 * The full 1:50m basemap, downloaded once when first asked for (zooming in, a picture of a
 * region). Same shapes in the same order as requestBasemap's, at full detail.
 */
export function requestDetailedBasemap(): Promise<BasemapShape[]> {
  detailed ??= load(detailedUrl, false);
  return detailed;
}

const refined = new WeakMap<readonly CountryFeature[], Promise<CountryFeature[]>>();

/**
 * The same country features at full 1:50m detail (for a zoomed-in map or a picture of a region),
 * made once per list of features.
 */
export function detailedFeatures(features: readonly CountryFeature[]): Promise<CountryFeature[]> {
  let pending = refined.get(features);
  if (!pending) refined.set(features, (pending = requestDetailedBasemap().then((shapes) => refineFeatures(features, shapes))));
  return pending;
}
