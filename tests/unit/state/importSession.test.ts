// The import session from file to stored scenario, on the real import job (run in-process behind
// an asynchronous message queue, as a Worker would run it) and the real stores on fake-indexeddb:
// the report arrives a page at a time, cancel at any step writes nothing, failures say so.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { getSetting } from '../../../src/lib/db/scenarioRepository';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { ImportJob, type JobReply, type JobRequest } from '../../../src/lib/io/import/importJob';
import { ImportSession } from '../../../src/lib/state/importSession.svelte';
import type { WorkerLike } from '../../../src/lib/state/importWorkerClient';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { ScorecardStore } from '../../../src/lib/state/scorecardStore.svelte';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');
const baseline = loaded.network;

/** Node has no Web Worker: the scenario store's autosave worker fails to start as in a browser without one, and the page writes. */
class WorkerThatCannotStart {
  onmessage = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    setTimeout(() => this.onerror?.({ message: 'no workers here', preventDefault() {} }), 0);
  }
  postMessage(): void {}
  terminate(): void {}
}

beforeAll(() => {
  vi.stubGlobal('navigator', { storage: undefined });
  vi.stubGlobal('Worker', WorkerThatCannotStart);
});
afterAll(() => vi.unstubAllGlobals());

/** The real ImportJob behind a queue of macrotasks and structured clones, like a Worker; it can crash. */
class QueuedWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private queue: Promise<void> = Promise.resolve();
  requests: JobRequest['type'][] = [];
  private holdType: JobReply['type'] | null = null;
  private holding = false;
  private readonly held: JobReply[] = [];
  private readonly job = new ImportJob((reply) => this.deliver(reply));
  private deliver(reply: JobReply): void {
    if (this.holding) return void this.held.push(reply);
    if (reply.type === this.holdType) this.holding = true;
    this.later(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<JobReply>));
  }
  postMessage(request: JobRequest): void {
    this.requests.push(request.type);
    const copy = structuredClone(request);
    // One request at a time, in order, as a Worker's message loop runs them.
    this.later(() => (this.queue = this.queue.then(() => (this.terminated ? undefined : this.job.handle(copy)))));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** From the next reply of this type on, replies wait until `release()`. */
  holdAfter(type: JobReply['type']): void {
    this.holdType = type;
  }
  release(): void {
    const held = this.held.splice(0);
    [this.holdType, this.holding] = [null, false];
    held.forEach((reply) => this.deliver(reply));
  }
  crash(message: string): void {
    this.later(() => this.onerror?.({ message } as ErrorEvent));
  }
  private later(run: () => void): void {
    setTimeout(() => this.terminated || run(), 0);
  }
}

let opened = 0;
async function setUp() {
  const db = new PlannerDatabase(`import-session-${++opened}`);
  const scenarios = new ScenarioStore(baseline, db);
  await scenarios.load();
  const workers: QueuedWorker[] = [];
  const session = new ImportSession(() => baseline, scenarios, new ScorecardStore(scenarios, db), db, () => {
    const worker = new QueuedWorker();
    workers.push(worker);
    return worker;
  });
  return { db, scenarios, session, workers };
}

const until = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true), { interval: 2 });
const file = (text: string, name = 'offices.csv') => new File([text], name, { type: 'text/csv' });
const HEADER = 'id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3';
/** `count` new offices, each valid: NEW-0 … in Kenya. */
const goodRows = (count: number) => Array.from({ length: count }, (_, i) => `NEW-${i},Office ${i},Nairobi,KEN,Africa,Country Office,-1.29,36.82,,`);

async function checked(text: string, kind: 'offices' | 'figures' = 'offices') {
  const env = await setUp();
  await env.session.start(file(text), kind);
  await until(() => env.session.step === 'mapping');
  env.session.check();
  await until(() => env.session.step === 'report');
  return env;
}

