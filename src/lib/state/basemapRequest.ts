// The basemap is the largest download (Natural Earth 1:50m, ~230 KB gzip). Its request is
// started before the app mounts so it overlaps start-up work instead of following it, and it
// is decoded in a worker so the page stays responsive meanwhile.
import type { Topology } from 'topojson-specification';
import basemapUrl from 'world-atlas/countries-50m.json?url';
import { toBasemapShapes, type BasemapShape } from '../geo/basemapFeatures';

let pending: Promise<BasemapShape[]> | null = null;

type WorkerReply = { ok: true; shapes: BasemapShape[] } | { ok: false; message: string };

function decodeInWorker(url: string): Promise<BasemapShape[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./basemapWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.shapes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the basemap worker failed'));
    };
    worker.postMessage({ url: new URL(url, location.href).href });
  });
}

async function decodeHere(url: string): Promise<BasemapShape[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return toBasemapShapes((await response.json()) as Topology);
}

/** Starts the basemap download once; later calls return the same promise. */
export function requestBasemap(): Promise<BasemapShape[]> {
  pending ??= typeof Worker === 'function' ? decodeInWorker(basemapUrl).catch(() => decodeHere(basemapUrl)) : decodeHere(basemapUrl);
  return pending;
}
