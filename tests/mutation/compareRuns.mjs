// `node tests/mutation/compareRuns.mjs <before.jsonl> <after.jsonl> [--survivors]`: the same mutants
// before and after new tests, from two partial-results files (see partialResultsReporter.mjs).
// The "after" run may cover only the mutants that were not killed before (mutate line ranges, a
// quick rerun): a mutant killed before and not rerun counts as still killed. Mutants are matched
// by file, position, mutator and replacement.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [beforeFile, afterFile] = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const showSurvivors = process.argv.includes('--survivors');
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const killed = new Set(['Killed', 'Timeout']);
const read = (file) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)).filter((m) => counted.has(m.status));
const keyOf = (m) => `${relative(process.cwd(), m.fileName)}:${m.line}:${m.column} ${m.mutatorName} ${m.replacement}`;

const after = new Map(read(afterFile).map((m) => [keyOf(m), m]));
const rows = new Map();
const left = [];
for (const m of read(beforeFile)) {
  const file = relative(process.cwd(), m.fileName);
  const row = rows.get(file) ?? { total: 0, before: 0, after: 0 };
  const wasKilled = killed.has(m.status);
  const rerun = after.get(keyOf(m));
  const nowKilled = wasKilled || (rerun !== undefined && killed.has(rerun.status));
  row.total += 1;
  row.before += wasKilled ? 1 : 0;
  row.after += nowKilled ? 1 : 0;
  rows.set(file, row);
  if (!nowKilled) left.push(`${keyOf(m)} (${rerun ? rerun.status : `not rerun, ${m.status}`})`);
}
const pct = (part, whole) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const total = [...rows.values()].reduce((a, r) => ({ total: a.total + r.total, before: a.before + r.before, after: a.after + r.after }), { total: 0, before: 0, after: 0 });
console.log('file | mutants | killed before | killed after');
for (const [file, r] of [...rows, ['all', total]]) console.log(`${file} | ${r.total} | ${r.before} (${pct(r.before, r.total)}) | ${r.after} (${pct(r.after, r.total)})`);
if (showSurvivors) for (const line of left) console.log(`left: ${line}`);
