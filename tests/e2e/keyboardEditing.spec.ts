// The main task with the keyboard alone, in English and in Arabic: find an office, start a
// two-tier scenario, set a tier and a reporting line by arrowing through the dropdowns,
// reassign a country, undo, redo, change a weight, export a PNG, open the briefing pack.
// No mouse event reaches the page. Each intended edit makes exactly one change, each is
// announced in the live region in the interface language, and the focus never falls to the page.
import type { Locator, Page } from '@playwright/test';
import { formatMessage, type MessageValues } from '../../src/lib/i18n/formatMessage';
import english, { type MessageKey } from '../../src/lib/i18n/messages/en';
import arabic from '../../src/lib/i18n/messages/ar';
import { SCREENSHOTS, expect, openMap, test, waitForMapsAtRest } from './fixtures';

const CATALOGUES = { en: english, ar: arabic } as const;
type Locale = keyof typeof CATALOGUES;

/** Words of the interface, from the app's own catalogues. */
const say = (locale: Locale, key: MessageKey, values: MessageValues = {}) => formatMessage(locale, CATALOGUES[locale][key], values);
const countryName = (locale: Locale, iso2: string, english: string) => (locale === 'en' ? english : (new Intl.DisplayNames([locale], { type: 'region' }).of(iso2) ?? english));

/** Counts mouse and pointer events and the times the focus fell to the page, from the first script on. */
async function watchInput(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { mouse: 0, bodyFocus: [] as string[] };
    Object.assign(window, { __input: record });
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup']) addEventListener(type, () => (record.mouse += 1), true);
    document.addEventListener(
      'focusout',
      (event) => {
        const from = event.target as HTMLElement;
        const label = `${from.tagName} ${from.id || from.textContent?.trim().slice(0, 40) || ''}`;
        // Wait for the focus to settle: moving between two controls passes the body for an instant.
        setTimeout(() => {
          if (document.hasFocus() && (document.activeElement === document.body || document.activeElement === null)) record.bodyFocus.push(label);
        }, 100);
      },
      true,
    );
  });
}

const inputRecord = (page: Page) => page.evaluate(() => (window as unknown as { __input: { mouse: number; bodyFocus: string[] } }).__input);
/** The number on the side panel's "Changes (N)" tab (digits of any script). */
const changesCount = async (page: Page, locale: Locale) => {
  const tabs = page.getByRole('group', { name: say(locale, 'map.panel.tabs') });
  const text = await tabs.getByRole('button').nth(2).innerText();
  return Number(/(\d+)/.exec(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))))?.[1]);
};

/** Presses a key until the select shows the wanted value; returns how many options it passed. */
async function arrowUntil(page: Page, select: Locator, value: string, key = 'ArrowDown'): Promise<number> {
  for (let steps = 1; steps <= 120; steps += 1) {
    await page.keyboard.press(key);
    if ((await select.inputValue()) === value) return steps;
  }
  throw new Error(`${value} not reached with ${key}`);
}

