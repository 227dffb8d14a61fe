// The large network, loaded through the app's own import path (Import view → "Replace the
// data set"): 5,000 synthetic offices over the embedded countries. Then, in the same
// browser profile:
//   (b) first map of the page with the large data set in use, against the default data set's,
//       reloaded alternately in two pages of the same browser (≤ 2×)
//   (c) edit → map and panel updated (≤ 100 ms)
//   (d) pan and zoom with 5,000 markers and their reporting lines: frame times, long tasks
//   (e) import of a 100,000-row figures CSV: ours (read + validate, in the app's worker) against
//       plain PapaParse on the same file in the same browser; the longest main-thread task
//   (g) JS heap after loading the network and 50 stored scenarios
import { chooseFile, heapAfterGc, importOfficeList, importWorkspace, longTasksBetween, newContext, openView, waitForMapDrawn } from '../lib/browser.mjs';
import { figure } from '../lib/results.mjs';
import { max, median, min } from '../lib/stats.mjs';
import { autosaveFigure, editFigures, panFigures, timeEdits, timePanAndZoom } from './editing.mjs';
import { reloadAndTimeOpening } from './workspace.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'first-load.large',
  'first-load.large-ratio',
  'edit.large.country-edit',
  'edit.large.office-edit',
  'autosave.large',
  'pan.p95-frame',
  'pan.longest-task',
  'import.ours',
  'import.papaparse',
  'import.ratio',
  'import.longest-task',
  'heap.large-50',
  'heap.large-50-scored',
];

/** Ours, through the UI: file chosen → mapping shown, then "Check the rows" → report shown. */
async function timeFiguresImport(page) {
  await openView(page, 'Import');
  await page.locator('input[name="import-kind"][value="figures"]').check();
  // The page notes when the mapping step and the report appear (a MutationObserver), so the
  // figure does not depend on how often Playwright polls.
  await page.evaluate(() => {
    const seen = {};
    Object.defineProperty(window, '__benchImport', { value: seen, configurable: true });
    new MutationObserver(() => {
      const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent?.trim());
      if (seen.mapped === undefined && buttons.includes('Check the rows')) seen.mapped = performance.now();
      if (seen.reported === undefined && document.getElementById('report-title')) seen.reported = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const chosen = await chooseFile(page, 'input[type="file"]', '/bench-data/figures.csv', 'figures-100k.csv');
  await page.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout: 120_000 });
  const checkAt = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check the rows');
    const at = performance.now();
    button.click();
    return at;
  });
  await page.waitForFunction(() => window.__benchImport.reported !== undefined, null, { timeout: 120_000, polling: 50 });
  const seen = await page.evaluate(() => window.__benchImport);
  const read = seen.mapped - chosen;
  const validate = seen.reported - checkAt;
  const tasks = await longTasksBetween(page, chosen, seen.reported);
  return { read, validate, total: read + validate, longestTask: tasks.longest };
}

/** Plain PapaParse on the same file, in the same browser: file → text → rows. */
async function timePapaParse(page, server, repeats) {
  await page.goto(`${server.url}/reference/papaparse.html`);
  return page.evaluate(async (repeats) => {
    const blob = await (await fetch('/bench-data/figures.csv')).blob();
    const file = new File([blob], 'figures.csv', { type: 'text/csv' });
    const times = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const text = await file.text();
      const rows = window.Papa.parse(text, { skipEmptyLines: true }).data.length;
      times.push(performance.now() - start);
      if (rows < 2) throw new Error('PapaParse read no rows');
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  }, repeats);
}

/** Reloads the page and returns the time to its drawn map. */
async function reloadToMap(page) {
  await page.reload();
  return waitForMapDrawn(page, 120_000);
}

/** (b) The first map with the large data set in use (`page`), against the default data set's, alternately. */
async function timeLargeFirstMap(browser, page, url, runs, group) {
  const defaultContext = await newContext(browser);
  const defaultPage = await defaultContext.newPage();
  await defaultPage.goto(url);
  await waitForMapDrawn(defaultPage);
  const large = [];
  const standard = [];
  for (let i = 0; i < runs; i++) {
    large.push(await reloadToMap(page));
    standard.push(await reloadToMap(defaultPage));
  }
  await defaultContext.close();
  const spread = (values) => `min ${min(values).toFixed(0)}, max ${max(values).toFixed(0)} ms, ${values.length} reloads`;
  return [
    figure(group, 'first-load.large', 'Reload → map drawn, 5,000-office data set in use (median)', median(large), 'ms', null, `${spread(large)}; default data set: median ${median(standard).toFixed(0)} ms, ${spread(standard)}`),
    figure(group, 'first-load.large-ratio', 'Its first map ÷ the default data set\'s (same run, alternately)', median(large) / median(standard), '×', { max: 2 }),
  ];
}

