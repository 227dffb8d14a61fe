// `npm run bench`: every benchmark, one table of figures against the performance budgets
// (docs: README "Performance"), saved as JSON so runs can be compared:
//   tests/output/bench/results-<timestamp>.json and tests/output/bench/latest.json
// The browser figures come from the built app (dist-bench/) and a bare reference page, served
// together on 127.0.0.1:4180 and driven in headless Chromium; the Node figures from Vitest bench.
//
//   node tests/bench/run-benchmarks.mjs                 everything (about 3 minutes)
//   node tests/bench/run-benchmarks.mjs --only=first-load,editing
//                                                       suites: first-load, editing, workspace, large, import-scale, large-scenario,
//                                                       node, export-png,
//                                                       and pan (only when asked: the pans of editing and large alone)
//   node tests/bench/run-benchmarks.mjs --smoke         tiny sizes, one run each: checks the benchmarks still
//                                                       work (not their speed); used by `npm test`
//   RUNS=15 npm run bench                               more runs of the timed page loads (default 7)
//   FNP_OUT_DIR=dist BENCH_PORT=4182 … --skip-build      another build or port
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { launchBrowser } from './lib/browser.mjs';
import { REFERENCE_BASEMAP_URL, startBenchServer } from './lib/benchServer.mjs';
import { checkRows, readPrevious, renderTable, saveResults } from './lib/results.mjs';
import { defaultEditingSuite, expectedRows as editingRows } from './suites/editing.mjs';
import { exportPngSuite, expectedRows as exportPngRows } from './suites/exportPng.mjs';
import { firstLoadSuite, expectedRows as firstLoadRows } from './suites/firstLoad.mjs';
import { importScaleSuite, expectedRows as importScaleRows } from './suites/importScale.mjs';
import { largeNetworkSuite, expectedRows as largeNetworkRows } from './suites/largeNetwork.mjs';
import { largeScenarioSuite, expectedRows as largeScenarioRows } from './suites/largeScenario.mjs';
import { nodeBenchSuite, expectedRows as nodeBenchRows } from './suites/nodeBenches.mjs';
import { panSuite, expectedRows as panRows } from './suites/pan.mjs';
import { workspaceSuite, expectedRows as workspaceRows } from './suites/workspace.mjs';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const SMOKE = args.includes('--smoke');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') ?? null;
const wanted = (suite) => (only ? only.includes(suite) : !(suite === 'pan' || (SMOKE && (suite === 'node' || suite === 'export-png'))));
const appDir = join(root, process.env.FNP_OUT_DIR ?? (SMOKE ? 'dist' : 'dist-bench'));
const port = Number(process.env.BENCH_PORT ?? (SMOKE ? 4181 : 4180));
const outDir = join(root, 'tests/output/bench');

const SIZES = SMOKE
  ? { offices: 400, figureRows: 1000, workspaceScenarios: 4, heapScenarios: 2, editsPerScenario: 2, importScaleRows: 400 }
  : { offices: 5000, figureRows: 100_000, workspaceScenarios: 200, heapScenarios: 50, editsPerScenario: 10, importScaleRows: 100_000 };
const RUNS = SMOKE ? 1 : Number(process.env.RUNS ?? 7);
const EDITS = SMOKE ? 2 : 30;
const log = (message) => console.log(`[bench] ${message}`);

