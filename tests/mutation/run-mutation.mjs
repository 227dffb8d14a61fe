// `npm run mutation [-- folder|file ...]`: Stryker mutation testing of the pure core, one folder of
// src/lib at a time (default: all of them), then the mutation score per folder.
// A file argument (`npm run mutation -- src/lib/scoring/scoreMetric.ts`) mutates only that file
// (Stryker `mutate` globs are accepted too, e.g. `src/lib/io/restore*.ts`); it shares its folder's
// incremental file, so the folder's other results are kept and its score stays whole.
// Each folder keeps its own incremental file, so a rerun after a small change re-tests only
// the mutants it touches. Reports: reports/mutation/<folder>.html (git-ignored).
// Concurrency: MUTATION_CONCURRENCY (default 2; this is a shared 2-core machine).
// --own-tests: only the folder's own tests (tests/unit/<folder>/**) may kill its mutants — a
// stricter score and a much quicker run, since a survivor no longer reruns every optimiser or
// export test that happens to call the code. Without it, every unit test may.
// While a run goes on, each tested mutant is appended to reports/mutation/<folder>.partial.jsonl:
// `node tests/mutation/partialScores.mjs <folder> --survivors` reads the score so far.
import { Stryker } from '@stryker-mutator/core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreOf, renderScores } from './mutationScores.mjs';

export const coreFolders = ['model', 'scenario', 'scoring', 'geo', 'io', 'optimiser', 'tracker', 'charts', 'export'];
const reportDir = 'reports/mutation';

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const ownTests = process.argv.includes('--own-tests');
const isPath = (arg) => arg.includes('/');
/** src/lib/<folder>/... → <folder>, or undefined when the path is outside the core folders. */
const folderOfPath = (path) => coreFolders.find((folder) => path.startsWith(`src/lib/${folder}/`));
const unknown = requested.filter((arg) => (isPath(arg) ? folderOfPath(arg) === undefined : !coreFolders.includes(arg)));
if (unknown.length > 0) {
  console.error(`Unknown folder(s) or path(s): ${unknown.join(', ')}. Choose among: ${coreFolders.join(', ')}, or src/lib/<folder>/<file or glob>.`);
  process.exit(2);
}
/** Folder → the mutate globs asked for it (undefined: the whole folder). */
const patternsByFolder = new Map();
for (const arg of requested) {
  const folder = isPath(arg) ? folderOfPath(arg) : arg;
  if (!isPath(arg)) patternsByFolder.set(folder, undefined);
  else if (!patternsByFolder.has(folder) || patternsByFolder.get(folder) !== undefined) {
    patternsByFolder.set(folder, [...(patternsByFolder.get(folder) ?? []), arg]);
  }
}
const folders = requested.length > 0 ? [...patternsByFolder.keys()] : coreFolders;
const concurrency = Number(process.env.MUTATION_CONCURRENCY ?? 2);
mkdirSync(reportDir, { recursive: true });

function optionsFor(folder, patterns) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner', fileURLToPath(new URL('./partialResultsReporter.mjs', import.meta.url))],
    vitest: { configFile: 'tests/mutation/vitest.mutation.config.ts', related: true },
    // Workers only wire messages to the pure code (tested through it); types hold no logic.
    mutate: patterns ?? [`src/lib/${folder}/**/!(*Worker|types).ts`],
    ignorePatterns: ['dist', 'reports', '.stryker-tmp', 'test-results', 'tests/output', 'tests/e2e', 'tests/screenshots'],
    coverageAnalysis: 'perTest',
    // Module-level constants (the metric table, labels) would each rerun every test that imports
    // them: hours on this machine. They are left out of the score (Stryker reports them as ignored).
    ignoreStatic: true,
    concurrency,
    // A mutant that makes the tests run away (an endless loop) counts as killed after this long.
    timeoutMS: 5000,
    // The first, unmutated run of the tests: at a load of 60 on two cores the scenario property
    // tests alone outlast Stryker's default of 5 minutes.
    dryRunTimeoutMinutes: 40,
    incremental: true,
    incrementalFile: `${reportDir}/incremental-${folder}.json`,
    reporters: ['html', 'json', 'progress', 'partial-results'],
    htmlReporter: { fileName: `${reportDir}/${folder}.html` },
    jsonReporter: { fileName: `${reportDir}/${folder}.json` },
    tempDirName: `.stryker-tmp/${folder}`,
    cleanTempDir: 'always',
  };
}

for (const folder of folders) {
  const patterns = patternsByFolder.get(folder);
  console.log(`\n▶ Mutation testing of ${patterns ? patterns.join(', ') : `src/lib/${folder}`}`);
  // Read by the partial-results reporter (this process) and the vitest config (the runners it starts).
  process.env.MUTATION_PARTIAL_FILE = `${reportDir}/${folder}.partial.jsonl`;
  if (ownTests) process.env.MUTATION_TEST_INCLUDE = `tests/unit/${folder}/**/*.test.ts`;
  await new Stryker(optionsFor(folder, patterns)).runMutationTest();
}

// The table lists every folder with a report, so a run of one folder still shows the others.
const rows = coreFolders
  .filter((folder) => existsSync(`${reportDir}/${folder}.json`))
  .map((folder) => ({ folder, ...scoreOf(JSON.parse(readFileSync(`${reportDir}/${folder}.json`, 'utf8'))) }));
console.log(`\n${renderScores(rows)}`);
