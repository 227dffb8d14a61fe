// Import of a 100,000-row office-figures CSV in Node: our read + validate against plain
// PapaParse on the same text (the budget is 2×; the browser figure is in run-benchmarks.mjs),
// and the heap one import holds.
// Run: npm run bench:node
import { afterAll, bench, describe } from 'vitest';
import { syntheticNetwork } from './syntheticNetwork';
import { figuresImport } from './workloads';

const ROWS = 100_000;
// 5,000 offices × 20 years: every row is valid, as in a real figures export.
const workload = figuresImport(syntheticNetwork(5000, 250), ROWS);

describe(`import ${ROWS.toLocaleString('en')} rows (${(workload.bytes.length / 1e6).toFixed(1)} MB)`, () => {
  bench('plain PapaParse (parse only)', () => void workload.papa(), { iterations: 5 });
  bench('our import: decode + read + map + validate', () => void workload.ours(), { iterations: 5 });
});

afterAll(() => {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const { result } = workload.ours();
  const after = process.memoryUsage().heapUsed;
  console.log(`import of ${ROWS} rows: ${result.records.length} valid, ${result.issues.length} issues; heap held by one import ≈ ${((after - before) / 1e6).toFixed(0)} MB (heap after: ${(after / 1e6).toFixed(0)} MB)`);
});
