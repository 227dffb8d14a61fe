// Keeps each workspace's Yjs document on disk: a snapshot plus an append-only log of updates.
// Each update is appended and flushed (fsync) inside the document's update event, which runs
// before the server acknowledges the update to the member: whatever was acknowledged survives
// a kill. compact() folds the log into the snapshot (written to a new file, then renamed).
import { appendFileSync, closeSync, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

/** A workspace name as a safe file name (no path separators, no dots to climb with). */
const fileName = (name) => Buffer.from(name, 'utf8').toString('base64url');

/** Appends one length-prefixed record and waits for the disk (fdatasync) before returning. */
function appendDurably(fd, bytes) {
  // Length-prefixed records: a torn last record (kill mid-write) is detected and skipped.
  const header = Buffer.alloc(4);
  header.writeUInt32BE(bytes.length);
  appendFileSync(fd, Buffer.concat([header, bytes]));
  fdatasyncSync(fd);
}

/** The log's complete records, and how many bytes they take (what follows is a torn write). */
function readLog(path) {
  if (!existsSync(path)) return { updates: [], length: 0 };
  const data = readFileSync(path);
  const updates = [];
  let at = 0;
  while (at + 4 <= data.length) {
    const length = data.readUInt32BE(at);
    if (at + 4 + length > data.length) break; // torn write: never acknowledged
    updates.push(data.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return { updates, length: at };
}

export function fileStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const paths = (name) => ({ snapshot: join(dataDir, `${fileName(name)}.ydoc`), log: join(dataDir, `${fileName(name)}.log`) });
  /** Each workspace's log, kept open between appends (opening per update doubles the cost). */
  const openLogs = new Map();
  const logFor = (name) => {
    let fd = openLogs.get(name);
    if (fd === undefined) openLogs.set(name, (fd = openSync(paths(name).log, 'a')));
    return fd;
  };
  return {
    /** Applies what is stored to a fresh document, then logs every later update. */
    load(name, document) {
      const { snapshot, log } = paths(name);
      if (existsSync(snapshot)) Y.applyUpdate(document, readFileSync(snapshot));
      const { updates, length } = readLog(log);
      for (const update of updates) Y.applyUpdate(document, update);
      // Cut a torn last record off, or every later update would be appended behind it, unreadable.
      if (existsSync(log)) truncateSync(log, length);
      document.on('update', (update) => appendDurably(logFor(name), Buffer.from(update)));
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
      const logFd = openLogs.get(name);
      if (logFd !== undefined) closeSync(logFd);
      openLogs.delete(name);
      rmSync(log, { force: true });
    },
  };
}
