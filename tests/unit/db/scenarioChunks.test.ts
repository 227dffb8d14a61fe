// Scenarios stored as a head and chunks of changes (database version 6), on fake-indexeddb:
// the upgrade from a real version-5 database keeps every record, a save rewrites only the
// chunks it changed, a write is all or nothing, and a missing chunk makes a damaged record
// (kept, listed, backed up), never a shorter scenario.
import 'fake-indexeddb/auto';
import Dexie, { type DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { readBackupRecords } from '../../../src/lib/db/backupRepository';
import { CHANGES_PER_CHUNK, assembleRecord, firstChangedChunk, splitScenario } from '../../../src/lib/db/scenarioChunks';
import { appendEdit, compactScenarios, getScenario, loadScenarios, putScenario } from '../../../src/lib/db/scenarioRepository';
import { toEditRow } from '../../../src/lib/db/scenarioEdits';
import { restoreScenario } from '../../../src/lib/io/restoreScenario';
import { createScenario, recordChange, revertChange, undo } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId, type ChangeData, type Scenario } from '../../../src/lib/scenario/types';

const T = '2026-06-01T10:00:00.000Z';
const COUNT = 2 * CHANGES_PER_CHUNK + 500; // three chunks, the last one part full (499 once c7 is reverted)
const rename = (i: number): ChangeData => ({ kind: 'rename-office', office: 'AFR-KEN' as never, name: `Nairobi ${i}` });

/** A scenario of `count` changes whose history also holds a revert and an undone step. */
function bigScenario(id = 'big', count = COUNT): Scenario {
  const base = createScenario({ id: asScenarioId(id), name: `${count} changes`, now: T, changes: Array.from({ length: count }, (_, i) => ({ data: rename(i), id: asChangeId(`c${i}`) })) });
  const reverted = revertChange(base, asChangeId('c7'), T);
  return undo(recordChange(reverted, rename(-1), asChangeId('last'), T), T);
}

let counter = 0;
const opened: Dexie[] = [];
const fresh = (name = `chunks-${++counter}`) => {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return db;
};
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** The keys of every chunk put through `db` from now on. */
function watchChunkWrites(db: PlannerDatabase): unknown[][] {
  const written: unknown[][] = [];
  db.use({
    stack: 'dbcore',
    name: 'watchChunkWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name !== 'scenarioChunks' ? table : { ...table, mutate: (request) => (request.type === 'put' && written.push(request.values.map((v) => [(v as { chunkIndex: number }).chunkIndex])), table.mutate(request)) };
      },
    }),
  });
  return written;
}

describe('splitScenario and assembleRecord', () => {
  it('give back the very scenario, history included, with each change stored once', () => {
    const scenario = bigScenario();
    const { head, chunks } = splitScenario(scenario);
    expect(chunks.map((c) => c.changes.length)).toEqual([CHANGES_PER_CHUNK, CHANGES_PER_CHUNK, 499]);
    // The undo stack: a run of additions, the revert, the rest of the run... not 4,500 copies of changes.
    expect(head.undo.length).toBeLessThan(5);
    expect(head.redo).toEqual([{ op: 'add', change: expect.objectContaining({ id: 'last' }) }]);
    const joined = assembleRecord(head, structuredClone(chunks));
    if (!joined.ok) throw new Error(joined.problem);
    expect(restoreScenario(joined.record)).toEqual({ ok: true, value: scenario });
  });

  it('say which part is missing or short', () => {
    const { head, chunks } = splitScenario(bigScenario());
    expect(assembleRecord(head, [chunks[0], undefined, chunks[2]])).toEqual({ ok: false, problem: 'part 2 of 3 of its changes is missing' });
    expect(assembleRecord(head, [chunks[0], { ...chunks[1], changes: chunks[1]!.changes.slice(1) }, chunks[2]])).toMatchObject({ ok: false, problem: expect.stringMatching(/part 2 of 3 .* holds 1999 changes, not 2000/) });
  });

  it.each([
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2], [1, 2, 3], 0],
    [[], [1], 0],
  ])('firstChangedChunk(%j, %j) is %i', (before, after, expected) => {
    const objects = [1, 2, 3].map((n) => ({ n }));
    const pick = (list: number[]) => list.map((n) => objects[n - 1]) as never;
    expect(firstChangedChunk(pick(before), pick(after))).toBe(expected);
  });
});

