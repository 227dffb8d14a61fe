// Vitest setup: `vi.waitFor` waits for what a test waits for (a store's write to IndexedDB, a
// worker's answer) as long as a busy machine needs. Its default gives up after 1 s, which a
// shared 2-core machine or CI runner can exceed without anything being wrong. A test that names
// its own timeout keeps it; the wait still ends the moment the condition holds.
import { vi } from 'vitest';

export const PATIENT_WAIT_MS = 30_000;

const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) => waitFor(callback, typeof options === 'number' ? options : { timeout: PATIENT_WAIT_MS, ...options })) as typeof vi.waitFor;
