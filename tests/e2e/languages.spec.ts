// The six UN languages end to end: the menu switches the whole interface and is remembered;
// in every language every view is translated (no catalogue keys, no unfilled values, no
// English navigation), Arabic lays out right to left, and axe finds nothing in Arabic and
// Chinese. Screenshots of each view in Arabic and Chinese are saved to be looked at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, openMap, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ENGLISH_NAV = ['Map', 'Tables', 'Scenarios', 'Scorecard', 'Compare', 'Suggest', 'Tracker', 'Import'];
/** A catalogue key or a value left unfilled, as a user would see it if a translation broke. */
const LEAKED_KEY = /\b(common|map|scenarios|scorecard|suggest|tracker|import|export)\.[a-z][\w-]*\.[\w.-]+|\{[a-z]\w*(,|\})/i;

async function openIn(page: Page, locale: string): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
  await openMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

test('the language menu switches the interface, country names and numbers, and is remembered', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByLabel('Language').selectOption('fr');
  const nav = page.getByRole('navigation', { name: 'Vues' });
  await expect(nav.getByRole('button', { name: 'Carte' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: 'Listes' }).click();
  await page.getByRole('button', { name: /^Pays$/ }).click().catch(() => undefined);
  await expect(page.locator('main')).toContainText('Côte d’Ivoire');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Vues' })).toBeVisible();
  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('اللغة').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Map' })).toBeVisible();
});

for (const locale of ['fr', 'es', 'ru', 'zh', 'ar']) {
  test(`every view is translated in ${locale}${locale === 'ar' || locale === 'zh' ? ', with no axe violations' : ''}`, async ({ guarded: page }) => {
    await openIn(page, locale);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    const views = page.locator('header nav button');
    const names = await views.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names.filter((name) => ENGLISH_NAV.includes(name.trim())), 'English navigation labels').toEqual([]);
    for (const [i, name] of names.entries()) {
      await views.nth(i).click();
      await expect(views.nth(i)).toHaveAttribute('aria-pressed', 'true');
      await page.waitForLoadState('networkidle');
      const text = await visibleText(page);
      expect(text.match(LEAKED_KEY)?.[0] ?? null, `${locale} view "${name}": a key or unfilled value`).toBeNull();
      if (locale === 'ar' || locale === 'zh') {
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
        expect(found, `${locale} view "${name}"`).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}/language-${locale}-${i}.png` });
      }
    }
  });
}

test('the tracker speaks the reader\'s language and keeps the source beside it: roadmap titles translated with the English wording, recommendations in Chinese first for a Chinese reader', async ({ guarded: page }) => {
  await openIn(page, 'ru');
  await page.locator('header nav button').filter({ hasText: 'Ход реформы' }).click();
  const firstItem = page.getByRole('grid').getByRole('rowheader').first();
  await expect(firstItem).toContainText('Обзор и анализ информации об отделениях на местах');
  await expect(firstItem.locator('[lang="en"]').first()).toHaveText('Review and analysis of field-related information');
  await expect(page.locator('figure.chart svg').first()).toContainText('Обзор и анализ');
  // The English summary of a recommendation is marked English, so a screen reader reads it in English.
  await expect(page.locator('section[aria-labelledby="recs-title"] tbody tr').first().locator('p[lang="en"]').first()).toBeVisible();

  await page.getByLabel('Язык').selectOption('zh');
  await expect(firstItem).toContainText('审查和分析与外地有关的信息');
  const firstRecommendation = page.locator('section[aria-labelledby="recs-title"] tbody tr').first().locator('td').nth(1);
  await expect(firstRecommendation.locator('> p[lang="zh"]')).toBeVisible();
  await expect(firstRecommendation.locator('details p[lang="en"]')).toBeHidden();
});
