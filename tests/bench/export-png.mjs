// Benchmark of the map export, printed as figures (not pass/fail): in headless Chromium, the
// time from "Export PNG" to the finished file (compose the SVG, draw it on a canvas, encode
// the PNG) for a 1920 × 1080 slide and an A4 page at 300 dpi (3508 × 2480), median of runs,
// with the file sizes; and the same for the SVG.
// Run on a built app: npx vite build && node tests/bench/export-png.mjs   (RUNS=9 for more runs;
// FNP_OUT_DIR=dist-x to serve another build). Writes tests/output/bench/export-png.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../support/ensure-chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 4185;
const OUT_DIR = process.env.FNP_OUT_DIR ?? 'dist';
const root = new URL('../..', import.meta.url).pathname;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Exports through the dialog `RUNS` times at one size and format; the app measures each export itself. */
async function measureExports(page, size, button) {
  await page.getByLabel('Size').selectOption(size);
  const times = [];
  let result = null;
  for (let i = 0; i < RUNS + 1; i++) {
    await page.evaluate(() => performance.clearMeasures('fnp:export'));
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    result = await page.evaluate(() => {
      const entry = performance.getEntriesByName('fnp:export').at(-1);
      return { duration: entry.duration, ...entry.detail };
    });
    if (i > 0) times.push(result.duration); // the first export warms up (code, fonts, caches)
  }
  return { size, format: result.format, width: result.width, height: result.height, bytes: result.bytes, runs: RUNS, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { cwd: root, stdio: 'ignore', detached: true });
try {
  const url = `http://127.0.0.1:${PORT}/`;
  await waitForServer(url);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fnp:map-drawn').length > 0, null, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export map' }).click();
  await page.getByRole('dialog').getByRole('img').waitFor();
  const results = [];
  for (const size of ['slide', 'a4']) {
    for (const button of ['Export PNG', 'Export SVG']) results.push(await measureExports(page, size, button));
  }
  await browser.close();
  const cpu = (await import('node:os')).cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Field Network Planner — map export (headless Chromium, built app, default data, world view; ${cpu})`);
  for (const r of results) {
    console.log(`${r.format.toUpperCase()} ${r.width} × ${r.height}: median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}, ${r.runs} runs), ${(r.bytes / 1024).toFixed(0)} KB`);
  }
  const dir = join(root, 'tests/output/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'export-png.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), cpu, runs: RUNS, results }, null, 2)}\n`);
} finally {
  process.kill(-server.pid);
}