describe('the version-6 upgrade', () => {
  it('splits every readable scenario of a version-5 database into chunks and keeps a damaged record whole', async () => {
    const name = `chunks-upgrade-${++counter}`;
    const old = new Dexie(name);
    old.version(5).stores({ scenarios: 'id, updatedAt, deletedAt', settings: 'key', datasets: 'id, createdAt', scenarioEdits: '++seq, scenarioId', syncUpdates: '++seq, workspace' });
    const big = bigScenario();
    const damaged = { id: 'future', name: 'From the future', changes: [{ id: 'x', at: T, kind: 'teleport-office' }] };
    await old.table('scenarios').bulkPut([big, damaged]);
    await old.table('scenarioEdits').add(toEditRow(big.id, { op: 'set', fields: { name: 'Renamed after the last compaction' } }));
    old.close();

    const db = fresh(name);
    const heads = await db.scenarios.toArray();
    expect(heads.find((h) => h.id === 'big')).toMatchObject({ layout: 'chunks', changeCount: COUNT - 1, chunkCount: 3 }); // one change reverted
    expect(heads.find((h) => h.id === 'future')).toEqual(damaged);
    expect(await db.scenarioChunks.count()).toBe(3);
    const { scenarios, damaged: issues } = await loadScenarios(db);
    expect(scenarios).toEqual([{ ...big, name: 'Renamed after the last compaction' }]);
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/From the future.*teleport-office/)]);
  });
});

describe('writes of a chunked scenario', () => {
  it('rewrite only the last chunk when an edit adds a change', async () => {
    const db = fresh();
    const writes = watchChunkWrites(db);
    await putScenario(db, bigScenario());
    writes.length = 0;
    await appendEdit(db, toEditRow(asScenarioId('big'), { op: 'record', change: rename(9999), changeId: asChangeId('new'), at: T }));
    expect(await compactScenarios(db)).toBe(1);
    expect(writes).toEqual([[[2]]]);
    expect((await getScenario(db, asScenarioId('big')))?.changes.at(-1)?.id).toBe('new');
  });

  it('are all or nothing: a chunk that cannot be written leaves no head and no other chunk', async () => {
    const db = fresh();
    db.use({
      stack: 'dbcore',
      name: 'refuseLastChunk',
      create: (down: DBCore): DBCore => ({ ...down, table: (name) => ({ ...down.table(name), mutate: (request) => (name === 'scenarioChunks' && request.type === 'put' && request.values.length > 2 ? Promise.reject(new DOMException('over quota', 'QuotaExceededError')) : down.table(name).mutate(request)) }) }),
    });
    await expect(putScenario(db, bigScenario())).rejects.toThrow();
    expect(await db.scenarios.count()).toBe(0);
    expect(await db.scenarioChunks.count()).toBe(0);
  });
});

describe('a chunk gone missing', () => {
  it('makes the scenario damaged (listed, kept, backed up as stored), never shorter', async () => {
    const db = fresh();
    await putScenario(db, bigScenario());
    await putScenario(db, bigScenario('small', 3));
    await db.scenarioChunks.delete(['big', 1]);
    const { scenarios, damaged } = await loadScenarios(db);
    expect(scenarios.map((s) => s.id)).toEqual(['small']);
    expect(damaged).toEqual([{ file: 'IndexedDB', message: `Scenario "${COUNT} changes" (id "big"): part 2 of 3 of its changes is missing. It is kept as it is stored.` }]);
    expect(await db.scenarios.get(asScenarioId('big'))).toMatchObject({ layout: 'chunks', chunkCount: 3 });
    expect(await db.scenarioChunks.where('scenarioId').equals('big').count()).toBe(2);
    const backup = await readBackupRecords(db);
    expect(backup.damaged.map((d) => d.record)).toEqual([expect.objectContaining({ id: 'big', chunks: [expect.objectContaining({ chunkIndex: 0 }), undefined, expect.objectContaining({ chunkIndex: 2 })] })]);
  });
});