describe('ImportSession', () => {
  it('reports the totals and the first 100 problems of a kind, and loads the next page from the worker', async () => {
    // 250 rows whose latitude is no number, then 3 good ones.
    const bad = Array.from({ length: 250 }, (_, i) => `BAD-${i},Bad ${i},X,KEN,Africa,Country Office,north,36.8,,`);
    const { session } = await checked([HEADER, ...bad, ...goodRows(3)].join('\n'));
    expect(session.report).toMatchObject({ valid: 3, skipped: 250, errors: 250, warnings: 0, blocked: false });
    const group = session.report?.groups.find((g) => g.kind === 'not-a-number');
    expect(group).toMatchObject({ id: 'error:not-a-number', count: 250 });
    expect(session.shown['error:not-a-number']?.map((i) => i.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    await session.showMore('error:not-a-number');
    await session.showMore('error:not-a-number');
    await session.showMore('error:not-a-number');
    expect(session.shown['error:not-a-number']?.map((i) => i.line)).toEqual(Array.from({ length: 250 }, (_, i) => i + 2));
  });

  it('makes the whole report file in the worker, one line per problem', async () => {
    const { session } = await checked([HEADER, 'A,x,c,KNE,Africa,Country Office,1,2,,', 'B,y,c,KEN,Afrika,Country Office,north,2,,'].join('\n'));
    const csv = (await session.reportCsv()) ?? '';
    expect(csv.split('\r\n').filter((l) => l !== '').map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['\ufeffline,column,value', '2,country_iso3,KNE', '3,region,Afrika', '3,lat,north']);
  });

  it('lands the valid rows as a new scenario with one change per new office', async () => {
    const { session, scenarios, db } = await checked([HEADER, ...goodRows(4)].join('\n'));
    await session.importValidRows();
    expect(session.step).toBe('done');
    expect(await db.scenarios.count()).toBe(1);
    expect(scenarios.active.map((s) => s.changes.map((c) => c.kind))).toEqual([['open-office', 'open-office', 'open-office', 'open-office']]);
  });

  it('cancelled while checking: ends the worker, goes back to the mapping, and a new check reads the file again', async () => {
    const { session, workers } = await setUp();
    await session.start(file([HEADER, ...goodRows(10)].join('\n')));
    await until(() => session.step === 'mapping');
    session.check();
    expect(session.progress).not.toBeNull();
    session.cancel();
    expect(workers[0]?.terminated).toBe(true);
    expect([session.step, session.report, session.progress]).toEqual(['mapping', null, null]);
    session.check();
    await until(() => session.step === 'report');
    expect(workers[1]?.requests).toEqual(['read', 'validate']);
    expect(session.report).toMatchObject({ valid: 10, skipped: 0 });
  });

  it('cancelled while reading: nothing is shown and the worker is ended', async () => {
    const { session, workers } = await setUp();
    await session.start(file([HEADER, ...goodRows(3)].join('\n')));
    session.cancel();
    expect(workers[0]?.terminated).toBe(true);
    expect([session.step, session.read, session.progress]).toEqual(['choose', null, null]);
  });

  it('cancelled while the valid rows arrive in chunks: writes nothing, keeps the report, says so', async () => {
    const { session, db, workers } = await checked([HEADER, ...goodRows(5000)].join('\n'));
    workers[0]?.holdAfter('land');
    const landing = session.importValidRows();
    // The first chunk of 2,000 changes is in, the other two are held back.
    await until(() => session.progress?.stage.values?.done === 2000);
    session.cancel();
    workers[0]?.release();
    await landing;
    expect(await db.scenarios.count()).toBe(0);
    expect(session.step).toBe('report');
    expect(session.summary).toEqual({ key: 'import.landing.cancelled' });
    // The report is still there and can be imported after all.
    await session.importValidRows();
    expect(await db.scenarios.count()).toBe(1);
  });

  it('says when the browser refuses to store the office figures, and stays on the report', async () => {
    const { session, db } = await checked('office,year,staff\nAFR-KEN,2025,12\n', 'figures');
    db.close();
    await session.importValidRows();
    expect(session.error?.key).toBe('import.landing.storeFailed');
    expect(session.step).toBe('report');
    expect(session.progress).toBeNull();
  });

  it('says when the worker crashes, and settles what was asked of it', async () => {
    const { session, workers } = await checked([HEADER, ...goodRows(2)].join('\n'));
    const csv = session.reportCsv();
    workers[0]?.crash('out of memory');
    expect(await csv).toBeNull();
    expect(session.error).toEqual({ key: 'import.error.unreadable', values: { message: 'out of memory' } });
  });

  it.each([
    { name: 'offices.xls', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
    { name: 'offices.csv', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
    { name: 'offices.ods', bytes: [0x50, 0x4b, 3, 4, ...Array<number>(26).fill(0), ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')] },
  ])('refuses an old Excel or OpenDocument workbook ($name) before reading it', async ({ name, bytes }) => {
    const { session, workers } = await setUp();
    await session.start(new File([new Uint8Array(bytes)], name));
    expect(session.error).toEqual({ key: 'import.workbook.unreadable', values: { file: name } });
    expect(workers).toHaveLength(0);
  });

  describe('with a chosen number format', () => {
    // "250.000" alone tells nothing: detection reads a point as the decimal mark (250) and warns
    // that it may be 250000. A German steward then says the comma is the decimal mark.
    const GERMAN = 'office;year;budget_usd\nAFR-KEN;2025;250.000\n';
    const budget = (session: ImportSession) => session.report?.numberColumns.find((c) => c.field === 'budgetUsd')?.format;
    const budgetWarnings = (session: ImportSession) => (session.shown['warning:ambiguous-number'] ?? []).map((i) => [i.value, i.read]);

    it('checks the file again with the choice, which wins over detection, and lands the figures as chosen', async () => {
      const { session, db } = await checked(GERMAN, 'figures');
      expect(budgetWarnings(session)).toEqual([['250.000', '250']]);
      expect(budget(session)).toMatchObject({ decimalMark: '.', source: 'file' });

      session.setNumberFormat({ decimalMark: ',' });
      expect(session.progress).not.toBeNull();
      await until(() => budget(session)?.source === 'chosen');
      expect(budget(session)?.decimalMark).toBe(',');
      // The user said how the file is written: nothing is ambiguous any more.
      expect(budgetWarnings(session)).toEqual([]);
      expect(session.report).toMatchObject({ valid: 1, warnings: 0 });

      await session.importValidRows();
      expect(await getSetting<{ budgetUsd?: number }[]>(db, 'officeFigures')).toMatchObject([{ office: 'AFR-KEN', year: 2025, budgetUsd: 250000 }]);
    });

    it('goes back to detecting per column when the choice is cleared', async () => {
      const { session } = await checked(GERMAN, 'figures');
      session.setNumberFormat({ decimalMark: ',', thousandsSeparator: '.' });
      await until(() => budget(session)?.source === 'chosen');
      expect(budget(session)?.thousandsSeparator).toBe('.');
      session.setNumberFormat(undefined);
      await until(() => budget(session)?.source === 'file');
      expect(budgetWarnings(session)).toEqual([['250.000', '250']]);
    });

    it('is sent with the first check when chosen at the mapping step, and forgotten with the file', async () => {
      const { session, workers } = await setUp();
      await session.start(file(GERMAN, 'figures.csv'), 'figures');
      await until(() => session.step === 'mapping');
      // The mapping step's preview already says how the file's numbers would be read, and follows the choice.
      const mapped = () => session.mappingFormats.find((c) => c.field === 'budgetUsd')?.format;
      await until(() => mapped()?.source === 'file');
      expect(mapped()?.decimalMark).toBe('.');
      session.setNumberFormat({ decimalMark: ',' });
      await until(() => mapped()?.source === 'chosen');
      expect(mapped()?.decimalMark).toBe(',');
      // A column taken out of the mapping is no longer shown as read.
      session.setColumn('budgetUsd', null);
      await until(() => mapped() === undefined);
      session.setColumn('budgetUsd', 2);
      await until(() => mapped() !== undefined);
      // Nothing was checked yet: choosing does not start a check by itself.
      expect(workers[0]?.requests).not.toContain('validate');
      session.check();
      await until(() => session.step === 'report');
      expect(budget(session)).toMatchObject({ decimalMark: ',', source: 'chosen' });
      session.reset();
      expect(session.numberFormat).toBeUndefined();
    });
  });
});
