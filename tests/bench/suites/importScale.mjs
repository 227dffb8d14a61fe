// (h) Import at scale: the same number of office rows, all valid against all bad, through the
// app's Import view in the built app (read + check in the worker, report shown): time from
// choosing the file to the report, and the longest main-thread task on the way (PerformanceObserver
// 'longtask'). Budgets (issue 14): bad rows take at most 2× the time of good rows, and no task
// on the page's main thread runs over 100 ms. IMPORT_SCALE_RUNS=1 for a single run (e.g. of an
// older build, through FNP_OUT_DIR and --skip-build), IMPORT_SCALE_TIMEOUT (ms) for a slow one.
import { chooseFile, longTasksBetween, newContext, openView, waitForMapDrawn } from '../lib/browser.mjs';
import { figure } from '../lib/results.mjs';
import { max, median } from '../lib/stats.mjs';

/** One import through the UI: file chosen → mapping shown, then "Check the rows" → report shown. */
async function timeImport(page, url, fileName, timeout) {
  await openView(page, 'Import');
  await page.locator('input[name="import-kind"][value="offices"]').check();
  // The page notes when the mapping step and the report appear (a MutationObserver), so the
  // figure does not depend on how often Playwright polls.
  await page.evaluate(() => {
    const seen = {};
    Object.defineProperty(window, '__benchImportScale', { value: seen, configurable: true });
    new MutationObserver(() => {
      const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent?.trim());
      if (seen.mapped === undefined && buttons.includes('Check the rows')) seen.mapped = performance.now();
      if (seen.reported === undefined && document.getElementById('report-title')) seen.reported = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  // The map's own start-up work (drawn, then tooltips bound) is over before the import begins:
  // half a second without a long task.
  await page.waitForFunction(() => {
    const last = window.__benchLongTasks.at(-1);
    return performance.now() - (last ? last.start + last.duration : 0) > 500;
  }, null, { timeout, polling: 100 });
  const chosen = await chooseFile(page, 'input[type="file"]', url, fileName);
  await page.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout });
  const checkAt = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check the rows');
    const at = performance.now();
    button.click();
    return at;
  });
  await page.waitForFunction(() => window.__benchImportScale.reported !== undefined, null, { timeout, polling: 100 });
  const seen = await page.evaluate(() => window.__benchImportScale);
  const summary = await page.locator('section[aria-labelledby="report-title"] p').first().textContent();
  const tasks = await longTasksBetween(page, chosen, seen.reported);
  return { read: seen.mapped - chosen, check: seen.reported - checkAt, total: seen.mapped - chosen + (seen.reported - checkAt), longestTask: tasks.longest, summary: summary?.trim() ?? '' };
}

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = ['import-scale.good', 'import-scale.bad', 'import-scale.ratio', 'import-scale.good-longest-task', 'import-scale.bad-longest-task'];

export async function importScaleSuite({ browser, server, sizes, importRuns }) {
  const rows = sizes.importScaleRows;
  const group = `Import at scale: ${rows.toLocaleString('en')} office rows, all valid vs all bad`;
  const timeout = Number(process.env.IMPORT_SCALE_TIMEOUT ?? 600_000);
  const samples = { good: [], bad: [] };
  const runs = Number(process.env.IMPORT_SCALE_RUNS ?? importRuns);
  for (let run = 0; run < runs; run++) {
    for (const kind of ['good', 'bad']) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await waitForMapDrawn(page);
      samples[kind].push(await timeImport(page, `/bench-data/import-${kind}.csv`, `offices-${kind}.csv`, timeout));
      await context.close();
    }
  }
  const detail = (list) => `read ${median(list.map((s) => s.read)).toFixed(0)} ms + check ${median(list.map((s) => s.check)).toFixed(0)} ms, UI to UI; ${list.length} run(s); "${list[0].summary.slice(0, 90)}"`;
  const good = median(samples.good.map((s) => s.total));
  const bad = median(samples.bad.map((s) => s.total));
  return [
    figure(group, 'import-scale.good', 'All valid: file chosen → report shown (median)', good, 'ms', null, detail(samples.good)),
    figure(group, 'import-scale.bad', 'All bad: file chosen → report shown (median)', bad, 'ms', null, detail(samples.bad)),
    figure(group, 'import-scale.ratio', 'All bad ÷ all valid', bad / good, '×', { max: 2 }),
    figure(group, 'import-scale.good-longest-task', 'All valid: longest main-thread task', max(samples.good.map((s) => s.longestTask)), 'ms', { max: 100 }),
    figure(group, 'import-scale.bad-longest-task', 'All bad: longest main-thread task', max(samples.bad.map((s) => s.longestTask)), 'ms', { max: 100 }),
  ];
}
