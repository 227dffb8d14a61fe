// A shared scenario records nothing for an edit that changes nothing: choosing the office
// that already covers Somalia (Addis Ababa) was once recorded as
// "Somalia: covered from Addis Ababa → Addis Ababa" and sent to the whole group.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import type { CountryCode, OfficeId } from '../../../src/lib/model/types';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { YjsGroup } from './yjsGroup.svelte';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');

beforeAll(() => vi.stubGlobal('navigator', { storage: undefined }));
afterAll(() => vi.unstubAllGlobals());

const assign = (country: string, office: string) => ({ kind: 'assign-country', country: country as CountryCode, office: office as OfficeId }) as const;

it('records no change, and sends none to the group, for the office that already covers the country', async () => {
  const store = new ScenarioStore(loaded.network, new PlannerDatabase('shared-no-op'));
  await store.load();
  const group = new YjsGroup('Amina');
  store.sharing = group;
  const scenario = await store.create('Shared plan');
  expect(store.sharing.has(scenario.id)).toBe(true);
  expect(store.current?.id).toBe(scenario.id);

  await store.edit(assign('SOM', 'AFR-ETH')); // Somalia is already covered from Addis Ababa
  expect(group.edits).toEqual([]);
  expect(store.current?.changes).toEqual([]);

  // A real move is recorded, once; choosing the same office again records nothing more.
  await store.edit(assign('SSD', 'AFR-ETH'));
  await store.edit(assign('SSD', 'AFR-ETH'));
  expect(store.current?.changes.map((c) => [c.kind, 'country' in c ? c.country : '', 'author' in c ? c.author : ''])).toEqual([['assign-country', 'SSD', 'Amina']]);
  expect(group.edits).toHaveLength(1);
});
