// The tracker store on fake-indexeddb: every edit is saved and survives a reload with its undo
// and redo; a no-op edit records nothing; a refused write says so ("could not be saved") and
// keeps the edit in the tab; a damaged or unreadable stored record leaves the sample tracker.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { setSetting } from '../../../src/lib/db/scenarioRepository';
import { sampleTracker } from '../../../src/lib/tracker/sampleTracker';
import { setMembers } from '../../../src/lib/tracker/trackerModel';
import { TrackerStore } from '../../../src/lib/state/trackerStore.svelte';

let databases = 0;
async function openStore(name = `tracker-store-${++databases}`) {
  const db = new PlannerDatabase(name);
  const store = new TrackerStore(db);
  await store.load();
  return { db, store, name };
}
const members = (store: TrackerStore) => store.tracker.groups.find((g) => g.topic === 'country-coverage')?.members;
const settled = (store: TrackerStore) => vi.waitFor(() => expect(store.saving).toBe(false));

describe('TrackerStore', () => {
  it('starts from the sample tracker with nothing to undo', async () => {
    const { store } = await openStore();
    expect(store.tracker).toEqual(sampleTracker());
    expect([store.canUndo, store.canRedo, store.saveError]).toEqual([false, false, null]);
  });

  it('saves each edit; a reload brings back the tracker and its undo and redo', async () => {
    const { store, name } = await openStore();
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana\nBo'));
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana\nBo\nCy'));
    store.undo();
    await settled(store);
    expect(members(store)).toBe('Ana\nBo');
    const { store: reloaded } = await openStore(name);
    expect(members(reloaded)).toBe('Ana\nBo');
    expect([reloaded.canUndo, reloaded.canRedo]).toEqual([true, true]);
    reloaded.redo();
    expect(members(reloaded)).toBe('Ana\nBo\nCy');
    reloaded.undo();
    reloaded.undo();
    expect(reloaded.tracker).toEqual(sampleTracker());
    expect(reloaded.canUndo).toBe(false);
  });

  it('an edit that changes nothing is not recorded; a new edit clears redo', async () => {
    const { store } = await openStore();
    store.apply((t) => t);
    expect(store.canUndo).toBe(false);
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana'));
    store.undo();
    expect(store.canRedo).toBe(true);
    store.apply((t) => setMembers(t, 'country-coverage', 'Bo'));
    expect(store.canRedo).toBe(false);
    await settled(store);
  });

  it('undo and redo with nothing to undo or redo leave the tracker as it is', async () => {
    const { store } = await openStore();
    const before = store.tracker;
    store.undo();
    store.redo();
    expect(store.tracker).toBe(before);
  });

  it('a refused write says the tracker could not be saved and keeps the edit in the tab', async () => {
    const { db, store } = await openStore();
    db.close();
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana'));
    await settled(store);
    expect(store.saveError).toMatch(/^The tracker could not be saved \(.+\)\. Your changes are kept while this tab stays open: export a backup\.$/);
    expect(members(store)).toBe('Ana');
    expect(store.canUndo).toBe(true);
  });

  it('the error clears once a write succeeds again', async () => {
    const { db, store, name } = await openStore();
    db.close();
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana'));
    await settled(store);
    expect(store.saveError).not.toBeNull();
    await db.open();
    store.apply((t) => setMembers(t, 'country-coverage', 'Ana\nBo'));
    await settled(store);
    expect(store.saveError).toBeNull();
    expect(members((await openStore(name)).store)).toBe('Ana\nBo');
  });

  it('a damaged stored tracker is not loaded: the sample stays and nothing is thrown', async () => {
    const name = `tracker-store-${++databases}`;
    await setSetting(new PlannerDatabase(name), 'tracker', { tracker: { version: 99 }, past: [], future: [] });
    const { store } = await openStore(name);
    expect(store.tracker).toEqual(sampleTracker());
  });

  it('damaged history entries are dropped, the good ones kept', async () => {
    const name = `tracker-store-${++databases}`;
    const good = setMembers(sampleTracker(), 'country-coverage', 'Ana');
    await setSetting(new PlannerDatabase(name), 'tracker', { tracker: good, past: [{ version: 99 }, sampleTracker()], future: ['junk'] });
    const { store } = await openStore(name);
    expect(members(store)).toBe('Ana');
    expect([store.canUndo, store.canRedo]).toEqual([true, false]);
    store.undo();
    expect(store.tracker).toEqual(sampleTracker());
  });

  it('a database that cannot be read: load keeps the sample and does not throw', async () => {
    const db = new PlannerDatabase(`tracker-store-${++databases}`);
    const store = new TrackerStore(db);
    db.close();
    await expect(store.load()).resolves.toBeUndefined();
    expect(store.tracker).toEqual(sampleTracker());
  });
});
