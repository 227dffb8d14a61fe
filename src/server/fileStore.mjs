// Keeps each workspace's Yjs document on disk: a snapshot plus an append-only log of updates.
//
// A member's update is appended and flushed (fdatasync) BEFORE Hocuspocus applies and
// acknowledges it (server.mjs calls persistIncoming from beforeHandleMessage and waits), so
// whatever was acknowledged survives a kill. The flush runs in libuv's thread pool, not on the
// event loop, and updates that arrive while one flush is under way go to disk together in the
// next (group commit): a slow disk (fdatasync 15–60 ms here under load) then delays only the
// updates waiting for it, instead of stopping the whole server once per update, which is what
// made edits reach the other members a second late at 50 updates a second.
//
// Updates from elsewhere (another instance through Redis) are logged the same way without
// anyone waiting. compact() folds the log into the snapshot (written to a new file, renamed).
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { fdatasync, write } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as Y from 'yjs';

const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);

/** A workspace name as a safe file name (no path separators, no dots to climb with). */
const fileName = (name) => Buffer.from(name, 'utf8').toString('base64url');

/** One length-prefixed record: a torn last record (kill mid-write) is detected and skipped. */
function record(bytes) {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(bytes.length);
  return Buffer.concat([header, bytes]);
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

/** One workspace's log file: appends wait for the next group flush. */
class DurableLog {
  constructor(path) {
    this.path = path;
    this.fd = null;
    /** Records waiting for the next flush, and who waits for them. */
    this.waiting = [];
    this.flushing = null;
  }

  /** Resolves once `bytes` is on disk. */
  append(bytes) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ bytes: record(bytes), resolve, reject });
      this.flushing ??= this.flushAll();
    });
  }

  /** Resolves when nothing is being written. */
  async idle() {
    while (this.flushing) await this.flushing;
  }

  async flushAll() {
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        try {
          this.fd ??= openSync(this.path, 'a');
          const data = Buffer.concat(batch.map((w) => w.bytes));
          for (let at = 0; at < data.length; ) at += (await writeAsync(this.fd, data, at, data.length - at)).bytesWritten ?? 0;
          await fdatasyncAsync(this.fd);
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  /** Closes the file (it is about to be removed); the next append opens a new one. */
  close() {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export function fileStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const paths = (name) => ({ snapshot: join(dataDir, `${fileName(name)}.ydoc`), log: join(dataDir, `${fileName(name)}.log`) });
  const logs = new Map();
  const logFor = (name) => {
    let log = logs.get(name);
    if (!log) logs.set(name, (log = new DurableLog(paths(name).log)));
    return log;
  };
  /** Updates written by persistIncoming, not to be written again when the document applies them. */
  const stored = new WeakSet();
  return {
    /** Applies what is stored to a fresh document, then logs every later update. */
    load(name, document) {
      const { snapshot, log } = paths(name);
      if (existsSync(snapshot)) Y.applyUpdate(document, readFileSync(snapshot));
      const { updates, length } = readLog(log);
      for (const update of updates) Y.applyUpdate(document, update);
      // Cut a torn last record off, or every later update would be appended behind it, unreadable.
      if (existsSync(log)) truncateSync(log, length);
      // An update a member sent was stored before it was applied (persistIncoming); any other
      // (another instance's, through Redis) is stored now, with no one waiting for it.
      document.on('update', (update, origin) => {
        if (stored.has(origin)) return;
        logFor(name).append(Buffer.from(update)).catch((error) => console.error(`sync server: could not store an update: ${error.message}`));
      });
    },
    /**
     * Stores a member's update before Hocuspocus applies and acknowledges it. `connection` is
     * the update's origin once applied, so the document's update event does not store it twice.
     */
    persistIncoming(name, update, connection) {
      stored.add(connection);
      return logFor(name).append(Buffer.from(update));
    },
    /** Resolves once every update handed over so far is on disk. */
    idle: (name) => logFor(name).idle(),
    /** Writes the whole state as the new snapshot and empties the log. */
    async compact(name, document) {
      const { snapshot, log } = paths(name);
      const durable = logFor(name);
      await durable.idle();
      // From here to the end nothing yields: no flush can start in between. The log is merged
      // in, not only the document: an update stored but not yet applied (its member's message
      // is still on its way to Hocuspocus) is in the log alone. Updates still waiting for a
      // flush go to the new log.
      const temporary = `${snapshot}.tmp`;
      writeFileSync(temporary, Y.mergeUpdates([Y.encodeStateAsUpdate(document), ...readLog(log).updates]));
      const fd = openSync(temporary, 'r');
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temporary, snapshot);
      durable.close();
      rmSync(log, { force: true });
    },
  };
}
