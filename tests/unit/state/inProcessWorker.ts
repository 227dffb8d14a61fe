// A Web Worker for Node tests that runs the app's real worker module in this process: the
// request and replies are structured-cloned and delivered asynchronously, as between a page
// and a worker. terminate() stops delivery, unless `lateReplies` models a reply already on
// its way to the page when the user cancels.
type Scope = { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (data: unknown) => void };

let running: InProcessWorker | null = null;
const scope: Scope = { onmessage: null, postMessage: (data) => running?.reply(data) };

/** Installs the shared worker scope and loads the worker module into it (once). */
export async function loadWorkerModule(load: () => Promise<unknown>): Promise<void> {
  (globalThis as unknown as { self: Scope }).self = scope;
  await load();
}

export class InProcessWorker {
  static lateReplies = false;
  static readonly created: InProcessWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;

  constructor(readonly url: URL) {
    InProcessWorker.created.push(this);
  }

  postMessage(data: unknown): void {
    const request = structuredClone(data);
    setTimeout(() => {
      if (this.terminated) return;
      running = this;
      try {
        scope.onmessage?.({ data: request });
      } finally {
        running = null;
      }
    });
  }

  reply(data: unknown): void {
    const copy = structuredClone(data);
    setTimeout(() => {
      if (!this.terminated || InProcessWorker.lateReplies) this.onmessage?.({ data: copy });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