async function expectAnnounced(page: Page, text: string): Promise<void> {
  // The live region adds a no-break space to say the same words twice.
  await expect(page.locator('#announcer')).toHaveText(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\u00a0?$`));
}

async function expectFocusIn(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
}

for (const locale of ['en', 'ar'] as const) {
  test(`the main task from the keyboard alone (${locale}): one change per edit, each announced, focus kept`, async ({ guarded: page }) => {
    await watchInput(page);
    if (locale !== 'en') await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const panel = page.getByRole('complementary', { name: say(locale, 'map.panel.label') });

    // The first Tab reaches the skip link, which goes to the map.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: say(locale, 'a11y.skipToMap') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('network-map')).toBeFocused();

    // Start a two-tier scenario.
    await page.getByRole('button', { name: say(locale, 'map.bar.newTwoTier') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: say(locale, 'map.bar.undo') })).toBeVisible();
    const started = await changesCount(page, locale);
    expect(started).toBeGreaterThan(0);
    await expectAnnounced(page, say(locale, 'a11y.announce.twoTierOpened', { name: say(locale, 'map.newTwoTierScenarioName', { count: 1 }), count: started }));

    // Find an office by its city in the "Find office" combobox (every office name begins "UNIDO"):
    // typing "dakar" leaves one match, highlighted; Enter shows it.
    const find = page.getByRole('combobox', { name: say(locale, 'map.find.office') });
    await find.focus();
    await page.keyboard.type('dakar');
    await expect(find).toHaveAttribute('aria-expanded', 'true');
    const matches = page.getByRole('listbox', { name: say(locale, 'map.find.office') }).getByRole('option');
    await expect(matches).toHaveCount(1);
    await expect(matches).toContainText('UNIDO Regional Office Senegal (Dakar)');
    await expect(find).toHaveAttribute('aria-activedescendant', (await matches.getAttribute('id')) ?? 'an id');
    await expect(page.locator('#find-office-matches')).toHaveText(say(locale, 'a11y.find.matches', { count: 1 }));
    await page.keyboard.press('Enter');
    await expect(find).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#office-tier')).toBeVisible();
    await expectAnnounced(page, say(locale, 'common.announce.office', { office: 'UNIDO Regional Office Senegal', city: 'Dakar' }));

    // Tier: arrow to "Country office", confirm with Enter: one change.
    const tier = page.locator('#office-tier');
    await tier.focus();
    await arrowUntil(page, tier, 'country-office');
    expect(await changesCount(page, locale)).toBe(started);
    await page.keyboard.press('Enter');
    await expect.poll(() => changesCount(page, locale)).toBe(started + 1);
    await expectAnnounced(page, say(locale, 'map.change.setTier.country-office', { office: 'UNIDO Regional Office Senegal' }));
    await expectFocusIn(page);

    // Reports to: arrow down through other offices to Abuja's hub, confirm with Enter: one change.
    const reportsTo = page.locator('#office-reports-to');
    await reportsTo.focus();
    const passed = await arrowUntil(page, reportsTo, 'AFR-NGA');
    expect(passed, 'the arrow passed other offices on the way').toBeGreaterThan(1);
    expect(await changesCount(page, locale)).toBe(started + 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => changesCount(page, locale)).toBe(started + 2);
    await expectAnnounced(page, say(locale, 'map.change.setReportsTo', { office: 'UNIDO Regional Office Senegal', superior: 'UNIDO Regional Hub Nigeria' }));

    // Reassign South Sudan (covered from Nairobi) to Addis Ababa: arrow through "Covered by", leave it (Shift+Tab): one change.
    const southSudan = countryName(locale, 'SS', 'South Sudan');
    const findCountry = page.locator('#find-country');
    await findCountry.focus();
    await arrowUntil(page, findCountry, 'SSD');
    await page.keyboard.press('Enter');
    await expectAnnounced(page, say(locale, 'common.announce.country', { country: southSudan, office: 'UNIDO Regional Office Kenya' }));
    const coveredBy = panel.locator('#country-covered-by');
    await coveredBy.focus();
    const current = await coveredBy.inputValue();
    const options = await coveredBy.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    await arrowUntil(page, coveredBy, 'AFR-ETH', options.indexOf('AFR-ETH') > options.indexOf(current) ? 'ArrowDown' : 'ArrowUp');
    expect(await changesCount(page, locale)).toBe(started + 2);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => changesCount(page, locale)).toBe(started + 3);
    const moved = say(locale, 'map.change.assignCountry', { country: southSudan, from: 'Nairobi', to: 'Addis Ababa' });
    await expectAnnounced(page, moved);
    await expectFocusIn(page);

    // Undo, then Redo: Redo disables itself and hands the focus to Undo.
    const undo = page.getByRole('button', { name: say(locale, 'map.bar.undo'), exact: true });
    const redo = page.getByRole('button', { name: say(locale, 'map.bar.redo'), exact: true });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => changesCount(page, locale)).toBe(started + 2);
    await expectAnnounced(page, say(locale, 'a11y.announce.undone', { change: moved }));
    await redo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => changesCount(page, locale)).toBe(started + 3);
    await expectAnnounced(page, say(locale, 'a11y.announce.redone', { change: moved }));
    await expect(redo).toBeDisabled();
    await expect(undo).toBeFocused();

    // "N problems" takes the focus to the checks, whose buttons say what they show.
    const problems = page.locator('.problems-link');
    await problems.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#checks-title')).toBeFocused();
    const showNames = await panel.locator('ol.problems button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(showNames.length).toBeGreaterThan(0);
    expect(new Set(showNames).size, 'each Show button names its office or country').toBeGreaterThan(1);

    // Change a weight on the Scorecard: the slider says its share and the change is announced.
    const nav = page.getByRole('navigation', { name: say(locale, 'common.views') });
    await nav.getByRole('button', { name: say(locale, 'common.nav.scorecard') }).focus();
    await page.keyboard.press('Enter');
    await expectAnnounced(page, say(locale, 'a11y.announce.view', { view: say(locale, 'common.nav.scorecard') }));
    const slider = page.locator('#weight-resources');
    await slider.focus();
    const before = await slider.getAttribute('aria-valuetext');
    // Five steps: one step can leave the rounded share where it was (25 → 26 of 101 is still 25 %).
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
    const share = (await slider.getAttribute('aria-valuetext')) ?? '';
    expect(share).toMatch(/%/);
    await expectAnnounced(page, say(locale, 'a11y.announce.weight', { perspective: (await page.locator('label[for="weight-resources"]').innerText()).trim(), share }));

    // Export a PNG of the map: the focus stays on the button while it works and after.
    await nav.getByRole('button', { name: say(locale, 'common.nav.map') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: say(locale, 'export.open') }).focus();
    await page.keyboard.press('Enter');
    const exportPng = page.getByRole('dialog').getByRole('button', { name: say(locale, 'export.downloadPng') });
    await exportPng.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\.png/);
    await expect(exportPng).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: say(locale, 'export.open') })).toBeFocused();

    // Open the briefing pack.
    await nav.getByRole('button', { name: say(locale, 'common.nav.briefing') }).focus();
    await page.keyboard.press('Enter');
    await expectAnnounced(page, say(locale, 'a11y.announce.view', { view: say(locale, 'common.nav.briefing') }));
    await expect(page.locator('main h2').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-pack-${locale}.png` });

    const record = await inputRecord(page);
    expect(record.mouse, 'no mouse or pointer event').toBe(0);
    expect(record.bodyFocus, 'the focus never fell to the page').toEqual([]);
  });
}

