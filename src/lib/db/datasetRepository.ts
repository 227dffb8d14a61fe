// Which data set the workspace uses: the embedded one (no setting) or an imported office list.
// Replacing writes the new list and the choice in one transaction; old lists are kept.
import type { DatasetRecord, PlannerDatabase } from './database';

export const ACTIVE_DATASET_KEY = 'activeDatasetId';

export async function getActiveDataset(db: PlannerDatabase): Promise<DatasetRecord | null> {
  return db.transaction('r', db.settings, db.datasets, async () => {
    const id = (await db.settings.get(ACTIVE_DATASET_KEY))?.value;
    return typeof id === 'string' ? ((await db.datasets.get(id)) ?? null) : null;
  });
}

export async function listDatasets(db: PlannerDatabase): Promise<DatasetRecord[]> {
  return db.datasets.orderBy('createdAt').toArray();
}

/** Stores an imported office list and makes it the data set in use, all or nothing. */
export async function activateNewDataset(db: PlannerDatabase, record: DatasetRecord): Promise<void> {
  await db.transaction('rw', db.datasets, db.settings, async () => {
    await db.datasets.put(record);
    await db.settings.put({ key: ACTIVE_DATASET_KEY, value: record.id });
  });
}

/** Makes a stored data set, or the embedded one (null), the one in use. */
export async function useDataset(db: PlannerDatabase, id: string | null): Promise<void> {
  await (id === null ? db.settings.delete(ACTIVE_DATASET_KEY) : db.settings.put({ key: ACTIVE_DATASET_KEY, value: id }));
}
