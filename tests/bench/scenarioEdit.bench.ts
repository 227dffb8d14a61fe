// Benchmarks of one scenario edit: record the change and re-derive the network, its checks
// and the diff (what the map and panels need), and persist it to IndexedDB (fake-indexeddb
// in Node; real Chromium IndexedDB is measured by run-benchmarks.mjs).
// Run: npm run bench:node   (prints mean, p75, p99 per case)
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { PlannerDatabase } from '../../src/lib/db/database';
import { loadDefaultNetwork } from '../../src/lib/io/defaultDataset';
import { syntheticNetwork } from './syntheticNetwork';
import { scenarioEditing, scenarioSaving } from './workloads';

const loaded = loadDefaultNetwork();
if (!loaded.ok) throw new Error('default data does not load');

for (const [label, baseline] of [
  ['default data (48 offices, 156 countries)', loaded.network],
  ['synthetic (5,000 offices, 250 countries)', syntheticNetwork(5000, 250)],
] as const) {
  describe(`edit → derived network, checks and diff: ${label}`, () => {
    const edit = scenarioEditing(baseline);
    bench('record one change and re-derive', () => void edit());
  });

  describe(`edit → saved in IndexedDB (fake-indexeddb): ${label}`, () => {
    const save = scenarioSaving(new PlannerDatabase(`bench-${label}`), baseline);
    bench('persist one change', async () => void (await save()), { iterations: 50 });
  });
}
