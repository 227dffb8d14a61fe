// Build step: a <link rel="preload"> in the built index.html for the world-view basemap, so its
// download starts while the HTML is parsed instead of after the app's scripts have loaded and
// run (basemapRequest.ts then fetches the same URL, which the preload serves).
import type { Plugin } from 'vite';

/** The source file of the world-view basemap (built by data/tools/build-world-basemap.mjs). */
const WORLD_BASEMAP_SOURCE = 'src/lib/geo/assets/countries-world.json';

export function preloadBasemapPlugin(): Plugin {
  return {
    name: 'fnp-preload-basemap',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const asset = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && (file.originalFileNames ?? []).some((name) => name.endsWith(WORLD_BASEMAP_SOURCE)));
        if (!asset) throw new Error(`preloadBasemapPlugin: no asset built from ${WORLD_BASEMAP_SOURCE}`);
        // `crossorigin` makes the preload a CORS request like fetch()'s, so the two match.
        return [{ tag: 'link', attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'fetch', type: 'application/json', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}
