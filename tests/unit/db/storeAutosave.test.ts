// The scenario store's autosave end to end on fake-indexeddb (no worker in Node, so the page's
// own writer is used): edits survive a reload, and two stores on one database (two tabs)
// each end up with both tabs' edits.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const baseline = loaded.network;
const coveringOffice = (store: ScenarioStore, country: string) => store.network.offices.find((o) => o.coveredCountries.includes(country as CountryCode))?.id;

beforeAll(() => vi.stubGlobal('navigator', { storage: undefined }));
afterAll(() => vi.unstubAllGlobals());

async function openStore(name: string): Promise<ScenarioStore> {
  const store = new ScenarioStore(baseline, new PlannerDatabase(name));
  await store.load();
  return store;
}

describe('ScenarioStore autosave', () => {
  it('keeps every edit, undo and rename across a reload', async () => {
    const first = await openStore('store-autosave-1');
    const scenario = await first.create('Horn of Africa');
    await first.edit({ kind: 'assign-country', country: 'SOM' as CountryCode, office: 'AFR-ETH' as OfficeId });
    await first.edit({ kind: 'assign-country', country: 'DJI' as CountryCode, office: 'AFR-KEN' as OfficeId });
    await first.undo();
    await first.rename(scenario.id, 'Horn of Africa from Addis');
    const reopened = await openStore('store-autosave-1');
    expect(reopened.current).toEqual(first.current);
    expect(reopened.current).toMatchObject({ name: 'Horn of Africa from Addis', revision: 4 });
    expect(coveringOffice(reopened, 'SOM')).toBe('AFR-ETH');
    expect(reopened.canRedo).toBe(true);
  });

  it('brings two tabs editing the same scenario to the same state, with both edits', async () => {
    const tabA = await openStore('store-autosave-2');
    const scenario = await tabA.create('Shared');
    const tabB = await openStore('store-autosave-2');
    await tabB.open(scenario.id);
    await Promise.all([
      tabA.edit({ kind: 'assign-country', country: 'SOM' as CountryCode, office: 'AFR-ETH' as OfficeId }),
      tabB.edit({ kind: 'assign-country', country: 'DJI' as CountryCode, office: 'AFR-ETH' as OfficeId }),
    ]);
    // The tabs hear of each other's save over the BroadcastChannel and reload the scenario.
    await vi.waitFor(() => {
      expect(tabA.current?.changes).toHaveLength(2);
      expect(tabB.current?.changes).toHaveLength(2);
    });
    expect(tabA.current).toEqual(tabB.current);
    expect([coveringOffice(tabA, 'SOM'), coveringOffice(tabA, 'DJI')]).toEqual(['AFR-ETH', 'AFR-ETH']);
  });
});
