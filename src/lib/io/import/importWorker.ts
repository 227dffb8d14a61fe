// The Web Worker that reads, validates and keeps an import (importJob.ts), so a 100,000-row file
// never freezes the page: the page gets summaries and pages, never the rows. Cancel = terminate.
import { ImportJob, type JobReply, type JobRequest } from './importJob';

export type { JobReply as WorkerReply, JobRequest as WorkerRequest } from './importJob';

const job = new ImportJob((reply: JobReply) => (self as unknown as Worker).postMessage(reply));
// Requests are answered in order: a check waits for the file read before it.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<JobRequest>) => {
  queue = queue.then(() => job.handle(event.data));
};
