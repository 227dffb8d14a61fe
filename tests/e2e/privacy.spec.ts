// Nothing leaves the browser: over a whole working session (load, edit, import, export)
// every request goes to the app's own origin. Only the user's own choice of the online
// basemap lets the page fetch map tiles from OpenStreetMap, and then only tiles.
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

const CSV = ['Office code,Office name,City,ISO3,Region,Office type,Latitude,Longitude,Parent,Countries covered', 'NEW-GHA,Kumasi office,Kumasi,GHA,Africa,Country Office,6.69,-1.62,AFR-NGA,TGO'].join('\n');

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('a full session (load, edit, import, export) makes no request to another origin', async ({ guarded: page, baseURL }) => {
  const urls = recordRequests(page);
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByText(/Saved · \d+ problems/)).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('input[type="file"]').first().setInputFiles({ name: 'offices.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('heading', { name: /offices\.csv/ })).toBeVisible();

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Export map' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);

  const origin = new URL(baseURL ?? '').origin;
  const elsewhere = urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(urls.length).toBeGreaterThan(10);
  expect(elsewhere).toEqual([]);
});

// Not the guarded page: this test expects requests to the tile host.
test('turning on the OpenStreetMap background is the one thing that fetches tiles, and only tiles', async ({ page }) => {
  const tiles: string[] = [];
  const violations: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    // A 1×1 transparent PNG: there is no internet here, and the test is about who asks.
    return route.fulfill({ contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await openMap(page);
  expect(tiles).toEqual([]);
  await page.getByLabel('OpenStreetMap background').check();
  // The first time, the page reloads under the policy that lets the tile host in.
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(tiles.every((url) => /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
  expect(violations).toEqual([]);
  await expect(page.getByLabel('OpenStreetMap background')).toBeChecked();
});
