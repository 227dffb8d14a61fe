// The page's side of the import worker: starts it, sends requests, matches answers to questions
// (a page of the report, the report file, the rows to land in chunks), and on cancel or failure
// settles every open question, so a cancelled import never goes on to write anything.
import type { JobReply, JobRequest, LandWhat } from '../io/import/importJob';
import type { ColumnMapping, ImportKind } from '../io/import/columnMapping';
import type { NumberFormat } from '../io/import/parseNumber';
import type { NumberColumn } from '../io/import/reportPages';
import type { ImportIssue } from '../io/import/rowCheck';
import type { Network } from '../model/types';
import type { SheetSpec } from '../io/export/xlsx/workbookTypes';

/** What the client needs of a Worker (tests hand it the real ImportJob behind a message queue). */
export interface WorkerLike {
  postMessage(message: JobRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<JobReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The reason an open question ends when the user cancels. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

type Ask = JobRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
interface Open {
  readonly resolve: (reply: JobReply) => void;
  readonly reject: (error: Error) => void;
  readonly items: unknown[];
  readonly onChunk?: (received: number, total: number) => void;
}

export const createImportWorker = (): WorkerLike => new Worker(new URL('../io/import/importWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export class ImportWorkerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly open = new Map<number, Open>();

  constructor(
    private readonly create: () => WorkerLike,
    /** Replies that answer no question: progress, the read table, the report summary, failures. */
    private readonly onReply: (reply: JobReply) => void,
    private readonly onCrash: (message: string) => void,
  ) {}

  /** True while a worker holds the file read so far (a new one must read it again). */
  get started(): boolean {
    return this.worker !== null;
  }

  send(request: JobRequest): void {
    this.worker ??= this.start();
    this.worker.postMessage(request);
  }

  /** The issues `offset` … of one group of the report. */
  async page(group: string, offset: number): Promise<readonly ImportIssue[]> {
    const reply = await this.ask({ type: 'page', group, offset });
    return reply.type === 'page' ? reply.issues : [];
  }

  /** How the read file's mapped numeric columns would be read with this mapping and choice. */
  async formats(kind: ImportKind, mapping: ColumnMapping, numberFormat: NumberFormat | undefined): Promise<readonly NumberColumn[]> {
    const reply = await this.ask({ type: 'formats', kind, mapping, ...(numberFormat ? { numberFormat } : {}) });
    return reply.type === 'formats' ? reply.columns : [];
  }

  async reportCsv(): Promise<string> {
    const reply = await this.ask({ type: 'report-csv' });
    return reply.type === 'report-csv' ? reply.csv : '';
  }

  /** The report as one sheet for the .xlsx download, made in the worker like the CSV. */
  async reportSheet(): Promise<SheetSpec> {
    const reply = await this.ask({ type: 'report-sheet' });
    if (reply.type !== 'report-sheet') throw new Error(`unexpected reply ${reply.type}`);
    return reply.sheet;
  }

  /** The valid rows' changes or records, gathered from chunks; `onChunk` hears each one. */
  async land(what: LandWhat, baseline: Network, onChunk: (received: number, total: number) => void): Promise<unknown[]> {
    const id = this.nextId++;
    return new Promise<unknown[]>((resolve, reject) => {
      const items: unknown[] = [];
      this.open.set(id, { resolve: () => resolve(items), reject, items, onChunk });
      this.send({ type: 'land', id, what, baseline });
    });
  }

  /** Ends the open questions (they reject with ImportCancelled); `stop` also ends the worker and what it holds. */
  cancel(stop: boolean): void {
    for (const open of this.open.values()) open.reject(new ImportCancelled());
    this.open.clear();
    if (stop) {
      this.worker?.terminate();
      this.worker = null;
    }
  }

  private ask(request: Ask): Promise<JobReply> {
    const id = this.nextId++;
    return new Promise<JobReply>((resolve, reject) => {
      this.open.set(id, { resolve, reject, items: [] });
      this.send({ ...request, id } as JobRequest);
    });
  }

  private start(): WorkerLike {
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      this.cancel(true);
      this.onCrash(event.message);
    };
    return worker;
  }

  private receive(reply: JobReply): void {
    if (!('id' in reply) || reply.id === undefined) return void this.onReply(reply);
    // An answer to a question that was cancelled is dropped: nothing may act on it any more.
    const open = this.open.get(reply.id);
    if (!open) return;
    if (reply.type === 'failed') {
      this.open.delete(reply.id);
      return open.reject(new Error(reply.message));
    }
    if (reply.type === 'land') {
      for (const item of reply.items) open.items.push(item);
      open.onChunk?.(open.items.length, reply.total);
      if (!reply.done) return;
    }
    this.open.delete(reply.id);
    open.resolve(reply);
  }
}