for (const locale of ['en', 'ar'] as const) {
  test(`Find office from the keyboard alone (${locale}): any part of a name, city or country; arrows, Escape, Enter shows the office and moves the map`, async ({ guarded: page }) => {
    test.setTimeout(120_000);
    await watchInput(page);
    if (locale !== 'en') await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
    await openMap(page);
    const find = page.getByRole('combobox', { name: say(locale, 'map.find.office') });
    const list = page.getByRole('listbox', { name: say(locale, 'map.find.office') });
    const options = list.getByRole('option');
    const highlighted = async () => page.locator(`[id="${await find.getAttribute('aria-activedescendant')}"]`);

    // Zoom the map in from the keyboard until one of three far-apart offices is out of sight: the one to find.
    await page.getByTestId('network-map').focus();
    const mapBox = await page.getByTestId('network-map').boundingBox();
    const inMap = (point: { x: number; y: number }) => !!mapBox && point.x > mapBox.x && point.x < mapBox.x + mapBox.width && point.y > mapBox.y && point.y < mapBox.y + mapBox.height;
    const far = [
      { office: "UNIDO Office Cote d'Ivoire", city: 'Abidjan' },
      { office: 'UNIDO Regional Hub China', city: 'Beijing' },
      { office: 'UNIDO Regional Hub Mexico', city: 'Mexico City' },
    ];
    // The marker's title is in the interface language; the office's name is in it as written.
    const markerCentre = async (office: string) => {
      const box = await page.locator(`.office-marker[title*="${office}"]`).boundingBox();
      if (!box) throw new Error(`marker of ${office} is not on the page`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    let target: (typeof far)[number] | undefined;
    for (let zoom = 0; zoom < 6 && !target; zoom += 1) {
      await page.keyboard.press('Equal');
      await waitForMapsAtRest(page);
      for (const office of far) if (!target && !inMap(await markerCentre(office.office))) target = office;
    }
    if (!target) throw new Error('no office went out of sight');

    // The country as the interface names it, in part and without its accents: "cote", "العاج".
    await find.focus();
    await page.keyboard.type(locale === 'en' ? 'cote' : 'العاج');
    await expect(find).toHaveAttribute('aria-expanded', 'true');
    await expect(options).toHaveCount(1);
    await expect(options).toContainText("UNIDO Office Cote d'Ivoire (Abidjan)");
    await expect(options).toContainText(countryName(locale, 'CI', "Côte d'Ivoire"));
    // Escape closes the list and keeps the focus in the box.
    await page.keyboard.press('Escape');
    await expect(find).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expect(find).toBeFocused();

    // A part of a name: the offices called "… Regional Hub …"; the arrows move the highlight (and wrap).
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('regional hub');
    await expect(options.first()).toContainText('Regional Hub');
    const hubs = await options.count();
    expect(hubs).toBeGreaterThan(3);
    await expect(options.filter({ hasText: 'Regional Hub' })).toHaveCount(hubs);
    await expect(await highlighted()).toHaveAttribute('aria-selected', 'true');
    await expect(await highlighted()).toHaveText(await options.nth(0).innerText());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(await highlighted()).toHaveText(await options.nth(2).innerText());
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(await highlighted()).toHaveText(await options.nth(hubs - 1).innerText());

    // The office out of sight, by its city; Enter shows it in the panel and brings it into sight.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(target.city.toLowerCase());
    await expect(options).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(list).toBeHidden();
    await expect(find).toHaveValue(`${target.office} (${target.city})`);
    await expect(page.getByRole('complementary', { name: say(locale, 'map.panel.label') }).getByRole('heading', { name: target.office })).toBeVisible();
    await expectAnnounced(page, say(locale, 'common.announce.office', target));
    await waitForMapsAtRest(page);
    expect(inMap(await markerCentre(target.office)), `the map moved to ${target.city}`).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/find-office-chosen-${locale}.png` });

    // Typed again, the list shows over the map: the screenshot to look at.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('unido');
    await expect(options.first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/find-office-list-${locale}.png` });
    await page.keyboard.press('Escape');

    const record = await inputRecord(page);
    expect(record.mouse, 'no mouse or pointer event').toBe(0);
    expect(record.bodyFocus, 'the focus never fell to the page').toEqual([]);
  });
}
