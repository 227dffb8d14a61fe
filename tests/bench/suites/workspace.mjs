// (f) Opening a workspace of 200 scenarios (default data): the backup is imported through the
// Scenarios view, then the page is reloaded and the store's own measure of reading and
// restoring every scenario ("fnp:open-workspace") is taken, with the first drawn map.
import { importWorkspace, newContext, waitForMapDrawn } from '../lib/browser.mjs';
import { figure } from '../lib/results.mjs';
import { max, median } from '../lib/stats.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'workspace.open-200',
  'workspace.first-map-200',
];

const GROUP = 'Workspace';

/** Reloads and returns the store's "open workspace" measure and the first map time. */
export async function reloadAndTimeOpening(page) {
  await page.reload();
  const map = await waitForMapDrawn(page);
  await page.waitForFunction(() => performance.getEntriesByName('fnp:open-workspace').length > 0, null, { timeout: 60_000, polling: 50 });
  const open = await page.evaluate(() => performance.getEntriesByName('fnp:open-workspace')[0].duration);
  return { open, map };
}

export async function workspaceSuite({ browser, server, files, sizes, runs }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForMapDrawn(page);
  await importWorkspace(page, 'bench-workspace.json', files.workspaceJson);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await reloadAndTimeOpening(page));
  await context.close();
  const opens = samples.map((s) => s.open);
  const maps = samples.map((s) => s.map);
  return [
    figure(GROUP, 'workspace.open-200', `Open a workspace of ${sizes.workspaceScenarios} scenarios (read + restore, median)`, median(opens), 'ms', { max: 300 }, `max ${max(opens).toFixed(0)} ms over ${runs} reloads; each scenario: two-tier start + ${sizes.editsPerScenario} recorded edits`),
    figure(GROUP, 'workspace.first-map-200', `First drawn map with ${sizes.workspaceScenarios} scenarios stored (median)`, median(maps), 'ms', null),
  ];
}
