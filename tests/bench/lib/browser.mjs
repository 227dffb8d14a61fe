// The browser side of a benchmark run: headless Chromium with the flags that work here,
// fresh contexts, a long-task recorder in every page, and helpers to drive the app.
import { chromium } from '@playwright/test';
import { ensureChromium } from '../../support/ensure-chromium.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];
export const VIEWPORT = { width: 1440, height: 900 };

export async function launchBrowser() {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/**
 * Runs in every page before its own scripts: records long tasks (PerformanceObserver
 * 'longtask') from the very start, so a benchmark can ask for those in a time window.
 */
function recordLongTasks() {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** A fresh context (empty cache and IndexedDB), English, with the long-task recorder. */
export async function newContext(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', serviceWorkers: 'block' });
  await context.addInitScript(recordLongTasks);
  return context;
}

/** Waits for the app's (or the reference page's) "map drawn" mark; returns its time from navigation start. */
export async function waitForMapDrawn(page, timeout = 60_000) {
  await page.waitForFunction(() => performance.getEntriesByName('fnp:map-drawn').length > 0, null, { timeout, polling: 50 });
  return page.evaluate(() => performance.getEntriesByName('fnp:map-drawn')[0].startTime);
}

/** The longest long task between two page times (ms), and how many there were. */
export async function longTasksBetween(page, from, to = Infinity) {
  return page.evaluate(([a, b]) => {
    const tasks = window.__benchLongTasks.filter((t) => t.start + t.duration >= a && t.start <= b);
    return { longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0), count: tasks.length };
  }, [from, to === Infinity ? Number.MAX_VALUE : to]);
}

/** JS heap in use after a full garbage collection (CDP), in MB. */
export async function heapAfterGc(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Clicks one of the app's views in the header navigation. */
export async function openView(page, name) {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

/**
 * Chooses a file in the page's file input as a user would (a File in `input.files`, then a
 * "change" event), fetching it from the benchmark server: handing megabytes over the DevTools
 * protocol instead (Playwright's setInputFiles) would block the page's main thread by itself.
 * Returns the page time of the "change" event.
 */
export async function chooseFile(page, selector, url, fileName) {
  await page.locator(selector).waitFor({ state: 'attached' });
  return page.evaluate(async ([selector, url, fileName]) => {
    const blob = await (await fetch(url)).blob();
    const input = document.querySelector(selector);
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], fileName, { type: 'text/csv' }));
    input.files = transfer.files;
    const at = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return at;
  }, [selector, url, fileName]);
}

/**
 * Replaces the data set with an offices CSV (served at `url`) through the Import view, as a
 * user would, and waits for the reloaded map.
 */
export async function importOfficeList(page, fileName, url, timeout = 120_000) {
  await openView(page, 'Import');
  await page.locator('input[name="import-kind"][value="offices"]').check();
  await chooseFile(page, 'input[type="file"]', url, fileName);
  await page.getByRole('button', { name: 'Check the rows' }).click({ timeout });
  await page.getByRole('button', { name: 'Replace the data set with the valid rows' }).click({ timeout });
  await Promise.all([page.waitForEvent('load', { timeout }), page.getByRole('button', { name: 'Replace and reload' }).click()]);
  await waitForMapDrawn(page, timeout);
}

/** Replaces the stored scenarios with a workspace backup through the Scenarios view. */
export async function importWorkspace(page, fileName, json, timeout = 120_000, { carriesDataset = false } = {}) {
  await openView(page, 'Scenarios');
  await page.locator('input[type="file"][accept^=".json"]').first().setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(json) });
  const replace = page.getByRole('dialog').getByRole('button', { name: 'Replace my workspace', exact: true });
  if (carriesDataset) {
    // A backup that brings its data set reloads the page once it is stored (the baseline is read at start).
    await Promise.all([page.waitForEvent('load', { timeout }), replace.click({ timeout })]);
    await waitForMapDrawn(page, timeout);
    return;
  }
  await replace.click({ timeout });
  await page.getByRole('dialog').waitFor({ state: 'hidden', timeout });
}
