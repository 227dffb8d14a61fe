// The edit writer's fallback to the page when the autosave worker cannot be used, on
// fake-indexeddb (Node has no Worker: the test gives the writer workers that fail the way a
// browser's do, a constructor that throws for a Content-Security-Policy and a script that
// fails to load). The row must then be stored by the page, under the same guard.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { EditRefusedError } from '../../../src/lib/db/editGuard';
import { EditWriter } from '../../../src/lib/db/editWriter';
import { toEditRow } from '../../../src/lib/db/scenarioEdits';
import { getScenario, putScenario } from '../../../src/lib/db/scenarioRepository';
import { createScenario } from '../../../src/lib/scenario/history';
import { asChangeId, asScenarioId } from '../../../src/lib/scenario/types';

const T = '2026-06-01T10:00:00.000Z';
const id = asScenarioId('s1');
const row = (changeId: string) => toEditRow(id, { op: 'record', change: { kind: 'assign-country', country: 'SOM' as never, office: 'AFR-ETH' as never }, changeId: asChangeId(changeId), at: T });

/** A worker whose script never loads: the browser fires `error` on it. */
function workerThatFailsToLoad(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage() {
      setTimeout(() => worker.onerror?.({ message: 'Failed to load the worker script', preventDefault() {} } as ErrorEvent));
    },
  };
  return worker as unknown as Worker;
}

let counter = 0;
let db: PlannerDatabase;
beforeEach(async () => {
  vi.stubGlobal('Worker', function Worker() {});
  db = new PlannerDatabase(`edit-writer-${++counter}`);
  await putScenario(db, createScenario({ id, name: 'Draft', now: T }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

describe('EditWriter', () => {
  it('writes from the page when the worker cannot be created (e.g. refused by a CSP)', async () => {
    const writer = new EditWriter(db, () => {
      throw new DOMException("Refused to create a worker from 'editWriterWorker.js'", 'SecurityError');
    });
    await writer.append(row('a'), { epoch: null });
    await writer.append(row('b'), { epoch: null });
    expect(writer.usesPageFallback).toBe(true);
    expect((await getScenario(db, id))?.changes.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('writes from the page when the worker script fails to load, the edit waiting on it included', async () => {
    const started = vi.fn(workerThatFailsToLoad);
    const writer = new EditWriter(db, started);
    writer.warmUp();
    await writer.append(row('a'), { epoch: null });
    await writer.append(row('b'), { epoch: null });
    expect(started).toHaveBeenCalledTimes(1);
    expect(writer.usesPageFallback).toBe(true);
    expect((await getScenario(db, id))?.changes.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('refuses, from the page too, a row whose scenario is no longer stored', async () => {
    const writer = new EditWriter(db, workerThatFailsToLoad);
    await db.scenarios.delete(id);
    await expect(writer.append(row('a'), { epoch: null })).rejects.toBeInstanceOf(EditRefusedError);
    expect(await db.scenarioEdits.count()).toBe(0);
  });
});
