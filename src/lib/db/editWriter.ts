// Where autosave writes an edit row: a worker when the browser has them (see editWriterWorker),
// else (tests, or a worker that cannot start or open the database) the page's own Dexie
// database. Both write the row in one transaction with the check of editGuard.ts, and both
// either store the row or reject: with EditRefusedError when the check said no, else with the
// browser's own error (e.g. QuotaExceededError), and nothing is stored.
import type { PlannerDatabase } from './database';
import { EditRefusedError, refusalOf, WORKSPACE_EPOCH_KEY, type AppendGuard } from './editGuard';
import type { EditWriterReply, EditWriterRequest } from './editWriterWorker';
import type { EditRow } from './scenarioEdits';

/** Starts the autosave worker; tests pass their own to force the page fallback. */
export type StartWorker = () => Worker;
const startEditWorker: StartWorker = () => new Worker(new URL('./editWriterWorker.ts', import.meta.url), { type: 'module' });

type Waiting = { resolve: (committedAt: number) => void; reject: (error: Error) => void };

/** The worker could not be used for this write: the page writes it instead. */
class WorkerUnavailable extends Error {}

export class EditWriter {
  private worker: Worker | null = null;
  private workerFailed = typeof Worker !== 'function';
  private lastId = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly db: PlannerDatabase,
    private readonly startWorker: StartWorker = startEditWorker,
  ) {}

  /** True once the page writes itself (the worker could not start or open the database). */
  get usesPageFallback(): boolean {
    return this.workerFailed;
  }

  /** Starts the worker and opens the database in it, so the first save does not wait for either. */
  warmUp(): void {
    if (!this.workerFailed) void this.send({ id: 0, open: true }).catch(() => undefined);
  }

  /**
   * Appends one edit row if `guard` still holds; resolves once it is committed, with the time of
   * the commit in this page's clock (performance.now()). Rejects when it was refused or the
   * browser could not store it; nothing is stored then.
   */
  async append(row: EditRow, guard: AppendGuard): Promise<number> {
    if (!this.workerFailed) {
      try {
        return await this.send({ id: 0, row, guard });
      } catch (error) {
        // The worker could not write this row: the page writes it (and, when the worker did
        // not start or could not open the database, every later one), reporting real errors.
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    await appendEditIfCurrent(this.db, row, guard);
    return performance.now();
  }

  private send(request: EditWriterRequest): Promise<number> {
    let worker: Worker;
    try {
      worker = this.worker ??= this.attach(this.startWorker());
    } catch (error) {
      this.workerFailed = true;
      return Promise.reject(new WorkerUnavailable(String(error))); // e.g. a Content-Security-Policy refusal
    }
    const id = ++this.lastId;
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: EditWriterReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.committedAt - performance.timeOrigin);
    else if (reply.kind === 'refused') waiting?.reject(new EditRefusedError(reply.reason));
    // A write the browser refused in the worker is tried once more by the page, which reports
    // the error as the page sees it (nothing was stored: the transaction aborted).
    else waiting?.reject(new WorkerUnavailable(`${reply.name}: ${reply.message}`));
    if (!reply.ok && reply.kind === 'unavailable') this.workerFailed = true;
  }

  private attach(worker: Worker): Worker {
    worker.onmessage = (event: MessageEvent<EditWriterReply>) => this.settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.workerFailed = true;
      for (const waiting of this.waiting.values()) waiting.reject(new WorkerUnavailable(event.message || 'the autosave worker failed'));
      this.waiting.clear();
    };
    return worker;
  }
}

/**
 * The page's own write: the row is added only if its scenario's record exists and the
 * workspace is the one `guard` names, all in one read-write transaction.
 */
export async function appendEditIfCurrent(db: PlannerDatabase, row: EditRow, guard: AppendGuard): Promise<void> {
  await db.transaction('rw', [db.scenarios, db.scenarioEdits, db.settings], async () => {
    const [heads, epoch] = await Promise.all([db.scenarios.where(':id').equals(row.scenarioId).count(), db.settings.get(WORKSPACE_EPOCH_KEY)]);
    const reason = refusalOf(heads > 0, epoch, guard);
    if (reason) throw new EditRefusedError(reason);
    await db.scenarioEdits.add(row);
  });
}
