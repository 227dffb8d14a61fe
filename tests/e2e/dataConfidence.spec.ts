// The data set's one confidence standard as a user meets it: "About the data" states the rule
// and the counts per level, an office's panel lists its sources with their dates (and says
// when none speaks for 2020–2024), and the briefing pack's method note repeats the standard,
// in English and in Arabic. Screenshots are saved to be looked at.
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, openMap, test } from './fixtures';
import { findOffice } from './findOffice';

async function openIn(page: Page, locale: string): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
  await openMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

const details = (page: Page) => page.getByRole('complementary', { name: /Details|التفاصيل/ });

test('"About the data" states the standard, the counts per level and what reaches the totals by inference', async ({ guarded: page }) => {
  await openIn(page, 'en');
  await page.getByRole('button', { name: 'About the data' }).click();
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  const standard = dialog.getByRole('region', { name: 'How sure the data is: one standard' });
  await expect(standard).toContainText('1 office: a primary UNIDO source dated 2020 or later names the office, its type and all of its coverage.');
  await expect(standard).toContainText('28 offices: a primary source names part of it');
  await expect(standard).toContainText('19 offices: no such source');
  await expect(standard).toContainText('32 offices have no source dated 2020–2024');
  await expect(standard).toContainText('102 covered countries are assigned to an office by inference; 54 are named by a source.');
  await dialog.screenshot({ path: `${SCREENSHOTS}/about-data-standard-en.png` });
});

test('an office panel lists its sources with dates, and says when none is dated 2020–2024', async ({ guarded: page }) => {
  await openIn(page, 'en');
  await findOffice(page, 'UNIDO Regional Office Kenya (Nairobi)');
  const sources = details(page).getByRole('region', { name: 'Sources, with dates' });
  await expect(sources.getByRole('listitem').first()).toContainText('undated (c.2023-2024) · other source · names: office and coverage');
  await expect(sources.getByRole('link', { name: /mfa\.go\.ke/ })).toBeVisible();
  await expect(sources).not.toContainText('No source dated 2020–2024');
  await sources.scrollIntoViewIfNeeded();
  await sources.screenshot({ path: `${SCREENSHOTS}/office-sources-kenya-en.png` });

  await findOffice(page, 'UNIDO Country Office Ghana (Accra)');
  await expect(sources).toContainText('No source dated 2020–2024 shows this office in that period.');
  await expect(sources.getByRole('listitem')).toContainText('2018-10');
});

test('in Arabic the standard and the dated sources read right to left', async ({ guarded: page }) => {
  await openIn(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'عن البيانات' }).click();
  const dialog = page.getByRole('dialog');
  const standard = dialog.getByRole('region', { name: 'مدى الثقة في البيانات: معيار واحد' });
  await expect(standard).toContainText('مصدر أولي من اليونيدو مؤرخ في 2020 أو بعده');
  await expect(standard.locator('li[data-level="partial"]')).toContainText(/28|٢٨/);
  await dialog.screenshot({ path: `${SCREENSHOTS}/about-data-standard-ar.png` });
  await dialog.getByRole('button', { name: 'إغلاق' }).click();

  await page.getByRole('combobox', { name: 'البحث عن مكتب' }).fill('accra');
  await page.getByRole('combobox', { name: 'البحث عن مكتب' }).press('Enter');
  const sources = page.getByRole('region', { name: 'المصادر وتواريخها' });
  await expect(sources.getByRole('listitem').first()).toContainText('مصدر آخر');
  await expect(sources).toContainText('لا يوجد مصدر مؤرخ بين 2020 و2024');
  await sources.scrollIntoViewIfNeeded();
  await sources.screenshot({ path: `${SCREENSHOTS}/office-sources-ghana-ar.png` });
});

test("the briefing pack's method note shows the standard and its counts", async ({ guarded: page }) => {
  await openIn(page, 'en');
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Briefing pack' }).click();
  const pack = page.getByTestId('briefing-pages');
  const standard = pack.getByRole('region', { name: 'How sure the data is: one standard' });
  await expect(standard).toContainText('1 office: a primary UNIDO source dated 2020 or later');
  await expect(standard).toContainText('19 of the offices are placeholders matching the published regional counts.');
  await standard.screenshot({ path: `${SCREENSHOTS}/briefing-confidence-standard-en.png` });
});
