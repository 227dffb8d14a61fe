// Where the time goes: a CPU profile (Chrome DevTools protocol) of one benchmark scenario on an
// unminified build, saved as a .cpuprofile (open it in Chrome DevTools → Performance) and
// summarised on the console: self time by source file and the heaviest functions.
//
//   node tests/bench/profile.mjs edit-default | edit-large | pan-default | pan-large | import-large | import-scale-good | import-scale-bad | open-workspace | open-large-scenario | first-load  [--trace]
//   (open-large-scenario: LARGE_CHANGES changes, default 100,000)
//   (--skip-build reuses dist-bench-profile/; BENCH_PORT overrides the port 4182)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { chooseFile, importOfficeList, importWorkspace, launchBrowser, newContext, openView, waitForMapDrawn } from './lib/browser.mjs';
import { REFERENCE_BASEMAP_URL, startBenchServer } from './lib/benchServer.mjs';
import { panAndZoom, timeSelectEdits } from './lib/inPage.mjs';
import { importLargeWorkspace } from './suites/largeScenario.mjs';

const root = new URL('../..', import.meta.url).pathname;
const scenario = process.argv[2] ?? 'edit-default';
const appDir = join(root, 'dist-bench-profile');
const outDir = join(root, 'tests/output/bench/profiles');
const SIZES = { offices: 5000, figureRows: 100_000, workspaceScenarios: 200, heapScenarios: 1, editsPerScenario: 10 };

if (!process.argv.includes('--skip-build') || !existsSync(join(appDir, 'index.html'))) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--minify', 'false'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('vite build failed');
}
const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
const files = (await vite.ssrLoadModule('/tests/bench/benchFiles.ts')).benchFiles(SIZES);
const largeChanges = Number(process.env.LARGE_CHANGES ?? 100_000);
const largeScenarioJson = scenario === 'open-large-scenario' ? (await vite.ssrLoadModule('/tests/bench/largeScenario.ts')).largeScenarioWorkspaceJson(largeChanges) : '';
// The import-scale files (100,000 offices, all valid or all bad) only when profiled: they take a while to make.
const importScale = scenario.startsWith('import-scale') ? (await vite.ssrLoadModule('/tests/bench/importScaleData.ts')).importScaleFiles(100_000) : null;
await vite.close();
const server = await startBenchServer({ root, appDir, port: Number(process.env.BENCH_PORT ?? 4182), generated: new Map([['/reference/data.js', files.referenceData(REFERENCE_BASEMAP_URL)], ['/bench-data/figures.csv', files.figuresCsv], ['/bench-data/offices-large.csv', files.largeOfficesCsv], ...(importScale ? [['/bench-data/import-good.csv', importScale.goodCsv], ['/bench-data/import-bad.csv', importScale.badCsv]] : [])]) });
const browser = await launchBrowser();

/** Self time per source file and per function, from a CDP profile. */
function summarise(profile) {
  const deltas = new Map();
  profile.samples.forEach((id, i) => deltas.set(id, (deltas.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFile = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const self = (deltas.get(node.id) ?? 0) / 1000;
    const { url, functionName, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/assets\//, '').replace(/^.*\/node_modules\//, '') : `(${functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + self);
    const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + self);
  }
  const total = [...byFile.values()].reduce((s, v) => s + v, 0);
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [`total sampled: ${total.toFixed(0)} ms`, '', 'self time by file:', ...top(byFile, 12), '', 'heaviest functions (self time):', ...top(byFunction, 30)].join('\n');
}

/**
 * The longest main-thread tasks of a Chrome trace, each with where its time went (trace event
 * names such as FunctionCall, Layout, Paint, with the JS function for calls).
 */
function longTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FireAnimationFrame'));
  if (!main) return 'no renderer main thread in the trace';
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur - a.dur).slice(0, 6);
  return tasks.map((task) => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1000);
    const parts = new Map();
    for (const e of inside) {
      const what = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName || '?'}` : e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      parts.set(what, Math.max(parts.get(what) ?? 0, e.dur));
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
    return `  task ${(task.dur / 1000).toFixed(1)} ms: ${top.join(' | ')}`;
  }).join('\n');
}

/** The page's start-up as a timeline: requests (sent → finished) and main-thread tasks over 4 ms, with what they ran. */
function startupTimeline(events) {
  const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  if (!navigation || !main) return 'no navigation in the trace';
  const at = (ts) => ((ts - navigation.ts) / 1000).toFixed(0).padStart(5);
  const lines = [];
  const sent = new Map(events.filter((e) => e.name === 'ResourceSendRequest').map((e) => [e.args.data.requestId, e]));
  for (const finish of events.filter((e) => e.name === 'ResourceFinish')) {
    const start = sent.get(finish.args.data.requestId);
    if (start) lines.push([start.ts, `${at(start.ts)} → ${at(finish.ts)} ms  fetch ${start.args.data.url.replace(/^https?:\/\/[^/]+/, '')}`]);
  }
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= navigation.ts);
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur > 4000)) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && e.dur > 2000 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
    const what = inside.slice(0, 4).map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${(e.dur / 1000).toFixed(0)}`).join(' | ');
    lines.push([task.ts, `${at(task.ts)} + ${(task.dur / 1000).toFixed(0).padStart(4)} ms  task: ${what}`]);
  }
  return lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line).join('\n');
}

