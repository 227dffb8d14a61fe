// `node tests/mutation/partialScores.mjs <folder> [--survivors]`: the mutation score so far of a
// run in progress (or stopped), per file, from reports/mutation/<folder>.partial.jsonl, and with
// --survivors each surviving mutant (file:line mutator → replacement) to write a test against.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { scoreOf, renderScores } from './mutationScores.mjs';

const folder = process.argv[2];
const showSurvivors = process.argv.includes('--survivors');
const results = readFileSync(`reports/mutation/${folder}.partial.jsonl`, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const byFile = new Map();
for (const result of results) {
  const file = relative(process.cwd(), result.fileName);
  byFile.set(file, [...(byFile.get(file) ?? []), result]);
}
const rows = [...byFile].map(([file, mutants]) => ({ folder: file, ...scoreOf({ files: { [file]: { mutants } } }) }));
rows.push({ folder: `${folder} (so far)`, ...scoreOf({ files: Object.fromEntries([...byFile].map(([file, mutants]) => [file, { mutants }])) }) });
console.log(renderScores(rows));
if (showSurvivors) {
  for (const [file, mutants] of byFile) {
    for (const m of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
      console.log(`${file}:${m.line}:${m.column + 1} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement).slice(0, 120)}`);
    }
  }
}
