// Where autosave writes an edit row: a worker when the browser has them (see editWriterWorker),
// else (tests, or a worker that failed) the page's own Dexie database, in the same order.
import type { PlannerDatabase } from './database';
import type { EditWriterReply, EditWriterRequest } from './editWriterWorker';
import type { EditRow } from './scenarioEdits';
import { appendEdit } from './scenarioRepository';

export class EditWriter {
  private worker: Worker | null = null;
  private workerFailed = typeof Worker !== 'function';
  private lastId = 0;
  private readonly waiting = new Map<number, { resolve: (committedAt: number) => void; reject: (error: Error) => void }>();

  constructor(private readonly db: PlannerDatabase) {}

  /** Starts the worker and opens the database in it, so the first save does not wait for either. */
  warmUp(): void {
    void this.send({ id: 0, open: true }).catch(() => undefined);
  }

  /**
   * Appends one edit row; resolves once it is committed, with the time of the commit in
   * this page's clock (performance.now()). Rejects when the browser refused to store it.
   */
  async append(row: EditRow): Promise<number> {
    if (!this.workerFailed) {
      try {
        return await this.send({ id: 0, row });
      } catch {
        // The worker could not write (no worker support, or its database could not be opened):
        // from now on the page writes itself, which also reports a real storage error.
        this.workerFailed = true;
      }
    }
    await appendEdit(this.db, row);
    return performance.now();
  }

  private send(request: EditWriterRequest): Promise<number> {
    const worker = (this.worker ??= this.startWorker());
    const id = ++this.lastId;
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./editWriterWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<EditWriterReply>) => {
      const reply = event.data;
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.committedAt - performance.timeOrigin);
      else waiting?.reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.workerFailed = true;
      for (const waiting of this.waiting.values()) waiting.reject(new Error(event.message || 'the autosave worker failed'));
      this.waiting.clear();
    };
    return worker;
  }
}