export async function largeNetworkSuite({ browser, server, files, sizes, edits, importRuns, panRuns, panSteps, runs, smoke }) {
  const group = `Large network (${sizes.offices.toLocaleString('en')} offices, ${files.largeCountryCount} countries)`;
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForMapDrawn(page);
  const loadStart = Date.now();
  await importOfficeList(page, 'synthetic-offices.csv', '/bench-data/offices-large.csv');
  const loadSeconds = (Date.now() - loadStart) / 1000;
  const summary = await page.getByTestId('summary-line').textContent();

  // (b) first map with the large data set in use
  const firstMap = await timeLargeFirstMap(browser, page, `${server.url}/`, smoke ? 1 : Math.min(runs, 5), group);

  // (c) edits
  const samples = await timeEdits(page, { ...files.largeEdits, count: edits, warmUp: smoke ? 0 : 3 });
  const rows = [...firstMap, ...editFigures(group, 'edit.large', samples, 100, `${sizes.offices.toLocaleString('en')} offices`), autosaveFigure(group, 'autosave.large', 'Autosave of a change (median)', samples, null)];

  // (d) pan and zoom: the scenario shows every office, marker and reporting line
  const pan = await timePanAndZoom(page, `${server.url}/`, { runs: panRuns, steps: panSteps, quick: smoke });
  rows.push(...panFigures(group, 'pan', pan, { max: 50, text: 'none over 50 ms' }));

  // (e) 100,000-row import, then plain PapaParse on the same file
  const imports = [];
  for (let i = 0; i < importRuns; i++) {
    await page.goto(`${server.url}/`);
    await waitForMapDrawn(page);
    imports.push(await timeFiguresImport(page));
  }
  const papa = [];
  for (let i = 0; i < importRuns; i++) papa.push(await timePapaParse(page, server, smoke ? 1 : 3));
  const ours = median(imports.map((s) => s.total));
  const papaMs = median(papa);
  rows.push(
    figure(group, 'import.ours', `Import ${sizes.figureRows.toLocaleString('en')}-row figures CSV: read + validate (worker, median)`, ours, 'ms', null, `read ${median(imports.map((s) => s.read)).toFixed(0)} ms + validate ${median(imports.map((s) => s.validate)).toFixed(0)} ms, UI to UI; ${importRuns} runs`),
    figure(group, 'import.papaparse', 'Plain PapaParse, same file, same browser (median)', papaMs, 'ms', null, 'File → text → Papa.parse, main thread'),
    figure(group, 'import.ratio', 'Import ÷ plain PapaParse', ours / papaMs, '×', { max: 2 }),
    figure(group, 'import.longest-task', 'Import: longest main-thread long task', max(imports.map((s) => s.longestTask)), 'ms', { max: 100 }),
  );

  // (g) heap with 50 scenarios stored on the large network
  await page.goto(`${server.url}/`);
  await waitForMapDrawn(page);
  await importWorkspace(page, 'bench-large-workspace.json', files.largeWorkspaceJson, 120_000, { carriesDataset: true });
  await openView(page, 'Map');
  const opened = await reloadAndTimeOpening(page);
  await page.waitForTimeout(smoke ? 100 : 500);
  const heapMap = await heapAfterGc(page);
  await openView(page, 'Compare');
  await page.waitForTimeout(smoke ? 200 : 1000);
  const heapScored = await heapAfterGc(page);
  rows.push(
    figure(group, 'heap.large-50', `JS heap: large network + ${sizes.heapScenarios} scenarios, map view`, heapMap, 'MB', null, `after a full GC (CDP); workspace opened in ${opened.open.toFixed(0)} ms; data set replaced through the Import view in ${loadSeconds.toFixed(1)} s ("${summary?.trim()}")`),
    figure(group, 'heap.large-50-scored', `JS heap: same, after the Compare view scored all ${sizes.heapScenarios}`, heapScored, 'MB', null),
  );
  await context.close();
  return rows;
}
