// `npm test`: every check and test.
//   1. Chromium for the browser tests (found, or installed with apt when root)
//   2. at once, because none needs another's result:
//        type and Svelte checks (svelte-check)
//        unit and component tests (Vitest)
//        production build (Vite), then on that build:
//          end-to-end tests (Playwright in Chromium), with screenshots
//          benchmark smoke run: every benchmark once at a tiny size (checks they still work;
//          no timing is judged — `npm run bench` measures)
// Running them side by side is what brings the suite down from the sum of its steps to its
// longest chain (build → end-to-end), and it holds on a busy machine: every test waits for
// what a user would see, never for a fixed time. The first step to fail stops the others.
//
// Each line of output is prefixed with its step; the whole output of each step is also kept in
// tests/output/logs/<step>.log. At the end: each step's time, the slowest Vitest files and the
// slowest end-to-end tests (from the reporters' JSON), so a slow test is seen where it is added.
//
//   FNP_TEST_SERIAL=1 npm test     one step after another, as before (a quieter log)
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordBuild, sourceHash } from './buildCache.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { slowestEndToEndTests, slowestVitestFiles } from './testDurations.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOGS = join(ROOT, 'tests/output/logs');
const VITEST_JSON = join(LOGS, 'vitest.json');
const PLAYWRIGHT_JSON = join(LOGS, 'playwright.json');
const SERIAL = Boolean(process.env.FNP_TEST_SERIAL);
const suiteStarted = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** Steps still running, so that a failure can stop them (each runs in its own process group). */
const running = new Set();
const timings = [];

/** Runs one step; resolves when it passes, ends `npm test` when it fails. */
function step(name, title, command, args, env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n▶ [${name}] ${title}: ${command} ${args.join(' ')}`);
    const log = createWriteStream(join(LOGS, `${name}.log`));
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.on('data', (chunk) => {
        log.write(chunk);
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) console.log(`[${name}] ${line}`);
      });
      stream.on('end', () => partial && console.log(`[${name}] ${partial}`));
    }
    child.on('close', (code, signal) => {
      running.delete(child);
      log.end();
      const took = Date.now() - started;
      timings.push({ name, title, startedAt: started - suiteStarted, took });
      if (code === 0) {
        console.log(`\n✔ [${name}] ${title} passed in ${seconds(took)}.`);
        resolve();
        return;
      }
      if (stopping) return; // stopped because another step failed
      console.error(`\n✖ [${name}] ${title} failed (${signal ?? `exit ${code}`}) after ${seconds(took)}. Its whole output: tests/output/logs/${name}.log`);
      stopAll().then(() => {
        printSummary();
        process.exit(code || 1);
      });
    });
  });
}

/**
 * Stops the steps still running and resolves once they have ended: an interrupt first, which
 * lets Playwright stop the preview server it started (a stray one would hold the port for the
 * next run), a kill after 10 s.
 */
let stopping = false;
async function stopAll() {
  stopping = true;
  const signal = (child, name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const ended = [...running].map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', resolve))));
  for (const child of running) signal(child, 'SIGINT');
  const kill = setTimeout(() => running.forEach((child) => signal(child, 'SIGKILL')), 10_000);
  await Promise.all(ended);
  clearTimeout(kill);
}
process.on('SIGINT', () => stopAll().then(() => process.exit(130)));
process.on('SIGTERM', () => stopAll().then(() => process.exit(143)));

function printSummary() {
  console.log(`\nWhere the time went (whole run ${seconds(Date.now() - suiteStarted)}):`);
  for (const t of [...timings].sort((a, b) => a.startedAt - b.startedAt)) console.log(`  ${t.title.padEnd(28)} ${seconds(t.took).padStart(7)}  (started at ${seconds(t.startedAt)})`);
  const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
  try {
    const vitest = readJson(VITEST_JSON);
    if (vitest) console.log(`Slowest Vitest files:\n${slowestVitestFiles(vitest, ROOT, 8).map((line) => `  ${line}`).join('\n')}`);
    const playwright = readJson(PLAYWRIGHT_JSON);
    if (playwright) console.log(`Slowest end-to-end tests:\n${slowestEndToEndTests(playwright, 8).map((line) => `  ${line}`).join('\n')}`);
  } catch (error) {
    console.log(`(no test durations: ${error instanceof Error ? error.message : String(error)})`);
  }
}

mkdirSync(LOGS, { recursive: true });
for (const report of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(report, { force: true }); // a failed run shows no old durations
let chromium;
try {
  chromium = ensureChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const typeCheck = () => step('check', 'Type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
const unitTests = () => step('unit', 'Unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
// Recorded as the build of these sources: the offline-update test reuses it (buildCache.mjs).
const build = () => {
  const hash = sourceHash();
  return step('build', 'Build', 'npx', ['vite', 'build']).then(() => recordBuild(process.env.FNP_OUT_DIR ?? 'dist', hash));
};
const endToEnd = () =>
  step('e2e', 'End-to-end tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], {
    CHROME_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  });
const benchSmoke = () => step('bench', 'Benchmark smoke run', 'node', ['tests/bench/run-benchmarks.mjs', '--smoke'], { CHROME_PATH: chromium });

if (SERIAL) {
  for (const next of [typeCheck, unitTests, build, endToEnd, benchSmoke]) await next();
} else {
  await Promise.all([typeCheck(), unitTests(), build().then(() => Promise.all([endToEnd(), benchSmoke()]))]);
}
printSummary();
console.log('\n✔ All tests passed. Screenshots: tests/output/screenshots/');
