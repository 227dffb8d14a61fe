// The scenario's edit panel in Arabic and Chinese, saved to be looked at: the Latin office
// names in its dropdowns and Name field must read from their start ("UNIDO …"), not be cut there.
import { SCREENSHOTS, expect, openMap, test } from './fixtures';
import { formatMessage } from '../../src/lib/i18n/formatMessage';
import arabic from '../../src/lib/i18n/messages/ar';
import chinese from '../../src/lib/i18n/messages/zh';

for (const [locale, messages] of [['ar', arabic], ['zh', chinese]] as const) {
  test(`the office edit panel in ${locale}`, async ({ guarded: page }) => {
    await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
    await openMap(page);
    await page.getByRole('button', { name: formatMessage(locale, messages['map.bar.newTwoTier']) }).click();
    await expect(page.getByRole('button', { name: formatMessage(locale, messages['map.bar.undo']), exact: true })).toBeVisible();
    await page.locator('#find-office').fill('nairobi');
    await page.locator('#find-office').press('Enter');
    await page.locator('#office-reports-to').selectOption('AFR-ETH');
    const editor = page.locator('section.panel-editor');
    await expect(editor).toBeVisible();
    // A Latin name in a right-to-left page is laid out from its own start (left), so what is cut is its end.
    expect(await page.locator('#office-name').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
    for (const selector of ['#office-reports-to', '#find-office']) {
      await expect.poll(() => page.locator(selector).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    }
    await editor.screenshot({ path: `${SCREENSHOTS}/edit-panel-${locale}.png` });
    await page.locator('.toolbar').screenshot({ path: `${SCREENSHOTS}/find-office-${locale}.png` });
    // The Find office list open over the map: Latin names from their start, countries in the language.
    await page.locator('#find-office').fill('office');
    await expect(page.locator('#find-office-list')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/find-office-list-${locale}.png`, clip: { x: 0, y: 0, width: 1280, height: 560 } });
  });
}
