// Which data set the workspace uses: the embedded one (no setting) or an imported office list.
// Replacing writes the new list and the choice in one transaction; old lists are kept.
import type { DatasetRecord, PlannerDatabase } from './database';

export const ACTIVE_DATASET_KEY = 'activeDatasetId';

export async function getActiveDataset(db: PlannerDatabase): Promise<DatasetRecord | null> {
  return db.transaction('readonly', ['settings', 'datasets'], async (t) => {
    const id = (await t.store('settings').get(ACTIVE_DATASET_KEY))?.value;
    return typeof id === 'string' ? ((await t.store('datasets').get(id)) ?? null) : null;
  });
}

export async function listDatasets(db: PlannerDatabase): Promise<DatasetRecord[]> {
  const datasets = await db.read('datasets', (store) => store.getAll());
  return datasets.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Stores an imported office list and makes it the data set in use, all or nothing. */
export async function activateNewDataset(db: PlannerDatabase, record: DatasetRecord): Promise<void> {
  await db.transaction('readwrite', ['datasets', 'settings'], async (t) => {
    await t.store('datasets').put(record);
    await t.store('settings').put({ key: ACTIVE_DATASET_KEY, value: record.id });
  });
}

/** Makes a stored data set, or the embedded one (null), the one in use. */
export async function useDataset(db: PlannerDatabase, id: string | null): Promise<void> {
  await db.write('settings', (settings) => (id === null ? settings.delete(ACTIVE_DATASET_KEY) : settings.put({ key: ACTIVE_DATASET_KEY, value: id })));
}
