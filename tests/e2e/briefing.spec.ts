// The briefing pack end to end: its blocks for a scenario and for a comparison, accessible,
// printed with the print styles (a screenshot), and as an A4 landscape PDF of several pages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, openMap, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openPackWithScenario(page: Page): Promise<void> {
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Briefing pack' }).click();
  await expect(page.getByRole('heading', { name: 'Briefing pack', level: 2 })).toBeVisible();
}

const pages = (page: Page) => page.getByTestId('briefing-pages');

test('the pack has its cover, before/after map, scorecard, changes, assumptions, method and tracker', async ({ guarded: page }) => {
  await openPackWithScenario(page);
  const pack = pages(page);
  await expect(pack.getByRole('heading', { name: 'Briefing for Member States' })).toBeVisible();
  await expect(pack.getByText('Two-tier scenario 1').first()).toBeVisible();
  await expect(pack.getByRole('heading', { name: 'The network before and after: Two-tier scenario 1' })).toBeVisible();
  const map = pack.getByRole('img', { name: /^Map of the field network/ });
  await expect(map).toBeVisible();
  expect(await map.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(2600);
  await expect(pack.getByRole('heading', { name: 'Scorecard summary' })).toBeVisible();
  await expect(pack.getByRole('row', { name: /Overall score/ })).toBeVisible();
  // Status in words and a symbol, never colour alone.
  await expect(pack.locator('.rag').first()).toHaveText(/^[●◆▲–] \S/);
  await expect(pack.getByRole('heading', { name: 'Changes from today’s network: Two-tier scenario 1' })).toBeVisible();
  expect(await pack.locator('ol.changes li').count()).toBeGreaterThan(10);
  await expect(pack.getByRole('heading', { name: 'Planning assumptions' })).toBeVisible();
  await expect(pack.getByRole('heading', { name: 'Method note' })).toBeVisible();
  await expect(pack.getByRole('heading', { name: 'Data provenance and confidence' })).toBeVisible();
  await expect(pack.getByRole('heading', { name: 'Reform tracker' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('prints on A4 landscape pages without the app around it', async ({ guarded: page }) => {
  await openPackWithScenario(page);
  await pages(page).getByRole('img', { name: /^Map of the field network/ }).evaluate((img: HTMLImageElement) => img.decode());
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/briefing-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pageCount).toBeGreaterThan(3);
});

test('compares up to three scenarios with today’s network', async ({ guarded: page }) => {
  await openPackWithScenario(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(/.+/);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Briefing pack' }).click();
  await page.getByLabel('Comparison with today’s network').check();
  await page.getByLabel('Two-tier scenario 1').check();
  await page.getByLabel('Two-tier scenario 2').check();
  await expect(pages(page).getByRole('img', { name: /^Map of the field network/ })).toHaveCount(2);
  await expect(pages(page).getByRole('columnheader', { name: 'Two-tier scenario 2' }).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
