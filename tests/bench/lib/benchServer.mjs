// One static HTTP server for a benchmark run: the built app at /, the bare reference pages at
// /reference/ (with Leaflet, topojson-client and PapaParse from node_modules), and files the
// run generated (CSV, backups) at /bench-data/. Both pages share one origin and one basemap URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json' };

/** Files under /reference/vendor/: name → path in the project. */
const VENDOR = {
  'leaflet.js': 'node_modules/leaflet/dist/leaflet.js',
  'leaflet.css': 'node_modules/leaflet/dist/leaflet.css',
  'topojson-client.js': 'node_modules/topojson-client/dist/topojson-client.min.js',
  'papaparse.js': 'node_modules/papaparse/papaparse.min.js',
  // The reference map's basemap: Natural Earth 1:110m, as world-atlas ships it.
  'countries-110m.json': 'node_modules/world-atlas/countries-110m.json',
};

/**
 * Starts the server; `generated` maps a /bench-data/ or /reference/ path to text made in memory.
 * @returns {{ url: string, close(): Promise<void> }}
 */
export async function startBenchServer({ root, appDir, port, generated = new Map() }) {
  const inside = (base, path) => {
    const full = normalize(join(base, path));
    return full.startsWith(base) ? full : null;
  };
  async function resolve(pathname) {
    if (generated.has(pathname)) return { body: generated.get(pathname), type: TYPES[extname(pathname)] ?? 'text/plain' };
    if (pathname.startsWith('/reference/vendor/')) {
      const vendored = VENDOR[pathname.slice('/reference/vendor/'.length)];
      return vendored ? { file: join(root, vendored) } : null;
    }
    if (pathname.startsWith('/reference/')) return { file: inside(join(root, 'tests/bench/reference'), pathname.slice('/reference/'.length) || 'index.html') };
    const file = inside(appDir, pathname === '/' ? 'index.html' : pathname);
    return { file };
  }
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const found = await resolve(decodeURIComponent(pathname));
      if (found?.body !== undefined) {
        response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' });
        response.end(found.body);
        return;
      }
      if (!found?.file || !(await stat(found.file).then((s) => s.isFile(), () => false))) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
      response.end(await readFile(found.file));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Where the reference page fetches its basemap (world-atlas countries-110m.json). */
export const REFERENCE_BASEMAP_URL = '/reference/vendor/countries-110m.json';
