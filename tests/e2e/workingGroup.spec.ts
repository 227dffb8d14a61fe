// Working groups end to end: the sync server (src/server/server.mjs) started by the test on
// loopback, and members in separate browser contexts joined to one workspace.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { EDIT_TOKEN, VIEW_TOKEN, startSyncServer, type SyncServer } from '../support/syncServer';
import { SCREENSHOTS, expect, test } from './fixtures';
import { patient } from './patience';

/** Opening the app in a new profile: a minute on a machine shared by many test runs. */
const startUp = patient.configure({ timeout: 60_000 });

const SYNC_PORT = Number(process.env.SYNC_E2E_PORT ?? 4348);
const SERVER = `ws://127.0.0.1:${SYNC_PORT}`;
const ONLINE = 'Online with the working group (reform)';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const changesButton = (page: Page) => page.getByRole('button', { name: /^Changes \(\d+\)$/ });

const serverTest = test.extend<{ server: SyncServer }>({
  // eslint-disable-next-line no-empty-pattern
  server: [
    async ({}, use) => {
      const server = await startSyncServer(SYNC_PORT);
      await use(server);
      await server.stop('SIGKILL');
    },
    { auto: true },
  ],
});

interface Member {
  context: BrowserContext;
  page: Page;
}

/** A member in a browser profile of their own, joined through a join link. */
async function join(browser: Browser, baseURL: string, name: string, token = EDIT_TOKEN): Promise<Member> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/#join=${encodeURIComponent(SERVER)}&workspace=reform&token=${encodeURIComponent(token)}`);
  const dialog = page.getByRole('dialog', { name: 'Working group' });
  await startUp(dialog.getByLabel('Server address')).toHaveValue(SERVER);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await startUp(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  return { context, page };
}

async function changeLog(page: Page): Promise<string[]> {
  await changesButton(page).click();
  return panel(page).locator('ol li .text').allTextContents();
}

async function openScenario(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Scenario', exact: true });
  await expect(select.locator('option', { hasText: name })).toHaveCount(1);
  await select.selectOption({ label: name });
  await expect(changesButton(page)).toBeVisible();
}

/** Keeps every text the page's polite live region says, in order (read back with said()). */
async function listenToLiveRegion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.getElementById('announcer')!;
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push((region.textContent ?? '').trim())).observe(region, { childList: true, characterData: true, subtree: true });
  });
}
const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

async function cover(page: Page, country: string, office: string): Promise<void> {
  await page.getByLabel('Find country').selectOption({ label: country });
  await panel(page).getByLabel('Covered by').selectOption({ label: office });
}

