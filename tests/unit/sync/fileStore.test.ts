// The sync server's disk store: every update logged as it happens (a member's before it is
// applied), folded into a snapshot by compact(), and read back whole, before and after
// compaction, by a fresh server.
import { mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// @ts-expect-error plain ES module of the server, without type declarations
import { fileStore } from '../../../src/server/fileStore.mjs';

const fresh = (dir: string, name = 'reform') => {
  const doc = new Y.Doc();
  const store = fileStore(dir);
  store.load(name, doc);
  return { doc, store };
};
const items = (dir: string, name = 'reform') => fresh(dir, name).doc.getArray('log').toArray();

describe('the sync server file store', () => {
  it('reads back every logged update, before and after compaction, and skips a torn last record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnp-filestore-'));
    const store = fileStore(dir);
    const doc = new Y.Doc();
    store.load('reform', doc);
    doc.getArray('log').push(['a', 'b']);
    await store.idle('reform');
    expect(items(dir)).toEqual(['a', 'b']);
    await store.compact('reform', doc);
    doc.getArray('log').push(['c']);
    await store.idle('reform');
    expect(items(dir)).toEqual(['a', 'b', 'c']);
    // A kill in the middle of an append leaves a record shorter than its length prefix.
    const log = readdirSync(dir).find((f) => f.endsWith('.log'))!;
    appendFileSync(join(dir, log), Buffer.from([0, 0, 0, 50, 1, 2]));
    const restarted = fresh(dir);
    expect(restarted.doc.getArray('log').toArray()).toEqual(['a', 'b', 'c']);
    // The restarted server's next updates are readable after the torn record was cut off.
    restarted.doc.getArray('log').push(['d']);
    await restarted.store.idle('reform');
    expect(items(dir)).toEqual(['a', 'b', 'c', 'd']);
    // Workspace names become file names that cannot climb out of the data folder.
    const other = new Y.Doc();
    store.load('../../etc/x', other);
    other.getArray('log').push(['x']);
    await store.idle('../../etc/x');
    expect(readdirSync(dir).every((f) => !f.includes('/') && !f.startsWith('.'))).toBe(true);
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    expect(items(dir, '../../etc/x')).toEqual(['x']);
  });

  it('has a member’s update on disk before it is applied, and once only, compaction or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnp-filestore-'));
    const store = fileStore(dir);
    const doc = new Y.Doc();
    store.load('reform', doc);
    const member = new Y.Doc();
    const updates: Uint8Array[] = [];
    member.on('update', (u: Uint8Array) => updates.push(u));
    member.getArray('log').push(['stored first']);
    member.getArray('log').push(['then applied']);
    const connection = { socketId: 'member-1' };
    // Stored, acknowledged by the disk, not yet applied: a compaction now must keep it.
    await store.persistIncoming('reform', updates[0], connection);
    expect(items(dir)).toEqual(['stored first']);
    await store.compact('reform', doc);
    expect(items(dir)).toEqual(['stored first']);
    // Applied afterwards (origin: the member's connection): not logged a second time.
    Y.applyUpdate(doc, updates[0]!, connection);
    await store.persistIncoming('reform', updates[1], connection);
    Y.applyUpdate(doc, updates[1]!, connection);
    await store.idle('reform');
    const log = readdirSync(dir).find((f) => f.endsWith('.log'))!;
    expect(readdirSync(dir)).toContain(log);
    expect(items(dir)).toEqual(['stored first', 'then applied']);
  });

  it('writes updates that arrive during one flush together in the next, each resolved once on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnp-filestore-'));
    const store = fileStore(dir);
    store.load('reform', new Y.Doc());
    const member = new Y.Doc();
    const updates: Uint8Array[] = [];
    member.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 50; i += 1) member.getArray('log').push([i]);
    await Promise.all(updates.map((u) => store.persistIncoming('reform', u, { socketId: 'm' })));
    expect(items(dir)).toEqual([...Array(50).keys()]);
  });
});
