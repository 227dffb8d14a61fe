// Fetches and decodes the basemap off the main thread: parsing ~740 KB of TopoJSON and
// turning it into shapes takes a few hundred milliseconds that would otherwise freeze the
// page while it starts.
import type { Topology } from 'topojson-specification';
import { toBasemapShapes } from '../geo/basemapFeatures';

self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${event.data.url}`);
    const topology = (await response.json()) as Topology;
    self.postMessage({ ok: true, shapes: toBasemapShapes(topology) });
  } catch (error) {
    self.postMessage({ ok: false, message: String(error) });
  }
};
