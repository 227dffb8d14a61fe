// The Node benchmarks (tests/bench/*.bench.ts, Vitest bench): run once with a JSON report,
// and the figures that matter for the budgets picked out of it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figure } from '../lib/results.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'node.scorecard.default',
  'node.scorecard.5k',
  'node.edit.default',
  'node.edit.5k',
  'node.save.default',
  'node.import.ours',
  'node.import.papaparse',
  'node.import.ratio',
  'node.optimiser.k12',
  'node.optimiser.1000',
  'node.labels.5k',
  'node.labels.5k-all-pairs',
];

const GROUP = 'Pure computation in Node (Vitest bench, mean)';

export function nodeBenchSuite({ root, outDir }) {
  const report = join(outDir, 'vitest-bench.json');
  const run = spawnSync('npx', ['vitest', 'bench', '--run', '--project', 'unit', '--outputJson', report], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(report)) throw new Error(`vitest bench failed:\n${run.stderr.slice(-2000)}`);
  const benches = [];
  for (const file of JSON.parse(readFileSync(report, 'utf8')).files) {
    for (const group of file.groups) for (const bench of group.benchmarks) benches.push({ group: group.fullName.split(' > ').slice(1).join(' > '), name: bench.name, mean: bench.mean, p99: bench.p99, samples: bench.sampleCount });
  }
  const find = (groupPart, name) => benches.find((b) => b.group.includes(groupPart) && b.name === name);
  const rows = [];
  const add = (id, label, bench, budget = null) => {
    if (bench) rows.push(figure(GROUP, id, label, bench.mean, 'ms', budget, `p99 ${bench.p99.toFixed(1)} ms, ${bench.samples} samples`));
  };
  add('node.scorecard.default', 'Scorecard recompute, default data', find('scorecard: default', 'full recompute (computeScorecard)'));
  add('node.scorecard.5k', 'Scorecard recompute, 5,000 offices / 250 countries', find('scorecard: synthetic', 'full recompute (computeScorecard)'));
  add('node.edit.default', 'Edit: record + derive + checks + diff, default data', find('derived network, checks and diff: default', 'record one change and re-derive'));
  add('node.edit.5k', 'Edit: record + derive + checks + diff, 5,000 offices', find('derived network, checks and diff: synthetic', 'record one change and re-derive'));
  add('node.save.default', 'Edit saved (fake-indexeddb), default data', find('saved in IndexedDB (fake-indexeddb): default', 'persist one change'));
  const papa = benches.find((b) => b.name === 'plain PapaParse (parse only)');
  const ours = benches.find((b) => b.name === 'our import: decode + read + map + validate');
  if (papa && ours) {
    add('node.import.ours', 'Import 100,000 rows: ours (decode, read, validate)', ours);
    add('node.import.papaparse', 'Import 100,000 rows: plain PapaParse', papa);
    rows.push(figure(GROUP, 'node.import.ratio', 'Import ÷ plain PapaParse (Node)', ours.mean / papa.mean, '×', { max: 2 }));
  }
  add('node.optimiser.k12', 'Optimiser, default data, K = 12', find('optimiser: default', 'K = 12'));
  add('node.optimiser.1000', 'Optimiser, 1,000 offices / 250 countries, K = 20', find('optimiser: synthetic', 'K = 20'));
  add('node.labels.5k', 'Export label placement, 5,000 labels (R-tree)', find('label placement: 5,000', 'R-tree (placeLabels)'), { max: 150 });
  add('node.labels.5k-all-pairs', 'Export label placement, 5,000 labels, former all-pairs', find('label placement: 5,000', 'all pairs (former)'));
  return rows;
}
