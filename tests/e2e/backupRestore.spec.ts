// Backup and restore in a real Chromium: a backup made while an imported data set is in use
// restores that data set in a fresh browser profile; a bad backup is refused saying where and
// changes nothing; a database written by app version 3 opens with its scenarios.
import { readFile } from 'node:fs/promises';
import { test, expect as baseExpect, SCREENSHOTS, savedScenarios } from './fixtures';
import { guardPage } from './pageGuards';
import v3 from '../unit/db/fixtures/db-v3.json' with { type: 'json' };
import type { Page } from '@playwright/test';

// Restoring reloads the whole app (and the machine may be busy): each step waits for what the
// user sees, within the suite's bounds (playwright.config.ts), sized for a busy machine.
const expect = baseExpect;

/** Opens the app and waits until it shows its network (the map need not be drawn for these tests). */
async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('summary-line')).toContainText('field office');
}

const TWO_OFFICES = [
  'id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3',
  'S-NBO,Nairobi hub,Nairobi,KEN,Africa,Sub-regional office,-1.29,36.82,,KEN;SOM;ETH',
  'C-ADD,Addis office,Addis Ababa,ETH,Africa,Country office,9.03,38.74,S-NBO,',
].join('\n');

async function replaceDataSet(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'two-offices.csv', mimeType: 'text/csv', buffer: Buffer.from(TWO_OFFICES) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Replace the data set with the valid rows' }).click();
  await page.getByRole('button', { name: 'Replace and reload' }).click();
  await expect(page.getByTestId('summary-line')).toHaveText('2 field offices · 3 countries covered · 1 region');
}

