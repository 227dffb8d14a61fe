import { createServer as createViteServer } from 'vite';
import { launchBrowser, newContext, chooseFile, waitForMapDrawn, openView } from './lib/browser.mjs';
import { startBenchServer } from './lib/benchServer.mjs';
const root = '/work/wt/importscale/';
const rows = Number(process.argv[2] ?? 20000);
const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
const { importScaleFiles } = await vite.ssrLoadModule('/tests/bench/importScaleData.ts');
const files = importScaleFiles(rows);
await vite.close();
const server = await startBenchServer({ root, appDir: root + 'dist-bench', port: 4454, generated: new Map([['/bench-data/import-bad.csv', files.badCsv], ['/bench-data/import-good.csv', files.goodCsv]]) });
const browser = await launchBrowser();
try {
  for (const kind of ['good', 'bad']) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await waitForMapDrawn(page);
    await openView(page, 'Import');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t0 = await chooseFile(page, 'input[type="file"]', `/bench-data/import-${kind}.csv`, 'x.csv');
    await page.getByRole('button', { name: 'Check the rows' }).click({ timeout: 300000 });
    await page.locator('#report-title').waitFor({ timeout: 300000 });
    const { profile } = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate((t0) => window.__benchLongTasks.filter((t) => t.start >= t0 - 5).map((t) => `${(t.start - t0).toFixed(0)}+${t.duration.toFixed(0)}`), t0);
    console.log(kind, 'long tasks (start after choose + duration):', tasks.join(' '));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0)); });
    [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).forEach(([k, t]) => console.log('   ', (t / 1000).toFixed(0).padStart(6), k));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stacks = new Map();
    profile.samples.forEach((s, i) => {
      const frames = [];
      for (let id = s; id !== undefined; id = parent.get(id)) { const n = byId.get(id); if (n.callFrame.url) frames.push(`${n.callFrame.functionName || '?'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`); }
      const key = frames.slice(0, 9).join(' < ');
      if (key) stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 6).forEach(([k, t]) => console.log('  STACK', (t / 1000).toFixed(0), k));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
