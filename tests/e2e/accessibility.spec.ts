// axe-core in Chromium on every view, with the WCAG 2.2 AA rule sets (target size included).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';
import { findOffice } from './findOffice';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

test('the map view has no axe violations, with and without a selection', async ({ guarded: page }) => {
  await openMap(page);
  expect(await violations(page)).toEqual([]);
  await page.locator('.office-marker[title^="UNIDO Regional Office Kenya,"]').click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'About the data' }).click();
  expect(await violations(page)).toEqual([]);
});

test('Find office open, and the tracker grid being edited, have no axe violations (English and Arabic)', async ({ guarded: page }) => {
  // Three axe runs and a reload: minutes on a busy machine.
  test.setTimeout(300_000);
  await openMap(page);
  const find = page.getByRole('combobox', { name: 'Find office' });
  await find.fill('regional');
  await expect(page.getByRole('listbox', { name: 'Find office' }).getByRole('option').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await find.press('Escape');
  await page.getByRole('button', { name: 'Tracker' }).click();
  const grid = page.getByRole('grid');
  await grid.getByRole('rowheader').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('combobox').first()).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.evaluate(() => localStorage.setItem('fnp-language', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('combobox', { name: 'البحث عن مكتب' }).fill('كينيا');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the tables view has no axe violations on either table', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tables' }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Countries', exact: true }).click();
  expect(await violations(page)).toEqual([]);
});

test('the scenario editing panels and the scenarios view have no axe violations', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await findOffice(page, 'UNIDO Regional Office Kenya (Nairobi)');
  await expect(page.getByLabel('Reports to')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Checks \(\d+\)$/ }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Changes \(\d+\)$/ }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Side by side' }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  expect(await violations(page)).toEqual([]);
});

test('every view in the navigation has no axe violations (views added later are covered too)', async ({ guarded: page }) => {
  await openMap(page);
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
  const names = await views.allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(6);
  // A time budget per view (an axe scan has taken over a minute on a busy machine): only bounds a hang.
  test.setTimeout(test.info().timeout + names.length * 90_000);
  for (const name of names) {
    await views.filter({ hasText: name }).click();
    await expect(views.filter({ hasText: name })).toHaveAttribute('aria-pressed', 'true');
    expect(await violations(page), `view "${name}"`).toEqual([]);
  }
});

test('dialogs keep the focus inside while open and give it back when closed', async ({ guarded: page }) => {
  await openMap(page);
  const opener = page.getByRole('button', { name: 'About the data' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    // Focus may rest on the browser's own UI between laps, but never on the page behind.
    const inside = await page.evaluate(() => !document.activeElement || document.activeElement === document.body || !!document.activeElement.closest('dialog'));
    expect(inside, `Tab ${i + 1} left the dialog`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the views can be reached and switched from the keyboard, with a visible focus', async ({ guarded: page }) => {
  await openMap(page);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'Map' }).focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('button', { name: 'Tables' })).toBeFocused();
  const outline = await nav.getByRole('button', { name: 'Tables' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('button', { name: 'Tables' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table').first()).toBeVisible();
});
