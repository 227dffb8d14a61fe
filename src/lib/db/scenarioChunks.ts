// How a scenario is laid out in IndexedDB since version 6: a small head record (name, dates,
// history) plus its changes in chunk records of CHANGES_PER_CHUNK each. Reading one record of
// 100,000 changes took the browser seconds of main-thread work in one piece; chunks are read one
// per task, and a save that adds a change rewrites only the last chunk. Undo steps that add a
// listed change are stored as runs of positions in the list, so each change is stored once.
import type { Change, HistoryEntry, Scenario, ScenarioId } from '../scenario/types';

export const CHANGES_PER_CHUNK = 2000;
export const CHUNKS_STORE = 'scenarioChunks';

/** Changes `chunkIndex * CHANGES_PER_CHUNK` onwards of one scenario. */
export interface ChunkRecord {
  readonly scenarioId: ScenarioId;
  readonly chunkIndex: number;
  readonly changes: readonly Change[];
}

/** Consecutive "add" steps of the changes at positions `from` … `from + count - 1`. */
export interface AddedRun {
  readonly op: 'added';
  readonly from: number;
  readonly count: number;
}
export type StoredHistoryEntry = HistoryEntry | AddedRun;

/** The head record of a scenario stored in chunks: everything but the changes, history encoded. */
export interface ChunkedHead extends Omit<Scenario, 'changes' | 'undo' | 'redo'> {
  readonly layout: 'chunks';
  readonly changeCount: number;
  readonly chunkCount: number;
  readonly undo: readonly StoredHistoryEntry[];
  readonly redo: readonly StoredHistoryEntry[];
}

/** A record of the scenarios store: a chunked head, or (version 5 and before, damaged records) a whole scenario. */
export type ScenarioRecord = Scenario | ChunkedHead;

export function isChunkedHead(record: unknown): record is ChunkedHead {
  return typeof record === 'object' && record !== null && (record as { layout?: unknown }).layout === 'chunks';
}

export const chunkCountOf = (changeCount: number) => Math.ceil(changeCount / CHANGES_PER_CHUNK);

/** History entries with every "add" of a listed change (the very object) folded into runs. */
function encodeHistory(entries: readonly HistoryEntry[], changes: readonly Change[], positions: () => Map<Change, number>): StoredHistoryEntry[] {
  const stored: StoredHistoryEntry[] = [];
  entries.forEach((entry, i) => {
    // The usual history (every change added in order) shares objects position by position: no map needed.
    const position = entry.op !== 'add' ? undefined : changes[i] === entry.change ? i : positions().get(entry.change);
    const last = stored[stored.length - 1];
    if (position === undefined) stored.push(entry);
    else if (last?.op === 'added' && last.from + last.count === position) stored[stored.length - 1] = { ...last, count: last.count + 1 };
    else stored.push({ op: 'added', from: position, count: 1 });
  });
  return stored;
}

/**
 * A scenario as a head record and its chunk records.
 * @example splitScenario({ …s, changes: [a, b], undo: [{ op: 'add', change: a }, { op: 'add', change: b }] })
 * // → { head: { …, layout: 'chunks', changeCount: 2, chunkCount: 1, undo: [{ op: 'added', from: 0, count: 2 }] }, chunks: [{ chunkIndex: 0, changes: [a, b] }] }
 */
export function splitScenario(scenario: Scenario): { head: ChunkedHead; chunks: ChunkRecord[] } {
  return { head: headOf(scenario), chunks: chunksFrom(scenario.id, scenario.changes, 0) };
}

/** The head record of a scenario: everything but its changes, with its history encoded. */
export function headOf(scenario: Scenario): ChunkedHead {
  const { changes, undo, redo, ...fields } = scenario;
  let map: Map<Change, number> | null = null;
  const positions = () => (map ??= new Map(changes.map((change, i) => [change, i])));
  return { ...fields, layout: 'chunks', changeCount: changes.length, chunkCount: chunkCountOf(changes.length), undo: encodeHistory(undo, changes, positions), redo: encodeHistory(redo, changes, positions) };
}

/** The chunk records of `changes` from chunk `first` on. */
export function chunksFrom(scenarioId: ScenarioId, changes: readonly Change[], first: number): ChunkRecord[] {
  const chunks: ChunkRecord[] = [];
  for (let index = first; index < chunkCountOf(changes.length); index += 1) chunks.push({ scenarioId, chunkIndex: index, changes: changes.slice(index * CHANGES_PER_CHUNK, (index + 1) * CHANGES_PER_CHUNK) });
  return chunks;
}

/**
 * The first chunk whose changes differ between two versions of a list (edits keep the objects
 * of unchanged changes), or the new chunk count when none does: a save writes only from there.
 * @example firstChangedChunk([a, b], [a, b, c]) // → 0 (chunk 0 now holds c too)
 */
export function firstChangedChunk(before: readonly Change[], after: readonly Change[]): number {
  const shared = Math.min(before.length, after.length);
  let i = 0;
  while (i < shared && before[i] === after[i]) i += 1;
  if (i === shared && before.length === after.length) return chunkCountOf(after.length);
  return Math.floor(i / CHANGES_PER_CHUNK);
}

/** Why a chunked head and its chunks do not make one record, or null when they do. */
function chunkProblem(head: ChunkedHead, chunks: readonly unknown[]): string | null {
  if (!Number.isInteger(head.changeCount) || head.changeCount < 0 || head.chunkCount !== chunkCountOf(head.changeCount)) return `its change count (${String(head.changeCount)}) does not match its ${String(head.chunkCount)} parts`;
  for (let i = 0; i < head.chunkCount; i += 1) {
    const chunk = chunks[i] as Partial<ChunkRecord> | undefined;
    const expected = Math.min(CHANGES_PER_CHUNK, head.changeCount - i * CHANGES_PER_CHUNK);
    if (!chunk || !Array.isArray(chunk.changes)) return `part ${i + 1} of ${head.chunkCount} of its changes is missing`;
    if (chunk.changes.length !== expected) return `part ${i + 1} of ${head.chunkCount} of its changes holds ${chunk.changes.length} changes, not ${expected}`;
  }
  return null;
}

function decodeHistory(stored: unknown, changes: readonly unknown[]): unknown {
  if (!Array.isArray(stored)) return stored; // left for restoreScenario to report
  const entries: unknown[] = [];
  for (const entry of stored as unknown[]) {
    const run = entry as Partial<AddedRun>;
    if (run?.op !== 'added') entries.push(entry);
    else if (!Number.isInteger(run.from) || !Number.isInteger(run.count) || run.from! < 0 || run.from! + run.count! > changes.length) entries.push({ op: 'add', change: null });
    else for (let i = run.from!; i < run.from! + run.count!; i += 1) entries.push({ op: 'add', change: changes[i] });
  }
  return entries;
}

/**
 * The whole record (as version 5 stored it) from a head and its chunks in order, for the one
 * checking path (restoreScenario); or why they do not fit together.
 */
export function assembleRecord(head: ChunkedHead, chunks: readonly unknown[]): { ok: true; record: Record<string, unknown> } | { ok: false; problem: string } {
  const problem = chunkProblem(head, chunks);
  if (problem) return { ok: false, problem };
  const changes: unknown[] = [];
  for (const chunk of chunks.slice(0, head.chunkCount)) for (const change of (chunk as ChunkRecord).changes) changes.push(change);
  const { layout: _layout, changeCount: _count, chunkCount: _chunks, undo, redo, ...fields } = head;
  return { ok: true, record: { ...fields, changes, undo: decodeHistory(undo, changes), redo: decodeHistory(redo, changes) } };
}
