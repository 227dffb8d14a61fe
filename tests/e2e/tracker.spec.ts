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

test('the roadmap is one Tab stop per row; a date is edited from the keyboard alone and saved once', async ({ guarded: page }) => {
  test.setTimeout(120_000);
  await openMap(page);
  await page.getByRole('button', { name: 'Tracker' }).press('Enter');
  const grid = page.getByRole('grid', { name: 'Roadmap items with status, owner, dates and notes' });
  await expect(grid).toBeVisible();
  const rows = await grid.locator('tbody tr').count();
  expect(rows).toBeGreaterThan(10);

  // Tab from the tracker's title to the end of the tracker, counting the stops (a date field's parts each take one).
  await page.getByRole('button', { name: 'Export tracker CSV' }).focus();
  const stops = { inGrid: 0, all: 0 };
  for (let press = 0; press < 400; press += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return { inTracker: !!el?.closest('.tracker-screen'), inGrid: !!el?.closest('[role="grid"]') };
    });
    if (!where.inTracker) break;
    stops.all += 1;
    if (where.inGrid) stops.inGrid += 1;
  }
  expect(stops.inGrid, 'one Tab stop per roadmap row').toBe(rows);
  expect(stops.all, 'Tab stops through the whole tracker').toBeLessThan(100);

  // Into the grid: the first row's title; the arrows move along the row, the cell says its value.
  await page.getByRole('button', { name: 'Export tracker CSV' }).focus();
  await page.keyboard.press('Tab'); // the spreadsheet download
  await page.keyboard.press('Tab');
  const firstTitle = grid.locator('tbody tr').first().getByRole('rowheader');
  await expect(firstTitle).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const row = grid.locator('tbody tr').nth(1);
  await expect(row.getByRole('rowheader')).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  const plannedEnd = row.getByRole('gridcell').nth(2);
  await expect(plannedEnd).toBeFocused();
  const field = plannedEnd.locator('input[type="date"]');
  const before = await field.inputValue();

  // Escape cancels: Enter, type a date, Escape: the cell has the focus again and nothing changed.
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type('03152027');
  await page.keyboard.press('Escape');
  await expect(plannedEnd).toBeFocused();
  await expect(field).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // F2, type 20 November 2026 part by part, Enter: one change, the cell says the date in words.
  await page.keyboard.press('F2');
  await expect(field).toBeFocused();
  await page.keyboard.type('11202026');
  await page.keyboard.press('Enter');
  await expect(plannedEnd).toBeFocused();
  await expect(field).toHaveValue('2026-11-20');
  await expect(plannedEnd).toHaveAccessibleName('November 20, 2026');
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…?|Not saved)/ })).toHaveText('Saved');
  // Exactly one edit: one Undo gives back the old date, and there is nothing left to undo.
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.locator('section[aria-labelledby="roadmap-title"]').screenshot({ path: `${SCREENSHOTS}/tracker-grid.png` });
});

test('in Arabic the timeline labels keep to their side: titles left of the chart, "no date yet" clear of its axis', async ({ guarded: page }) => {
  await page.addInitScript(() => localStorage.setItem('fnp-language', 'ar'));
  await openMap(page);
  await page.locator('nav button').filter({ hasText: 'متابعة الإصلاح' }).click();
  const chart = page.locator('figure.chart svg').first();
  await expect(chart).toBeVisible();
  const boxes = await chart.locator('g > text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = (text as SVGTextElement).getBBox();
      return { text: text.textContent ?? '', x: Number(text.getAttribute('x')), left: box.x, right: box.x + box.width };
    }),
  );
  const titles = boxes.filter((b) => b.x === -8);
  const noDate = boxes.filter((b) => b.x === 10);
  expect(titles.length).toBeGreaterThan(10);
  for (const title of titles) expect(title.right, title.text).toBeLessThanOrEqual(0);
  expect(noDate.length).toBeGreaterThan(0);
  for (const label of noDate) expect(label.left, label.text).toBeGreaterThanOrEqual(5);
  await chart.screenshot({ path: `${SCREENSHOTS}/tracker-timeline-ar.png` });
});
