// Offline use: after one visit the service worker has the whole build, so the app opens,
// reloads and edits with the network off — and the edit is still there on the next reload.
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildApp, copyProject, servePreview, type PreviewServer } from './appBuilds';
import { expect, openMap, SCREENSHOTS, test } from './fixtures';
import { guardPage } from './pageGuards';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app loads, reloads and edits a scenario with the network off', async ({ guarded: page, context }) => {
  await openMap(page);
  // The worker takes control once it has stored every file of the build.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('summary-line')).toContainText('48');

  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText(/Saved · \d+ problems/)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(/.+/);
  // A view loaded on demand was never opened online, and still opens offline.
  await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await context.setOffline(false);
});

// Not the guarded page: this test provokes a violation on purpose.
test('the built page carries a Content-Security-Policy that keeps requests on its own origin', async ({ page }) => {
  await openMap(page);
  const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  expect(policies[0]).toContain("default-src 'self'");
  expect(policies[0]).toContain("script-src 'self'");
  // Until the user turns the online basemap on, a second policy shuts out the tile host.
  expect(policies).toContain("img-src 'self' data: blob:; connect-src 'self'");
  const blocked = await page.evaluate(() => fetch('https://tile.openstreetmap.org/0/0/0.png').then(() => 'fetched', () => 'blocked'));
  expect(blocked).toBe('blocked');
});

/** Every file of a build the service worker must hold: all but the worker itself and source maps. */
function filesOfBuild(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesOfBuild(dir, path);
    return path === 'sw.js' || path.endsWith('.map') ? [] : [path];
  });
}

/** Addresses the page's service worker caches, without Workbox's revision parameter; the page as index.html. */
async function cachedAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const addresses: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        if (url.pathname === '/') url.pathname = '/index.html';
        addresses.push(url.href);
      }
    }
    return addresses.sort();
  });
}

const buildMarker = (page: Page) => page.locator('meta[name="fnp-build"]');
const robotsText = (page: Page) => page.evaluate(() => fetch('/robots.txt').then((response) => response.text()));

// The hand-written worker this replaced named its cache after the build's file *names*, so a
// change to index.html (its security policy, say) or to a file of public/ never reached anyone
// who had the app already. Two real builds, served one after the other on the same address.
test('a new build of index.html and public/ is offered, applied when accepted, and works offline', async ({ page, context }) => {
  test.setTimeout(360_000);
  // Its own address: the server is replaced mid-test, as a deployment would replace a site.
  const port = Number(process.env.E2E_PORT ?? 4317) + 100;
  // Version B differs from A in one file of public/ and in the page itself, nothing else. It is
  // built in a copy of its own while version A is tested; A, the unchanged sources, is the
  // checkout's own build when `npm test` has just made it (else it is built too).
  const project = copyProject();
  const projectB = copyProject();
  appendFileSync(join(projectB.dir, 'public/robots.txt'), '# build B\n');
  const pageFile = join(projectB.dir, 'index.html');
  writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace('<title>', '<meta name="fnp-build" content="B" />\n    <title>'));
  const builtB = buildApp(projectB.dir, 'build-b');
  builtB.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  let server: PreviewServer | null = null;
  try {
    await buildApp(project.dir, 'build-a');
    server = await servePreview(project.dir, 'build-a', port);
    const guards = await guardPage(page, new URL(server.url).origin);

    await page.goto(server.url);
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Everything of the build is kept, and nothing from anywhere else.
    const expected = filesOfBuild(join(project.dir, 'build-a')).map((file) => new URL(file, server?.url).href);
    expect(await cachedAddresses(page)).toEqual(expected.sort());
    await expect(buildMarker(page)).toHaveCount(0);

    // Version B replaces A on the same address.
    await builtB;
    await server.stop();
    server = await servePreview(projectB.dir, 'build-b', port);

    // Revisit: the old version opens (from the worker) and offers the new one.
    await page.reload();
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
    const offer = page.getByRole('status').filter({ hasText: 'A new version of the planner is ready' });
    await expect(offer).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/update-offered.png` });
    // "Later" puts it off; the page is not reloaded and stays on the version in use.
    await offer.getByRole('button', { name: 'Later' }).click();
    await expect(offer).toBeHidden();
    await expect(buildMarker(page)).toHaveCount(0);
    expect(await robotsText(page)).not.toContain('# build B');
    // Never forced: a reload still gets the old version, and the offer again.
    await page.reload();
    await expect(offer).toBeVisible();
    await expect(buildMarker(page)).toHaveCount(0);

    // Accepted: the page reloads on its own into the new version.
    await offer.getByRole('button', { name: 'Reload to update' }).click();
    await expect(buildMarker(page)).toHaveAttribute('content', 'B');
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
    await expect(offer).toBeHidden();
    expect(await robotsText(page)).toContain('# build B');
    const expectedB = filesOfBuild(join(projectB.dir, 'build-b')).map((file) => new URL(file, server?.url).href);
    await expect.poll(() => cachedAddresses(page)).toEqual(expectedB.sort());

    // And the new version opens with the network off.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
    await expect(buildMarker(page)).toHaveAttribute('content', 'B');
    expect(await robotsText(page)).toContain('# build B');
    await context.setOffline(false);

    expect(guards.consoleErrors, 'console errors').toEqual([]);
    expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
    expect(guards.policyViolations, 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.setOffline(false);
    await server?.stop();
    await builtB.catch(() => undefined);
    project.remove();
    projectB.remove();
  }
});
