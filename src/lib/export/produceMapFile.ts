// The export itself, in the browser: fetch the background tiles if the online basemap is on,
// compose the SVG document, and hand it back as the .svg file or drawn into the .png.
import { composeMapSvg, mapFrames } from './composeMapImage';
import { fetchTiles } from './fetchTiles';
import { renderSvgToPng } from './renderPng';
import type { MapImageInput } from './types';

export interface MapFile {
  readonly blob: Blob;
  /** True when the online basemap was asked for but a tile failed: the image has none. */
  readonly tilesFailed: boolean;
}

export async function produceMapFile(input: MapImageInput, format: 'png' | 'svg', onlineBasemap: boolean): Promise<MapFile> {
  // Web tiles are Web Mercator: an Equal Earth map is drawn on the app's own basemap alone.
  const withTiles = onlineBasemap && (input.options.projection ?? 'mercator') === 'mercator';
  const tiles = withTiles ? await fetchTiles(mapFrames(input)) : null;
  const svg = composeMapSvg({ ...input, tiles });
  const tilesFailed = withTiles && tiles === null;
  if (format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), tilesFailed };
  return { blob: await renderSvgToPng(svg, input.width, input.height, Math.round(input.pxPerPt * 72)), tilesFailed };
}
