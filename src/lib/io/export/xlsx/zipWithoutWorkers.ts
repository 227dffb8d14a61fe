// fflate as write-excel-file sees it in the app's bundle, with `zip` done on the calling thread.
// fflate's own `zip` compresses any file over 160 kB in a worker made from a `blob:` URL, which the
// page's Content-Security-Policy (worker-src 'self') rightly refuses: a large sheet (a long import
// report) would then fail to download. The rest of fflate is passed through unchanged.
// Wired in by workerFreeZipPlugin (vite.config.ts) for imports from write-excel-file only.
import { zipSync, type AsyncZippable, type AsyncZipOptions, type FlateCallback, type Zippable } from 'fflate';

export * from 'fflate';

/** fflate's `zip` signature, answered with `zipSync`; the callback still comes later, as fflate's does. */
export function zip(data: AsyncZippable, optionsOrCallback: AsyncZipOptions | FlateCallback, maybeCallback?: FlateCallback): () => void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  if (!callback) throw new TypeError('zip needs a callback');
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    let archive: Parameters<FlateCallback>[1];
    try {
      archive = zipSync(data as Zippable, options) as Parameters<FlateCallback>[1];
    } catch (error) {
      callback(error as Parameters<FlateCallback>[0], null as unknown as Parameters<FlateCallback>[1]);
      return;
    }
    callback(null, archive);
  });
  return () => {
    cancelled = true;
  };
}