async function profiled(page, label, action) {
  if (process.argv.includes('--trace')) {
    const browser = page.context().browser();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'cc', 'v8.execute'] });
    const detail = await action();
    const trace = JSON.parse((await browser.stopTracing()).toString());
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.trace.json`);
    writeFileSync(path, JSON.stringify(trace));
    console.log(`\n=== ${label} (trace) ===\n${detail ? `${JSON.stringify(detail)}\n` : ''}longest main-thread tasks (nested events over 1 ms, longest of each kind):\n${longTasks(trace.traceEvents)}\ntrace: ${path}`);
    return;
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const detail = await action();
  const { profile } = await session.send('Profiler.stop');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  writeFileSync(path, JSON.stringify(profile));
  console.log(`\n=== ${label} ===\n${detail ? `${JSON.stringify(detail)}\n` : ''}${summarise(profile)}\nprofile: ${path}`);
}

const edits = (page, selector, values) => page.evaluate(timeSelectEdits, { selector, values, count: 10, settleMs: 40 });
async function startTwoTier(page, country, office) {
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await page.locator('#find-country').selectOption(country);
  await page.locator('#country-covered-by').waitFor();
  return office;
}

try {
  const context = await newContext(browser);
  const page = await context.newPage();
  if (scenario === 'first-load' && process.argv.includes('--trace')) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', 'netlog', 'loading'] });
    await page.goto(`${server.url}/`);
    const time = await waitForMapDrawn(page);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    console.log(`first drawn map at ${time.toFixed(0)} ms\n${startupTimeline(events)}`);
  } else if (scenario === 'first-load') {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.start');
    await page.goto(`${server.url}/`);
    const time = await waitForMapDrawn(page);
    const { profile } = await session.send('Profiler.stop');
    console.log(`first drawn map at ${time.toFixed(0)} ms\n${summarise(profile)}`);
  } else {
    await page.goto(`${server.url}/`);
    await waitForMapDrawn(page);
    const large = scenario.endsWith('-large');
    if (large) await importOfficeList(page, 'synthetic-offices.csv', '/bench-data/offices-large.csv');
    const target = large ? files.largeEdits : { country: 'SOM', coverers: ['AFR-ETH', 'AFR-KEN'], office: 'AFR-SEN', superiors: ['AFR-NGA', 'AFR-CIV'] };
    if (scenario.startsWith('edit-')) {
      await startTwoTier(page, target.country);
      await profiled(page, `${scenario}-country`, () => edits(page, '#country-covered-by', target.coverers));
      await page.locator('#find-office').fill(target.office);
      await page.locator(`#find-office-list [data-office-id="${target.office}"]`).click();
      await page.locator('#office-reports-to').waitFor();
      await profiled(page, `${scenario}-office`, () => edits(page, '#office-reports-to', target.superiors));
    } else if (scenario.startsWith('pan-')) {
      await page.waitForTimeout(1000); // as the benchmark does: the map settles (simplified shapes made when idle)
      await profiled(page, scenario, () => page.evaluate(panAndZoom, { selector: '[data-testid="network-map"]', stepsPerDrag: 30, stepPx: 12 }).then((r) => ({ frames: r.frames.length })));
    } else if (scenario === 'import-large') {
      await openView(page, 'Import');
      await page.locator('input[name="import-kind"][value="figures"]').check();
      await profiled(page, scenario, async () => {
        await chooseFile(page, 'input[type="file"]', '/bench-data/figures.csv', 'figures.csv');
        await page.getByRole('button', { name: 'Check the rows' }).click({ timeout: 120_000 });
        await page.locator('#report-title').waitFor({ timeout: 120_000 });
      });
    } else if (scenario.startsWith('import-scale-')) {
      // As the import-scale benchmark: 100,000 office rows through the Import view, file chosen → report shown.
      const kind = scenario.slice('import-scale-'.length);
      await openView(page, 'Import');
      await page.locator('input[name="import-kind"][value="offices"]').check();
      await profiled(page, scenario, async () => {
        await chooseFile(page, 'input[type="file"]', `/bench-data/import-${kind}.csv`, `offices-${kind}.csv`);
        await page.getByRole('button', { name: 'Check the rows' }).click({ timeout: 300_000 });
        await page.locator('#report-title').waitFor({ timeout: 300_000 });
      });
    } else if (scenario === 'open-workspace') {
      await importWorkspace(page, 'bench-workspace.json', files.workspaceJson);
      await profiled(page, scenario, async () => {
        await page.reload();
        await waitForMapDrawn(page);
        await page.waitForFunction(() => performance.getEntriesByName('fnp:open-workspace').length > 0);
        return page.evaluate(() => ({ openWorkspace: performance.getEntriesByName('fnp:open-workspace')[0].duration, mapDrawn: performance.getEntriesByName('fnp:map-drawn')[0].startTime }));
      });
    } else if (scenario === 'open-large-scenario') {
      const label = largeChanges.toLocaleString('en');
      await importLargeWorkspace(page, largeScenarioJson, label, 600_000);
      await profiled(page, scenario, async () => {
        await page.reload();
        await waitForMapDrawn(page, 300_000);
        await page.getByRole('button', { name: `Changes (${label})` }).waitFor({ timeout: 300_000 });
        return { opened: await page.evaluate(() => performance.now()) };
      });
    } else throw new Error(`unknown scenario ${scenario}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
