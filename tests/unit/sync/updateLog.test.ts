// A working group's Yjs updates kept in the app's database: what this browser made while
// offline is still there after a reload (a new database connection), merged or not.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { addSharedScenario, applySharedEdit, readSharedScenarios } from '../../../src/lib/sync/sharedScenarios';
import { dexieUpdateLog } from '../../../src/lib/sync/updateLog';
import { asScenarioId } from '../../../src/lib/scenario/types';
import { NOW, SAMPLE_CHANGES, cid, emptyScenario } from '../scenario/scenarioTestData';

const NAME = 'sync-update-log-test';
const WORKSPACE = 'ws://127.0.0.1:1|reform';
const ID = asScenarioId('s1');
let db: PlannerDatabase | null = null;

afterEach(async () => {
  await db?.delete();
  db = null;
});

/** A document whose every update is appended to the log, as the working group does. */
function loggedDoc(database: PlannerDatabase) {
  const doc = new Y.Doc();
  const log = dexieUpdateLog(database);
  const writes: Promise<void>[] = [];
  doc.on('update', (update: Uint8Array) => writes.push(log.append(WORKSPACE, update)));
  return { doc, settled: () => Promise.all(writes) };
}

describe('the update log of a working group', () => {
  it('gives back, after a reload, the scenarios and edits made here (compacted or not)', async () => {
    db = new PlannerDatabase(NAME);
    const { doc, settled } = loggedDoc(db);
    addSharedScenario(doc, { ...emptyScenario(), id: ID, name: 'Plan' }, 'Amina', 'me');
    applySharedEdit(doc, ID, { op: 'record', change: SAMPLE_CHANGES['set-tier'], changeId: cid('c1'), at: NOW }, 'Amina', 'me');
    applySharedEdit(doc, ID, { op: 'record', change: SAMPLE_CHANGES['close-office'], changeId: cid('c2'), at: NOW }, 'Amina', 'me');
    await settled();
    db.close();

    db = new PlannerDatabase(NAME);
    const log = dexieUpdateLog(db);
    const reopen = async () => {
      const restored = new Y.Doc();
      for (const update of await log.load(WORKSPACE)) Y.applyUpdate(restored, update);
      return readSharedScenarios(restored);
    };
    const before = await reopen();
    expect(before[0]!.changes.map((c) => c.id)).toEqual(['c1', 'c2']);
    await log.compact(WORKSPACE);
    expect(await log.load(WORKSPACE)).toHaveLength(1);
    expect(await reopen()).toEqual(before);
    // Another workspace's log is its own; forgetting one leaves nothing of it.
    expect(await log.load('ws://other|reform')).toEqual([]);
    await log.forget(WORKSPACE);
    expect(await log.load(WORKSPACE)).toEqual([]);
  });
});
