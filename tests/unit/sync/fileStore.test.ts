// The sync server's disk store: every update logged as it happens, folded into a snapshot by
// compact(), and read back whole, before and after compaction, by a fresh server.
import { mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// @ts-expect-error plain ES module of the server, without type declarations
import { fileStore } from '../../../src/server/fileStore.mjs';

const fresh = (dir: string, name = 'reform') => {
  const doc = new Y.Doc();
  fileStore(dir).load(name, doc);
  return doc;
};

describe('the sync server file store', () => {
  it('reads back every logged update, before and after compaction, and skips a torn last record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnp-filestore-'));
    const store = fileStore(dir);
    const doc = new Y.Doc();
    store.load('reform', doc);
    doc.getArray('log').push(['a', 'b']);
    expect(fresh(dir).getArray('log').toArray()).toEqual(['a', 'b']);
    store.compact('reform', doc);
    doc.getArray('log').push(['c']);
    expect(fresh(dir).getArray('log').toArray()).toEqual(['a', 'b', 'c']);
    // A kill in the middle of an append leaves a record shorter than its length prefix.
    const log = readdirSync(dir).find((f) => f.endsWith('.log'))!;
    appendFileSync(join(dir, log), Buffer.from([0, 0, 0, 50, 1, 2]));
    const restarted = fresh(dir);
    expect(restarted.getArray('log').toArray()).toEqual(['a', 'b', 'c']);
    // The restarted server's next updates are readable after the torn record was cut off.
    restarted.getArray('log').push(['d']);
    expect(fresh(dir).getArray('log').toArray()).toEqual(['a', 'b', 'c', 'd']);
    // Workspace names become file names that cannot climb out of the data folder.
    const other = new Y.Doc();
    store.load('../../etc/x', other);
    other.getArray('log').push(['x']);
    expect(readdirSync(dir).every((f) => !f.includes('/') && !f.startsWith('.'))).toBe(true);
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    expect(fresh(dir, '../../etc/x').getArray('log').toArray()).toEqual(['x']);
  });
});
