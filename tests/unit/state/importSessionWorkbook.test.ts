// An .xlsx workbook through the import session, on the real import job behind a queue (as a
// Worker runs it) and the real stores on fake-indexeddb: a workbook named .csv is recognised by
// its bytes, the chosen sheet is read, and its offices land as a scenario.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { ImportJob, type JobReply, type JobRequest } from '../../../src/lib/io/import/importJob';
import { ImportSession } from '../../../src/lib/state/importSession.svelte';
import type { WorkerLike } from '../../../src/lib/state/importWorkerClient';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { ScorecardStore } from '../../../src/lib/state/scorecardStore.svelte';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const baseline = loaded.network;

beforeAll(() => vi.stubGlobal('navigator', { storage: undefined }));
afterAll(() => vi.unstubAllGlobals());

/** The real ImportJob, one request at a time, replies cloned and delivered later, like a Worker. */
class QueuedWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly job = new ImportJob((reply) => setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<JobReply>), 0));
  postMessage(request: JobRequest): void {
    const copy = structuredClone(request);
    setTimeout(() => (this.queue = this.queue.then(() => this.job.handle(copy))), 0);
  }
  terminate(): void {}
}

const until = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true), { interval: 5 });

describe('ImportSession with an .xlsx workbook', () => {
  it('reads a workbook named .csv, switches to the chosen sheet, and lands its offices', async () => {
    const db = new PlannerDatabase('import-session-workbook');
    const scenarios = new ScenarioStore(baseline, db);
    await scenarios.load();
    const session = new ImportSession(() => baseline, scenarios, new ScorecardStore(scenarios, db), db, () => new QueuedWorker());
    const bytes = readFileSync(new URL('../../fixtures/import/offices-workbook.xlsx', import.meta.url));
    await session.start(new File([new Uint8Array(bytes)], 'offices.csv', { type: 'text/csv' }));
    await until(() => session.step === 'mapping');
    expect(session.read?.workbook).toEqual({ sheet: 'Notes', sheets: ['Notes', 'Offices', 'Merged header'] });
    session.reread({ sheet: 'Offices' });
    await until(() => session.read?.workbook?.sheet === 'Offices');
    expect(session.read?.rowCount).toBe(3);
    session.check();
    await until(() => session.step === 'report');
    expect([session.report?.valid, session.report?.skipped]).toEqual([3, 0]);
    await session.importValidRows();
    // The three offices are in the embedded data: the scenario records what the sheet changes about them.
    const offices = new Set(scenarios.active.flatMap((s) => s.changes.flatMap((c) => ('office' in c && typeof c.office === 'string' ? [c.office] : []))));
    expect([...offices].sort()).toEqual(['AFR-ETH', 'AFR-SEN', 'LAC-MEX']);
  });
});
