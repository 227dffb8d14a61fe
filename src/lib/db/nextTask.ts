// A pause until the next task, for long work split into steps: the page can paint and answer
// input in between. scheduler.yield() (Chromium) resumes ahead of other queued work; elsewhere
// a zero-delay timeout does the same job, a little later.

interface SchedulerWithYield {
  readonly yield: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
