// (h) Opening a scenario of 100,000 changes (default data; one office opened every 50 changes,
// the rest moving countries, renaming, retiering, annotating): the workspace backup holding it
// is imported through the Scenarios view, then the page is reloaded, as a user reopening the
// app, and timed from navigation to the map drawn and the change log showing the scenario; the
// longest main-thread task of that opening is the responsiveness figure (budget: 100 ms).
// Plus, in Node: deriveNetwork + describeChanges at 1k, 10k and 100k changes, to show the
// replay grows linearly (the 100k ÷ 10k ratio stays near 10).
import { createServer as createViteServer } from 'vite';
import { longTasksBetween, newContext, openView, waitForMapDrawn } from '../lib/browser.mjs';
import { figure } from '../lib/results.mjs';
import { max, median } from '../lib/stats.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'replay.node.small', 'replay.node.medium', 'replay.node.large', 'replay.node.growth',
  'large-scenario.open', 'large-scenario.open-longest-task', 'large-scenario.log', 'large-scenario.log-longest-task',
];
/** The Node replay runs three sizes (1k, 10k, 100k changes; smaller in the smoke run): rows are named by rank. */
const SIZE_NAMES = ['small', 'medium', 'large'];

const GROUP = 'Large scenario (100,000 changes)';

/** The generator and the replay functions, through Vite (Node 20 cannot load .ts). */
async function loadModules(root) {
  const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const load = (path) => vite.ssrLoadModule(path);
    return {
      generator: await load('/tests/bench/largeScenario.ts'),
      apply: await load('/src/lib/scenario/applyChange.ts'),
      describe: await load('/src/lib/scenario/describeChange.ts'),
      dataset: await load('/src/lib/io/defaultDataset.ts'),
    };
  } finally {
    await vite.close();
  }
}

