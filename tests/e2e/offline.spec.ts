// Offline use: after one visit the service worker has the whole build, so the app opens,
// reloads and edits with the network off — and the edit is still there on the next reload.
import { expect, openMap, test } from './fixtures';

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
