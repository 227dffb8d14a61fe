// (a) First load of the default data to a drawn, interactive map, against the bare reference
// page (Leaflet, world-atlas 1:110m countries, the 48 offices as circle markers with their reporting lines), runs interleaved in one browser.
// (b) JavaScript the first view loads (every .js fetched until the map is drawn), gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newContext, waitForMapDrawn } from '../lib/browser.mjs';
import { figure } from '../lib/results.mjs';
import { max, median, min } from '../lib/stats.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'first-load.app',
  'first-load.reference',
  'first-load.ratio',
  'first-view.js-gzip',
  'first-view.css-gzip',
];

const GROUP = 'First load (default data)';

async function firstMap(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  const time = await waitForMapDrawn(page);
  // Whatever the first view fetches right after the map (lazy chunks it needs) counts too.
  await page.waitForTimeout(300);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ name: r.name, type: r.initiatorType })));
  await context.close();
  return { time, resources };
}

function shippedBytes(appDir, origin, resources, extension) {
  const files = [...new Set(resources.map((r) => new URL(r.name)).filter((u) => u.origin === origin && u.pathname.endsWith(extension)).map((u) => u.pathname))];
  const sizes = files.map((path) => {
    const bytes = readFileSync(join(appDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sizes, raw: sizes.reduce((s, f) => s + f.raw, 0), gzip: sizes.reduce((s, f) => s + f.gzip, 0) };
}

export async function firstLoadSuite({ browser, server, appDir, runs, smoke }) {
  const app = [];
  const reference = [];
  let resources = [];
  if (!smoke) {
    await firstMap(browser, `${server.url}/`); // warm-up: the server's first responses, disk cache
    await firstMap(browser, `${server.url}/reference/`);
  }
  for (let i = 0; i < runs; i++) {
    const run = await firstMap(browser, `${server.url}/`);
    app.push(run.time);
    resources = run.resources;
    reference.push((await firstMap(browser, `${server.url}/reference/`)).time);
  }
  const js = shippedBytes(appDir, server.url, resources, '.js');
  const css = shippedBytes(appDir, server.url, resources, '.css');
  const spread = (values) => `min ${min(values).toFixed(0)}, max ${max(values).toFixed(0)} ms, ${values.length} runs, fresh context each`;
  const kb = (bytes) => bytes / 1024;
  return [
    figure(GROUP, 'first-load.app', 'App: navigation → map drawn (median)', median(app), 'ms', null, spread(app)),
    figure(GROUP, 'first-load.reference', 'Reference: bare Leaflet, 110m countries, 48 circle markers + reporting lines', median(reference), 'ms', null, spread(reference)),
    figure(GROUP, 'first-load.ratio', 'App ÷ reference (first drawn map)', median(app) / median(reference), '×', { max: 1.25 }),
    figure(GROUP, 'first-view.js-gzip', 'JS loaded by the first view, gzip', kb(js.gzip), 'KB', { max: 130 }, `${js.files.length} files, ${kb(js.raw).toFixed(1)} KB raw: ${js.files.map((f) => `${f.path.replace('/assets/', '')} ${kb(f.gzip).toFixed(1)}`).join(', ')}`),
    figure(GROUP, 'first-view.css-gzip', 'CSS loaded by the first view, gzip', kb(css.gzip), 'KB', null, `${css.files.length} files`),
  ];
}
