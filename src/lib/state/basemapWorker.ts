// Decodes a basemap off the main thread: parsing the TopoJSON and turning it into shapes takes
// tens to hundreds of milliseconds that would otherwise freeze the page while it starts. The
// shapes go back packed into typed arrays and are transferred, not copied.
import type { Topology } from 'topojson-specification';
import { toBasemapShapes } from '../geo/basemapFeatures';
import { packShapes, transferables } from '../geo/packShapes';

/** Either the file's bytes (fetched by the page, which the preload in index.html serves) or a URL to fetch here. */
type Request = { bytes: ArrayBuffer } | { url: string };

async function readTopology(request: Request): Promise<Topology> {
  if ('bytes' in request) return JSON.parse(new TextDecoder().decode(request.bytes)) as Topology;
  const response = await fetch(request.url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${request.url}`);
  return (await response.json()) as Topology;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  try {
    const packed = packShapes(toBasemapShapes(await readTopology(event.data)));
    self.postMessage({ ok: true, packed }, { transfer: transferables(packed) });
  } catch (error) {
    self.postMessage({ ok: false, message: String(error) });
  }
};