function build() {
  if (SMOKE && existsSync(join(appDir, 'index.html')) && !args.includes('--build')) return;
  if (args.includes('--skip-build')) return;
  log(`building the app into ${appDir} …`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The generated files, made by the TypeScript generator through Vite (Node 20 cannot load .ts). */
async function makeFiles() {
  const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const { benchFiles } = await vite.ssrLoadModule('/tests/bench/benchFiles.ts');
    const { importScaleFiles } = await vite.ssrLoadModule('/tests/bench/importScaleData.ts');
    return { ...benchFiles(SIZES), importScale: wanted('import-scale') ? importScaleFiles(SIZES.importScaleRows) : null };
  } finally {
    await vite.close();
  }
}

function machine(browserVersion) {
  const cpu = cpus();
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${osType()} ${release()}`, node: process.version, chromium: browserVersion };
}

const rows = [];
const notes = [];
const failures = [];
/** Runs a suite; `expected` is the suite's declared rows (its expectedRows): none may go missing silently. */
async function run(name, suite, expected) {
  if (!wanted(name)) return;
  log(`${name} …`);
  const started = Date.now();
  let figures = [];
  try {
    const result = await suite();
    figures = Array.isArray(result) ? result : result.rows;
    if (!Array.isArray(result) && result.note) notes.push(result.note);
    log(`${name}: ${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    log(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(expected)) failures.push(`${name}: the suite declares no expectedRows`);
  const checked = checkRows(name, expected ?? [], figures);
  rows.push(...checked.rows);
  if (checked.missing.length > 0) failures.push(`${name}: rows missing: ${checked.missing.join(', ')}`);
  if (checked.undeclared.length > 0) notes.push(`${name} reported rows it does not declare (add them to its expectedRows): ${checked.undeclared.join(', ')}`);
}

const startedAt = new Date().toISOString();
build();
const files = await makeFiles();
const generated = new Map([
  ['/reference/data.js', files.referenceData(REFERENCE_BASEMAP_URL)],
  ['/bench-data/figures.csv', files.figuresCsv],
  ['/bench-data/offices-large.csv', files.largeOfficesCsv],
  ...(files.importScale ? [['/bench-data/import-good.csv', files.importScale.goodCsv], ['/bench-data/import-bad.csv', files.importScale.badCsv]] : []),
]);
const server = await startBenchServer({ root, appDir, port, generated });
const browser = await launchBrowser();
const context = { browser, server, files, appDir, root, outDir, sizes: SIZES, runs: RUNS, edits: EDITS, importRuns: SMOKE ? 1 : 3, panRuns: SMOKE ? 1 : 3, panSteps: SMOKE ? 3 : 30, smoke: SMOKE };
try {
  await run('first-load', () => firstLoadSuite(context), firstLoadRows);
  await run('editing', () => defaultEditingSuite(context), editingRows);
  await run('workspace', () => workspaceSuite(context), workspaceRows);
  await run('large', () => largeNetworkSuite(context), largeNetworkRows);
  await run('pan', () => panSuite(context), panRows);
  await run('import-scale', () => importScaleSuite(context), importScaleRows);
  await run('large-scenario', () => largeScenarioSuite(context), largeScenarioRows);
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
mkdirSync(outDir, { recursive: true });
await run('node', () => nodeBenchSuite(context), nodeBenchRows);
await run('export-png', () => exportPngSuite(context), exportPngRows);

const result = { startedAt, finishedAt: new Date().toISOString(), smoke: SMOKE, command: `node tests/bench/run-benchmarks.mjs ${args.join(' ')}`.trim(), machine: machine(browser.version()), sizes: SIZES, runs: RUNS, figures: rows, notes, failures };
const previous = SMOKE ? null : readPrevious(outDir);
console.log(`\nField Network Planner — benchmarks${SMOKE ? ' (SMOKE RUN: tiny sizes, figures are not meaningful)' : ''}`);
console.log(`${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB; Node ${result.machine.node}; Chromium ${result.machine.chromium} headless; ${RUNS} runs per page load\n`);
console.log(renderTable(rows, previous?.figures ?? null));
if (previous) console.log(`\n(vs last run: change against tests/output/bench/latest.json of ${previous.startedAt})`);
for (const note of notes) console.log(`note: ${note}`);
if (SMOKE) writeFileSync(join(outDir, 'smoke.json'), JSON.stringify(result, null, 2) + '\n');
else if (!only) saveResults(outDir, result);
else writeFileSync(join(outDir, 'partial.json'), JSON.stringify(result, null, 2) + '\n');
const unmeasured = rows.filter((r) => !r.missing && !Number.isFinite(r.value)).map((r) => r.id);
if (unmeasured.length > 0) failures.push(`figures not measured: ${unmeasured.join(', ')}`);
if (failures.length > 0) {
  console.error(`\n✖ ${failures.length} benchmark problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\n✔ ${rows.length} figures${SMOKE ? ' (smoke run: every benchmark still works)' : ` written to tests/output/bench/`}`);
