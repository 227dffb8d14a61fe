// A Vite plugin: inside write-excel-file, `import … from 'fflate'` gets zipWithoutWorkers instead,
// so writing a workbook never starts a `blob:` worker that the Content-Security-Policy refuses.
// Every other importer of fflate gets fflate itself.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SHIM = fileURLToPath(new URL('./zipWithoutWorkers.ts', import.meta.url));

export function workerFreeZipPlugin(): Plugin {
  return {
    name: 'fnp-worker-free-zip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'fflate' || !importer) return null;
      return /[\\/]node_modules[\\/]write-excel-file[\\/]/.test(importer) ? SHIM : null;
    },
  };
}
