// Keeps each workspace's Yjs document on disk: a snapshot plus an append-only log of updates.
// Each update is appended and flushed (fsync) inside the document's update event, which runs
// before the server acknowledges the update to the member: whatever was acknowledged survives
// a kill. compact() folds the log into the snapshot (written to a new file, then renamed).
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

/** A workspace name as a safe file name (no path separators, no dots to climb with). */
const fileName = (name) => Buffer.from(name, 'utf8').toString('base64url');

function appendDurably(path, bytes) {
  const fd = openSync(path, 'a');
  try {
    // Length-prefixed records: a torn last record (kill mid-write) is detected and skipped.
    const header = Buffer.alloc(4);
    header.writeUInt32BE(bytes.length);
    appendFileSync(fd, Buffer.concat([header, bytes]));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readLog(path) {
  if (!existsSync(path)) return [];
  const data = readFileSync(path);
  const updates = [];
  let at = 0;
  while (at + 4 <= data.length) {
    const length = data.readUInt32BE(at);
    if (at + 4 + length > data.length) break; // torn write: never acknowledged
    updates.push(data.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return updates;
}

export function fileStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const paths = (name) => ({ snapshot: join(dataDir, `${fileName(name)}.ydoc`), log: join(dataDir, `${fileName(name)}.log`) });
  return {
    /** Applies what is stored to a fresh document, then logs every later update. */
    load(name, document) {
      const { snapshot, log } = paths(name);
      if (existsSync(snapshot)) Y.applyUpdate(document, readFileSync(snapshot));
      for (const update of readLog(log)) Y.applyUpdate(document, update);
      document.on('update', (update) => appendDurably(log, Buffer.from(update)));
    },
    /** Writes the whole state as the new snapshot and empties the log. */
    compact(name, document) {
      const { snapshot, log } = paths(name);
      const temporary = `${snapshot}.tmp`;
      writeFileSync(temporary, Y.encodeStateAsUpdate(document));
      const fd = openSync(temporary, 'r');
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temporary, snapshot);
      // An update logged between the snapshot and this line is in the snapshot too (same thread).
      rmSync(log, { force: true });
    },
  };
}
