// The reform tracker end to end: a new progress report, a status set as of it, kept across a
// reload and shown in the chart; roadmap lateness against today; undo.
import { SCREENSHOTS, expect, openMap, test } from './fixtures';

test('a recommendation status set for a new report survives a reload and shows in the chart', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tracker' }).click();
  await expect(page.getByRole('heading', { name: /Oversight recommendations/ })).toBeVisible();
  const recommendations = page.locator('section[aria-labelledby="recs-title"] > table tbody tr');
  await expect(recommendations).toHaveCount(10);
  await expect(page.getByRole('heading', { name: /Roadmap \(\d+ late\)/ })).toBeVisible();

  await page.getByLabel('Report title').fill('IDB.53 progress report');
  await page.getByLabel('Date', { exact: true }).fill('2025-11-20');
  await page.getByRole('button', { name: 'Add a report' }).click();
  await expect(page.getByRole('heading', { name: /status as of IDB.53 progress report/ })).toBeVisible();
  const status = page.getByLabel('Status of recommendation 1 as of IDB.53 progress report');
  const before = await status.inputValue();
  const after = before === 'accepted-implemented' ? 'noted' : 'accepted-implemented';
  await status.selectOption(after);
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…?|Not saved)/ })).toHaveText('Saved');

  await page.reload();
  await page.getByRole('button', { name: 'Tracker' }).click();
  await expect(page.getByLabel('Status of recommendation 1 as of IDB.53 progress report')).toHaveValue(after);
  // The chart's text alternative gives each report's counts: the new report differs from IDB.48.
  const chart = page.getByRole('img', { name: /Status counts per report/ });
  const label = (await chart.getAttribute('aria-label')) ?? '';
  const [first, second] = label.split('; ');
  expect(second).toMatch(/^IDB.53 progress report: /);
  expect(second?.replace(/^[^:]+: /, '')).not.toBe(first?.replace(/^[^:]+: /, ''));
  await page.setViewportSize({ width: 1440, height: 2600 });
  await page.screenshot({ path: `${SCREENSHOTS}/tracker.png` });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Status of recommendation 1 as of IDB.53 progress report')).toHaveValue(before);
});
