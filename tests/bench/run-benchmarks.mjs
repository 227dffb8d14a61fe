// Benchmarks of the built app, printed as figures (not pass/fail):
//   - time from navigation start to the first drawn map, in headless Chromium (median of runs)
//   - JavaScript shipped, raw and gzip, and the basemap asset fetched after start
//   - one scenario edit in the browser: change → next frame painted, and change → saved in
//     Chromium's IndexedDB (medians over 30 edits)
// Run: npm run bench          (builds first; RUNS=15 npm run bench for more runs)
// The pure edit/derive cost in Node, default and 5,000-office networks: npm run bench:node
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../support/ensure-chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const PORT = 4180;
const root = new URL('../..', import.meta.url).pathname;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measureAssets() {
  const dir = join(root, 'dist/assets');
  const files = readdirSync(dir);
  const size = (ext) =>
    files.filter((f) => f.endsWith(ext)).reduce(
      (total, f) => {
        const bytes = readFileSync(join(dir, f));
        return { raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length };
      },
      { raw: 0, gzip: 0 },
    );
  return { js: size('.js'), css: size('.css'), basemap: size('.json') };
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Times scenario edits through the UI's "Covered by" select, in the page itself. */
async function measureEdits(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fnp:map-drawn').length > 0);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await page.getByLabel('Find country').selectOption({ label: 'Somalia' });
  await page.getByLabel('Covered by').waitFor();
  const result = await page.evaluate(async () => {
    const select = document.querySelector('#country-covered-by');
    const channel = new BroadcastChannel('field-network-planner');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const toFrame = [];
    const toSaved = [];
    for (let i = 0; i < 30; i++) {
      const saved = new Promise((resolve) => channel.addEventListener('message', () => resolve(performance.now()), { once: true }));
      select.value = i % 2 === 0 ? 'AFR-ETH' : 'AFR-KEN';
      const start = performance.now();
      select.dispatchEvent(new Event('change', { bubbles: true }));
      toFrame.push((await frame()) - start);
      toSaved.push((await saved) - start);
    }
    channel.close();
    return { toFrame, toSaved };
  });
  await context.close();
  return result;
}

async function measureFirstMap(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fnp:map-drawn').length > 0, null, { timeout: 30_000 });
  const time = await page.evaluate(() => performance.getEntriesByName('fnp:map-drawn')[0].startTime);
  await context.close();
  return time;
}

const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) throw new Error('vite build failed');
const assets = measureAssets();
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
try {
  const url = `http://127.0.0.1:${PORT}/`;
  await waitForServer(url);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  await measureFirstMap(browser, url); // warm-up: the server's first response and disk cache
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await measureFirstMap(browser, url));
  const edits = await measureEdits(browser, url);
  await browser.close();
  console.log('Field Network Planner — benchmarks (headless Chromium, built app on 127.0.0.1)');
  console.log(`time to first drawn map:  median ${median(times).toFixed(0)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${RUNS} runs, fresh browser context each)`);
  console.log(`edit → next frame:        median ${median(edits.toFrame).toFixed(1)} ms  (max ${Math.max(...edits.toFrame).toFixed(1)}, 30 edits, default data, two-tier scenario)`);
  console.log(`edit → saved (IndexedDB): median ${median(edits.toSaved).toFixed(1)} ms  (max ${Math.max(...edits.toSaved).toFixed(1)}, 30 edits)`);
  console.log(`JavaScript shipped:       ${kb(assets.js.raw)} raw, ${kb(assets.js.gzip)} gzip`);
  console.log(`CSS shipped:              ${kb(assets.css.raw)} raw, ${kb(assets.css.gzip)} gzip`);
  console.log(`basemap (fetched asset):  ${kb(assets.basemap.raw)} raw, ${kb(assets.basemap.gzip)} gzip`);
} finally {
  process.kill(-server.pid);
}
