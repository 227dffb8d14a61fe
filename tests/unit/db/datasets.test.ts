// Replacing the embedded data set with an imported office list, and switching back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { activateNewDataset, listDatasets, useDataset } from '../../../src/lib/db/datasetRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { loadBaseline } from '../../../src/lib/state/loadBaseline';
import type { Office } from '../../../src/lib/model/types';

const embedded = loadDefaultNetwork();
if (!embedded.ok) throw new Error('no data');
const kenya = embedded.network.offices.find((o) => o.id === 'AFR-KEN') as Office;
const record = (offices: Office[], id = 'd1') => ({ id, name: `Imported ${id}`, fileName: `${id}.csv`, offices, createdAt: `2026-11-22T10:00:0${id.length}.000Z` });

describe('data sets', () => {
  it('starts on the embedded data set', async () => {
    const baseline = await loadBaseline(new PlannerDatabase('ds-1'));
    expect(baseline.datasetId).toBeNull();
    expect(baseline.loaded.ok && baseline.loaded.network.offices).toHaveLength(48);
  });

  it('uses an imported office list once activated, keeps the old ones, and switches back', async () => {
    const db = new PlannerDatabase('ds-2');
    await activateNewDataset(db, record([{ ...kenya, reportsTo: null }]));
    const imported = await loadBaseline(db);
    expect(imported).toMatchObject({ datasetId: 'd1', datasetName: 'Imported d1' });
    expect(imported.loaded.ok && imported.loaded.network.offices.map((o) => o.id)).toEqual(['AFR-KEN']);

    await activateNewDataset(db, record([{ ...kenya, reportsTo: null, name: 'Second' }], 'd22'));
    expect((await listDatasets(db)).map((d) => d.id)).toEqual(['d1', 'd22']);
    await useDataset(db, null);
    expect((await loadBaseline(db)).datasetId).toBeNull();
    db.close();
  });

  it('reports an imported list that breaks the network rules instead of drawing it', async () => {
    const db = new PlannerDatabase('ds-3');
    await activateNewDataset(db, record([{ ...kenya, reportsTo: null }, { ...kenya, id: 'X' as Office['id'], reportsTo: null }]));
    const baseline = await loadBaseline(db);
    expect(baseline.loaded.ok).toBe(false);
    if (!baseline.loaded.ok) expect(baseline.loaded.issues[0]?.message).toMatch(/covered by both "AFR-KEN" and "X"/);
    db.close();
  });
});
