// Build step for offline use: writes sw.js (from service-worker.js) with the list of every
// file of the build, and puts the Content-Security-Policy into the built page. Runs in Node
// at build time only; the dev server gets neither, so hot reload keeps working.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const TEMPLATE = new URL('./service-worker.js', import.meta.url);

function publicFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? publicFiles(path).map((child) => join(name, child)) : [name];
  });
}

/** Files of the build a user may need offline: not maps of the build, not the worker itself. */
const isPrecached = (fileName: string) => !fileName.startsWith('.vite/') && !fileName.endsWith('.map') && fileName !== 'sw.js';

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'fnp-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
    generateBundle(_options, bundle) {
      const fromPublic = publicFiles(config.publicDir).map((file) => relative('.', file).split('\\').join('/'));
      const files = [...Object.keys(bundle), ...fromPublic].filter(isPrecached).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      // The page itself is cached as "./" (the address users open), not as index.html.
      // (index.html may not be in the bundle yet when this runs: it is always listed.)
      const urls = ['./', ...files.filter((file) => file !== 'index.html').map((file) => `./${file}`)];
      const source = readFileSync(TEMPLATE, 'utf8').replace('__PRECACHE__', JSON.stringify({ version, files: urls }));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

// The page's Content-Security-Policy: everything from the app's own origin, plus what
// Leaflet needs (inline styles it sets on map panes and markers, data: images) and blob:
// URLs for downloads and export previews. The OpenStreetMap tile host is listed for images
// and (for tile export with CORS) fetches, but the app contacts it only when the user turns
// the online basemap on; with it off, no request leaves the origin (an e2e test checks).
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILE_ORIGIN}`,
    // ws:/wss: for a working group's server, which the member chooses; the page narrows this
    // to that one server once joined, and to none before (onlineBasemapPermission.ts).
    `connect-src 'self' ${TILE_ORIGIN} ws: wss:`,
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "manifest-src 'self'",
  ].join('; ');
}