/** Median time of deriveNetwork + describeChanges over `repeats` runs, in ms. */
function timeReplay({ apply, describe }, baseline, changes, repeats) {
  const samples = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    apply.deriveNetwork(baseline, changes);
    describe.describeChanges(baseline, changes);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function nodeFigures(modules, sizes, repeats) {
  const loaded = modules.dataset.loadDefaultNetwork();
  if (!loaded.ok) throw new Error('The embedded data set does not load.');
  const baseline = loaded.network;
  const times = sizes.map((n) => timeReplay(modules, baseline, modules.generator.largeScenario(n, baseline).changes, repeats));
  const rows = sizes.map((n, i) => figure(GROUP, `replay.node.${SIZE_NAMES[i]}`, `Node: deriveNetwork + describeChanges, ${n.toLocaleString('en')} changes (median)`, times[i], 'ms', null, `${repeats} runs`));
  const last = sizes.length - 1;
  const ratio = times[last] / times[last - 1];
  const growth = sizes[last] / sizes[last - 1];
  rows.push(figure(GROUP, 'replay.node.growth', `Node: time ratio ${sizes[last].toLocaleString('en')} ÷ ${sizes[last - 1].toLocaleString('en')} changes (linear = ${growth})`, ratio, '×', { max: growth * 1.5, text: `≤ ${growth * 1.5}× (linear, with slack)` }));
  return rows;
}

/** Notes in the page when the change log first shows the scenario's `count` changes. */
function watchLog(countText) {
  new MutationObserver((_, observer) => {
    const heading = document.getElementById('log-title');
    if (heading?.textContent?.includes(countText)) {
      Object.defineProperty(window, '__benchLogShown', { value: performance.now() });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Replaces the workspace with a backup of tens of megabytes through the Scenarios view: the text
 * reaches the page in parts (one DevTools message for all of it times out) and is chosen as a
 * File in the input, as a user would.
 */
export async function importLargeWorkspace(page, json, count, timeout) {
  await openView(page, 'Scenarios');
  await page.evaluate(() => Object.defineProperty(window, '__benchParts', { value: [], configurable: true }));
  for (let i = 0; i < json.length; i += 4_000_000) await page.evaluate((part) => window.__benchParts.push(part), json.slice(i, i + 4_000_000));
  await page.evaluate(() => {
    const input = document.querySelector('input[type="file"][accept^=".json"]');
    const transfer = new DataTransfer();
    transfer.items.add(new File(window.__benchParts, 'large-scenario.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my workspace', exact: true }).click({ timeout });
  await page.getByRole('dialog').waitFor({ state: 'hidden', timeout });
  // The dialog closes when the restore starts; the scenario's card shows once it is stored. A
  // reload before then would abort the restore (all or nothing: nothing is written).
  await page.getByRole('heading', { name: `${count} changes (open)` }).waitFor({ timeout });
}

/**
 * Reloads and times the opening: to the map drawn with the scenario's tab "Changes (N)", and the
 * longest task up to then; then the change log, opened from that tab (it is described on first view).
 */
async function reopen(page, countText) {
  await page.reload();
  const map = await waitForMapDrawn(page, 300_000);
  const tab = page.getByRole('button', { name: `Changes ${countText}` });
  await tab.waitFor({ timeout: 300_000 });
  const opened = await page.evaluate(() => performance.now());
  const openTasks = await longTasksBetween(page, 0, opened);
  const clickedAt = await page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    const at = performance.now();
    button?.click();
    return at;
  }, `Changes ${countText}`);
  await page.waitForFunction(() => window.__benchLogShown !== undefined, null, { timeout: 300_000, polling: 100 });
  const shown = await page.evaluate(() => window.__benchLogShown);
  const logTasks = await longTasksBetween(page, clickedAt, shown);
  return { map, opened, openLongest: openTasks.longest, openCount: openTasks.count, log: shown - clickedAt, logLongest: logTasks.longest };
}

async function browserFigures(browser, server, count, json, runs) {
  const label = count.toLocaleString('en');
  const rows = [];
  const context = await newContext(browser);
  await context.addInitScript(watchLog, `(${count.toLocaleString('en')})`);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForMapDrawn(page);
  await importLargeWorkspace(page, json, label, 600_000);
  const samples = [];
  for (let i = 0; i < Math.min(runs, 3); i++) samples.push(await reopen(page, `(${count.toLocaleString('en')})`));
  await context.close();
  rows.push(
    figure(GROUP, 'large-scenario.open', `Open a ${label}-change scenario: navigation → map drawn with it (median)`, median(samples.map((s) => s.opened)), 'ms', null, `map drawn at ${median(samples.map((s) => s.map)).toFixed(0)} ms; backup ${(json.length / 1e6).toFixed(1)} MB; ${samples.length} reloads`),
    figure(GROUP, 'large-scenario.open-longest-task', `Open a ${label}-change scenario: longest main-thread task`, max(samples.map((s) => s.openLongest)), 'ms', { max: 100 }, `${max(samples.map((s) => s.openCount))} long tasks (> 50 ms) at most in one opening`),
    figure(GROUP, 'large-scenario.log', `Its change log: tab clicked → log shown (median)`, median(samples.map((s) => s.log)), 'ms', null),
    figure(GROUP, 'large-scenario.log-longest-task', 'Its change log: longest main-thread task', max(samples.map((s) => s.logLongest)), 'ms', { max: 100 }),
  );
  return rows;
}

export async function largeScenarioSuite({ browser, root, server, runs, smoke }) {
  const count = smoke ? 2000 : 100_000;
  const modules = await loadModules(root);
  const rows = nodeFigures(modules, smoke ? [500, 1000, 2000] : [1000, 10_000, 100_000], smoke ? 1 : 3);

  const label = count.toLocaleString('en');
  try {
    rows.push(...(await browserFigures(browser, server, count, modules.generator.largeScenarioWorkspaceJson(count), runs)));
  } catch (error) {
    // Printed as not measured, which fails the run, with the Node figures kept.
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push(figure(GROUP, 'large-scenario.open', `Open a ${label}-change scenario`, Number.NaN, 'ms', null, `failed: ${why}`));
  }
  return rows;
}
