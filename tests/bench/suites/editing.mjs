// (c) Edit → map and panel updated, on the default data, and (f) autosave of the change:
// a two-tier scenario, a country moved between two offices through the "Covered by" select
// and an office's reporting line changed through "Reports to" (its scorecard panel open).
import { longTasksBetween, newContext, waitForMapDrawn } from '../lib/browser.mjs';
import { panAndZoom, timeSelectEdits } from '../lib/inPage.mjs';
import { figure } from '../lib/results.mjs';
import { max, median, percentile } from '../lib/stats.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'edit.default.country-edit',
  'edit.default.office-edit',
  'autosave.default',
  'pan.default.p95-frame',
  'pan.default.longest-task',
];

/**
 * Times edits in an open page that shows the map: `country` moved between `coverers`, then
 * `office` made to report to each of `superiors` in turn. Returns { country, office } samples.
 */
export async function timeEdits(page, { country, coverers, office, superiors, count, warmUp = 3 }) {
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await page.locator('#country-covered-by').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('#find-country').selectOption(country);
  await page.locator('#country-covered-by').waitFor();
  const settleMs = 40;
  const countryEdits = (await page.evaluate(timeSelectEdits, { selector: '#country-covered-by', values: coverers, count: count + warmUp, settleMs })).slice(warmUp);
  await page.locator('#find-office').fill(office);
  await page.locator(`#find-office-list [data-office-id="${office}"]`).click();
  await page.locator('#office-reports-to').waitFor();
  const officeEdits = (await page.evaluate(timeSelectEdits, { selector: '#office-reports-to', values: superiors, count: count + warmUp, settleMs })).slice(warmUp);
  return { country: countryEdits, office: officeEdits };
}

/** Figures of timed edits: work and next paint per kind, and the autosave over both. */
export function editFigures(group, prefix, samples, budgetMs, sizeLabel) {
  const describe = (list) => `p95 ${percentile(list.map((s) => s.work), 95).toFixed(1)} ms, max ${max(list.map((s) => s.work)).toFixed(1)} ms; to next paint median ${median(list.map((s) => s.toPaint)).toFixed(1)} ms; ${list.length} edits`;
  return [
    figure(group, `${prefix}.country-edit`, `Edit → map and panel updated: country's office (${sizeLabel})`, median(samples.country.map((s) => s.work)), 'ms', { max: budgetMs }, describe(samples.country)),
    figure(group, `${prefix}.office-edit`, `Edit → map, panel and office scorecard: reporting line (${sizeLabel})`, median(samples.office.map((s) => s.work)), 'ms', { max: budgetMs }, describe(samples.office)),
  ];
}

/** Autosave: from the edit to the commit in IndexedDB; the detail adds when the page itself hears of it. */
export function autosaveFigure(group, id, label, samples, budget) {
  const all = [...samples.country, ...samples.office];
  const committed = all.map((s) => s.toCommitted).filter(Number.isFinite);
  const heard = all.map((s) => s.toSaved).filter(Number.isFinite);
  return figure(group, id, label, median(committed), 'ms', budget, `edit event → row committed to IndexedDB: p95 ${percentile(committed, 95).toFixed(1)} ms, max ${max(committed).toFixed(1)} ms, ${committed.length} saves; the page (busy redrawing) hears of it after median ${median(heard).toFixed(1)} ms`);
}

/**
 * The scripted pan and zoom, `runs` times on a freshly loaded page: frame times of all runs,
 * and the longest long task of each run (the figure is the median of those, as the machine's
 * other work can make any one run stall).
 */
export async function timePanAndZoom(page, url, { runs, steps, quick = false }) {
  const frames = [];
  const longest = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await waitForMapDrawn(page);
    await page.waitForTimeout(quick ? 100 : 500);
    const pan = await page.evaluate(panAndZoom, { selector: '[data-testid="network-map"]', stepsPerDrag: steps, stepPx: 12, quick });
    const tasks = await longTasksBetween(page, pan.start, pan.end);
    frames.push(...pan.frames);
    longest.push(tasks.longest);
    count += tasks.count;
  }
  return { frames, longest, count };
}

export function panFigures(group, prefix, pan, budget) {
  return [
    figure(group, `${prefix}.p95-frame`, 'Pan and zoom: 95th percentile frame time', percentile(pan.frames, 95), 'ms', null, `median ${median(pan.frames).toFixed(1)} ms, max ${max(pan.frames).toFixed(0)} ms over ${pan.frames.length} frames (per run: 2 wheel zooms in, 4 drags, 2 zooms out, 2 diagonal drags)`),
    figure(group, `${prefix}.longest-task`, 'Pan and zoom: longest long task (median of runs)', median(pan.longest), 'ms', budget, `per run: ${pan.longest.map((t) => t.toFixed(0)).join(', ')} ms; ${pan.count} long tasks in all`),
  ];
}

export async function defaultEditingSuite({ browser, server, edits, panRuns, panSteps, smoke }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForMapDrawn(page);
  const samples = await timeEdits(page, { country: 'SOM', coverers: ['AFR-ETH', 'AFR-KEN'], office: 'AFR-SEN', superiors: ['AFR-NGA', 'AFR-CIV'], count: edits, warmUp: smoke ? 0 : 3 });
  const pan = await timePanAndZoom(page, `${server.url}/`, { runs: panRuns, steps: panSteps, quick: smoke });
  await context.close();
  const group = 'Editing (default data: 48 offices, 236 countries)';
  return [...editFigures(group, 'edit.default', samples, 16, 'default data'), autosaveFigure(group, 'autosave.default', 'Autosave of a change (median)', samples, { max: 10 }), ...panFigures(group, 'pan.default', pan, null)];
}