test('a backup made on an imported data set restores it, with the scenario, in a fresh browser profile', async ({ guarded: page, browser, baseURL }) => {
  await openMap(page);
  await replaceDataSet(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('heading', { name: /^Scenario 1/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace' }).click()]);
  const backupPath = (await download.path()) ?? '';
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  expect(backup).toMatchObject({ type: 'field-network-planner/workspace', version: 2, data: { datasets: [{ fileName: 'two-offices.csv' }], scenarios: [{ name: 'Scenario 1' }] } });
  expect(backup.data.datasets[0].offices.map((o: { id: string }) => o.id)).toEqual(['S-NBO', 'C-ADD']);
  expect(backup.data.settings.activeDatasetId).toBe(backup.data.datasets[0].id);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const guards = await guardPage(other, new URL(baseURL ?? '').origin);
  await openMap(other);
  await expect(other.getByTestId('summary-line')).toHaveText('48 field offices · 156 countries covered · 5 regions');
  await other.getByRole('button', { name: 'Scenarios' }).click();
  await other.getByLabel('Import workspace').setInputFiles(backupPath);
  const dialog = other.getByRole('dialog', { name: 'Import workspace' });
  await expect(dialog).toContainText('It carries 1 imported data set.');
  await other.screenshot({ path: `${SCREENSHOTS}/restore-dialog.png` });
  await dialog.getByRole('button', { name: 'Replace my workspace' }).click();
  // The page reloads on the restored data set: the same baseline as where the backup was made.
  await expect(other.getByTestId('summary-line')).toHaveText('2 field offices · 3 countries covered · 1 region');
  await expect(other.getByText(/Data set: two-offices\.csv/)).toBeVisible();
  await other.getByRole('button', { name: 'Scenarios' }).click();
  await expect(other.getByRole('heading', { name: /^Scenario 1/ })).toBeVisible();
  await other.getByRole('button', { name: 'Scorecard' }).click();
  await expect(other.getByText(/overall score \/ 100/)).toBeVisible();
  expect(guards.consoleErrors).toEqual([]);
  await fresh.close();
});

test('a bad backup is refused, saying what is wrong where, and changes nothing', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'New scenario' }).click();
  const cards = page.getByRole('list').filter({ hasText: 'Scenario 1' });
  await expect(cards).toBeVisible();
  const scenario = { id: 'x1', name: 'Twin', changes: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
  const bad = { type: 'field-network-planner/workspace', version: 2, exportedAt: '2026-06-01T00:00:00Z', data: { datasetName: '', datasets: [], damaged: [], scenarios: [scenario, scenario], settings: { officeFigures: {}, scoringSettings: { perspectiveWeights: null } } } };
  await page.getByLabel('Import workspace').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file was not imported; nothing was changed.');
  await expect(alert).toContainText('bad.json: settings.officeFigures: expected a list, got {…}.');
  await expect(alert).toContainText('bad.json: settings.scoringSettings.perspectiveWeights: expected 4 numbers ≥ 0 (member-states, internal-process, resources, people), got null.');
  await expect(alert).toContainText('bad.json: scenarios[1].id: the id "x1" is also used by scenarios[0].id.');
  await expect(page.getByRole('dialog', { name: 'Import workspace' })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/restore-refused.png` });
  // Nothing was stored: after a reload the workspace is as it was, and the scorecard still opens.
  await page.reload();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(savedScenarios(page).getByText('Scenario 1')).toBeVisible();
  await expect(page.getByText('Twin')).toHaveCount(0);
  await page.getByRole('button', { name: 'Scorecard' }).click();
  await expect(page.getByText(/overall score \/ 100/)).toBeVisible();
});

test('a database written by app version 3 opens with its scenarios, keeping the damaged one', async ({ guarded: page }) => {
  // A same-origin page that is not the app, so the old database is written before the app opens it.
  await page.route('**/seed-old-database', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-old-database');
  await page.evaluate(async (records) => {
    await new Promise<void>((resolve, reject) => {
      // Dexie stores its version n as IndexedDB version 10n: app version 3 is 30.
      const request = indexedDB.open('field-network-planner', 30);
      request.onupgradeneeded = () => {
        const db = request.result;
        const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
        scenarios.createIndex('updatedAt', 'updatedAt');
        scenarios.createIndex('deletedAt', 'deletedAt');
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['scenarios', 'settings', 'datasets'], 'readwrite');
        for (const s of records.scenarios) tx.objectStore('scenarios').put(s);
        for (const s of records.settings) tx.objectStore('settings').put(s);
        for (const d of records.datasets) tx.objectStore('datasets').put(d);
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }, { scenarios: v3.scenarios, settings: v3.settings, datasets: v3.datasets });

  await page.goto('/');
  await expect(page.getByTestId('summary-line')).toContainText('1 field office');
  await expect(page.getByText(/Data set: offices\.csv \(imported 2026-05-01\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(savedScenarios(page).getByText('Two tiers, Africa first')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore Old idea' }).or(page.getByRole('listitem').filter({ hasText: 'Old idea' })).first()).toBeVisible();
  await expect(page.getByText(/could not be read and are kept untouched/)).toContainText('"teleport-office"');
  await expect(page.getByText(/could not be read and are kept untouched/)).toContainText('a workspace backup carries them');
});

/** Writes a database as app version `version` (IndexedDB 10 × version) laid it out, before the app opens it. */
async function seedDatabase(page: Page, version: number, records: { scenarios: unknown[]; edits: unknown[]; settings: unknown[] }): Promise<void> {
  await page.route('**/seed-old-database', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-old-database');
  await page.evaluate(
    async ({ version, records }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('field-network-planner', version * 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
          scenarios.createIndex('updatedAt', 'updatedAt');
          scenarios.createIndex('deletedAt', 'deletedAt');
          db.createObjectStore('settings', { keyPath: 'key' });
          db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
          db.createObjectStore('scenarioEdits', { keyPath: 'seq', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
          db.createObjectStore('syncUpdates', { keyPath: 'seq', autoIncrement: true }).createIndex('workspace', 'workspace');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['scenarios', 'settings', 'scenarioEdits'], 'readwrite');
          for (const s of records.scenarios) tx.objectStore('scenarios').put(s);
          for (const s of records.settings) tx.objectStore('settings').put(s);
          for (const e of records.edits) tx.objectStore('scenarioEdits').add(e);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { version, records },
  );
}

/** The scenario heads and the number of chunk records as stored, and the database's version. */
async function storedLayout(page: Page): Promise<{ version: number; heads: Record<string, unknown>[]; chunks: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('field-network-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['scenarios', 'scenarioChunks']);
          const heads = tx.objectStore('scenarios').getAll();
          const chunks = tx.objectStore('scenarioChunks').count();
          tx.oncomplete = () => (db.close(), resolve({ version: db.version, heads: heads.result, chunks: chunks.result }));
        };
      }),
  );
}

test('a version-5 database of a 4,500-change scenario opens in chunks, losing nothing, and keeps saving', async ({ guarded: page }) => {
  const T = '2026-06-01T10:00:00.000Z';
  const changes = Array.from({ length: 4500 }, (_, i) => ({ id: `c${i}`, at: T, kind: 'rename-office', office: 'AFR-KEN', name: `Nairobi ${i}` }));
  const big = { id: 'big', name: 'Renamed many times', description: '', topics: [], changes, undo: changes.map((change) => ({ op: 'add', change })), redo: [], createdAt: T, updatedAt: T, deletedAt: null, revision: 4501 };
  const damaged = { id: 'future', name: 'From the future', changes: [{ id: 'x', at: T, kind: 'teleport-office', office: 'AFR-KEN' }] };
  // An edit saved after the last compaction: it must survive the upgrade too.
  const edit = { scenarioId: 'big', op: 'record', changeId: 'c4500', at: T, change: { kind: 'rename-office', office: 'AFR-KEN', name: 'Nairobi, last name' } };
  await seedDatabase(page, 5, { scenarios: [big, damaged], edits: [edit], settings: [{ key: 'lastScenarioId', value: 'big' }] });

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Changes (4,501)' })).toBeVisible({ timeout: 60_000 });
  // The edit row is folded into the chunks soon after start-up (compaction): 4,501 changes stored in 3 chunks.
  await expect.poll(async () => (await storedLayout(page)).heads.find((h) => h['id'] === 'big'), { timeout: 30_000 }).toMatchObject({ layout: 'chunks', changeCount: 4501, chunkCount: 3 });
  const upgraded = await storedLayout(page);
  expect(upgraded.version).toBe(60);
  expect(upgraded.chunks).toBe(3);
  expect(upgraded.heads.find((h) => h['id'] === 'future')).toEqual(damaged);

  // Undo the last change, reload: exactly what was saved comes back, from the chunks.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Changes (4,500)' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Scenario bar' })).toContainText(/Saved · /);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Changes (4,500)' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Changes (4,501)' })).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(page.getByText(/could not be read and are kept untouched/)).toContainText('"teleport-office"');
  await page.screenshot({ path: `${SCREENSHOTS}/chunked-upgrade-scenarios.png` });
});