serverTest('two members edit one shared scenario live, apart and together, and the server may crash', async ({ browser, baseURL, server }) => {
  test.setTimeout(420_000);
  const amina = await join(browser, baseURL!, 'Amina');
  const boris = await join(browser, baseURL!, 'Boris');
  await expect(amina.page.getByRole('status').filter({ hasText: ONLINE })).toBeVisible();
  await expect(boris.page.getByRole('status').filter({ hasText: ONLINE })).toBeVisible();

  // A scenario created while joined belongs to the group: Boris sees it and opens it.
  await amina.page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(changesButton(amina.page)).toBeVisible();
  const scenarioName = await amina.page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked').textContent();
  await openScenario(boris.page, scenarioName!);
  const start = await changeLog(boris.page);
  expect(start).toEqual(await changeLog(amina.page));

  // An edit appears in the other member's browser (within 2 s on a quiet machine: `npm run bench:sync` times it),
  // and is said once in its live region.
  await listenToLiveRegion(boris.page);
  await cover(amina.page, 'South Sudan', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(amina.page.getByRole('button', { name: `Changes (${start.length + 1})` })).toBeVisible();
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 1})` })).toBeVisible();
  await expect(panel(boris.page).locator('ol li .text').last()).toHaveText('South Sudan: covered from Nairobi → Addis Ababa');
  const aminasEdit = 'Amina: South Sudan now covered from Addis Ababa';
  await expect(boris.page.locator('#announcer')).toHaveText(aminasEdit);

  // Choosing the office that already covers a country records nothing (was "Addis Ababa → Addis Ababa").
  await cover(amina.page, 'Somalia', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await cover(amina.page, 'Burundi', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 2})` })).toBeVisible();
  const afterNoOp = await changeLog(boris.page);
  expect(afterNoOp.filter((line) => line.startsWith('Somalia'))).toEqual(start.filter((line) => line.startsWith('Somalia')));
  expect(afterNoOp.at(-1)).toMatch(/^Burundi: covered from .+ → Addis Ababa$/);
  await amina.page.getByRole('button', { name: 'Undo' }).click();
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 1})` })).toBeVisible();

  // Status and comments: Amina proposes the scenario and comments; Boris sees both with her name,
  // then endorses it and answers from the keyboard alone; Amina sees his.
  await changesButton(amina.page).click();
  const aminaReview = panel(amina.page).getByRole('region', { name: 'Status and comments' });
  await aminaReview.getByLabel('Status').selectOption('proposed');
  await aminaReview.getByLabel('Your comment').fill('Addis Ababa takes South Sudan: can it carry the load?');
  await aminaReview.getByRole('button', { name: 'Add comment' }).click();
  await changesButton(boris.page).click();
  const borisReview = panel(boris.page).getByRole('region', { name: 'Status and comments' });
  await expect(borisReview.getByLabel('Status')).toHaveValue('proposed');
  await expect(borisReview.getByText(/^Set by Amina, /)).toBeVisible();
  await expect(borisReview.getByRole('listitem').filter({ hasText: 'Addis Ababa takes South Sudan: can it carry the load?' })).toContainText(/^Amina, /);
  // Said in Boris's live region (together, or apart when typing the comment took a while).
  await expect.poll(async () => (await said(boris.page)).join(' ')).toContain(`Amina set ${scenarioName} to Proposed`);
  await expect.poll(async () => (await said(boris.page)).join(' ')).toContain(`Amina commented on ${scenarioName}: Addis Ababa takes South Sudan: can it carry the load?`);
  await borisReview.getByLabel('Status').focus();
  await boris.page.keyboard.press('ArrowDown'); // proposed → endorsed, confirmed with Enter
  await boris.page.keyboard.press('Enter');
  await boris.page.keyboard.press('Tab');
  await expect(borisReview.getByLabel('Your comment')).toBeFocused();
  await boris.page.keyboard.type('Yes, with two more staff.');
  await boris.page.keyboard.press('Tab');
  await boris.page.keyboard.press('Enter');
  await expect(aminaReview.getByLabel('Status')).toHaveValue('endorsed');
  await expect(aminaReview.getByText(/^Set by Boris, /)).toBeVisible();
  await expect(aminaReview.getByRole('listitem').filter({ hasText: 'Yes, with two more staff.' })).toContainText(/^Boris, /);
  await amina.page.screenshot({ path: `${SCREENSHOTS}/working-group-review.png` });
  // The scenario list shows the status and comment count; the table counts statuses per working group.
  await amina.page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  await expect(amina.page.getByRole('article', { name: scenarioName! }).getByText('Status: Endorsed')).toBeVisible();
  await expect(amina.page.getByRole('article', { name: scenarioName! })).toContainText('2 comments');
  await expect(amina.page.getByRole('table').getByRole('row', { name: /No topic/ })).toContainText('1');
  await amina.page.screenshot({ path: `${SCREENSHOTS}/working-group-scenarios.png` });
  // The same panel in Arabic, right to left.
  const borisLanguage = boris.page.locator('label.language select');
  await borisLanguage.selectOption('ar');
  await expect(boris.page.getByRole('combobox', { name: 'الحالة', exact: true })).toHaveValue('endorsed');
  await expect(boris.page.getByRole('region', { name: 'الحالة والتعليقات' })).toContainText('Yes, with two more staff.');
  await boris.page.screenshot({ path: `${SCREENSHOTS}/working-group-review-ar.png` });
  await borisLanguage.selectOption('en');
  await expect(borisReview).toBeVisible();
  await amina.page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(changesButton(amina.page)).toBeVisible();
  // Amina's edit was said once in Boris's live region, not once per update.
  expect((await said(boris.page)).filter((text) => text.startsWith(aminasEdit))).toHaveLength(1);

  // Presence: each sees who is online and what they look at.
  await amina.page.getByRole('button', { name: 'Working group', exact: true }).click();
  const aminaDialog = amina.page.getByRole('dialog', { name: 'Working group' });
  await expect(aminaDialog.getByRole('listitem').filter({ hasText: `Boris: looking at ${scenarioName}` })).toBeVisible();
  await amina.page.screenshot({ path: `${SCREENSHOTS}/working-group-dialog.png` });
  await aminaDialog.getByRole('button', { name: 'Close' }).click();

  // Undo undoes my own change only: Boris changes Comoros, Amina's undo takes back her South Sudan change.
  await cover(boris.page, 'Comoros', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(amina.page.getByRole('button', { name: `Changes (${start.length + 2})` })).toBeVisible();
  await amina.page.getByRole('button', { name: 'Undo' }).click();
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 1})` })).toBeVisible();
  const afterUndo = await changeLog(boris.page);
  expect(afterUndo.at(-1)).toBe('Comoros: covered from Nairobi → Addis Ababa');
  expect(afterUndo).not.toContain('South Sudan: covered from Nairobi → Addis Ababa');
  await expect(amina.page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Apart: Amina goes offline, both edit the same scenario, Amina comes back: both converge.
  await amina.context.setOffline(true);
  await expect(amina.page.getByRole('status').filter({ hasText: /^Offline/ })).toBeVisible({ timeout: 60_000 });
  await cover(amina.page, 'Eritrea', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await cover(boris.page, 'Seychelles', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(amina.page.getByRole('button', { name: `Changes (${start.length + 2})` })).toBeVisible();
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 2})` })).toBeVisible();
  await amina.context.setOffline(false);
  await expect(amina.page.getByRole('button', { name: `Changes (${start.length + 3})` })).toBeVisible();
  await expect(boris.page.getByRole('button', { name: `Changes (${start.length + 3})` })).toBeVisible();
  const merged = await changeLog(amina.page);
  expect(await changeLog(boris.page)).toEqual(merged);
  expect(merged).toEqual(expect.arrayContaining(['Eritrea: covered from Nairobi → Addis Ababa', 'Seychelles: covered from Nairobi → Addis Ababa']));

  // The server is killed and restarted: nothing it acknowledged is lost. A newcomer, who
  // can only learn from the restarted server, sees every change.
  await expect(amina.page.getByRole('status').filter({ hasText: ONLINE })).toBeVisible();
  await server.stop('SIGKILL');
  await expect(amina.page.getByRole('status').filter({ hasText: /^Offline/ })).toBeVisible({ timeout: 60_000 });
  await amina.context.close();
  await boris.context.close();
  const restarted = await startSyncServer(SYNC_PORT, { dataDir: server.dataDir });
  try {
    const carla = await join(browser, baseURL!, 'Carla');
    await openScenario(carla.page, scenarioName!);
    expect(await changeLog(carla.page)).toEqual(merged);
    await carla.context.close();
  } finally {
    await restarted.stop('SIGKILL');
  }
});

serverTest('a wrong token is refused, and a view-only member cannot edit', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const intruder = await join(browser, baseURL!, 'Mallory', 'not-the-token');
  await expect(intruder.page.getByRole('alert')).toHaveText('The server refused the access token. Check it, or ask your group for a new join link.');
  await intruder.page.screenshot({ path: `${SCREENSHOTS}/working-group-refused.png` });
  // The same in Arabic, right to left, with the dialog open.
  await intruder.page.getByLabel('Language').selectOption('ar');
  await expect(intruder.page.getByRole('alert')).toHaveText('رفض الخادم رمز الوصول. تحقق منه أو اطلب من فريقك رابط دعوة جديدًا.');
  await intruder.page.getByRole('button', { name: 'الفريق العامل', exact: true }).click();
  await expect(intruder.page.getByRole('dialog', { name: 'الفريق العامل' })).toBeVisible();
  await intruder.page.screenshot({ path: `${SCREENSHOTS}/working-group-refused-ar.png` });
  await intruder.context.close();

  const editor = await join(browser, baseURL!, 'Amina');
  await editor.page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(changesButton(editor.page)).toBeVisible();
  const scenarioName = await editor.page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked').textContent();
  const count = (await changeLog(editor.page)).length;

  const viewer = await join(browser, baseURL!, 'Victor', VIEW_TOKEN);
  await openScenario(viewer.page, scenarioName!);
  await cover(viewer.page, 'South Sudan', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(viewer.page.getByRole('alert')).toHaveText('That change was not made: your access token lets you view only.');
  await expect(viewer.page.getByRole('button', { name: `Changes (${count})` })).toBeVisible();
  // The editor's next change still reaches the viewer; the viewer's never reached the editor.
  await cover(editor.page, 'Comoros', 'UNIDO Regional Hub Ethiopia (Addis Ababa)');
  await expect(viewer.page.getByRole('button', { name: `Changes (${count + 1})` })).toBeVisible();
  expect(await changeLog(editor.page)).not.toContain('South Sudan: covered from Nairobi → Addis Ababa');
  await editor.context.close();
  await viewer.context.close();
});
