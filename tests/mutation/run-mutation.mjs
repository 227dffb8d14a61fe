// `npm run mutation [-- folder ...]`: Stryker mutation testing of the pure core, one folder of
// src/lib at a time (default: all of them), then the mutation score per folder.
// Each folder keeps its own incremental file, so a rerun after a small change re-tests only
// the mutants it touches. Reports: reports/mutation/<folder>.html (git-ignored).
// Concurrency: MUTATION_CONCURRENCY (default 2; this is a shared 2-core machine).
import { Stryker } from '@stryker-mutator/core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { scoreOf, renderScores } from './mutationScores.mjs';

export const coreFolders = ['model', 'scenario', 'scoring', 'geo', 'io', 'optimiser', 'tracker', 'charts', 'export'];
const reportDir = 'reports/mutation';

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = requested.filter((folder) => !coreFolders.includes(folder));
if (unknown.length > 0) {
  console.error(`Unknown folder(s): ${unknown.join(', ')}. Choose among: ${coreFolders.join(', ')}.`);
  process.exit(2);
}
const folders = requested.length > 0 ? requested : coreFolders;
const concurrency = Number(process.env.MUTATION_CONCURRENCY ?? 2);
mkdirSync(reportDir, { recursive: true });

function optionsFor(folder) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'tests/mutation/vitest.mutation.config.ts', related: true },
    // Workers only wire messages to the pure code (tested through it); types hold no logic.
    mutate: [`src/lib/${folder}/**/!(*Worker|types).ts`],
    ignorePatterns: ['dist', 'reports', '.stryker-tmp', 'test-results', 'tests/output', 'tests/e2e', 'tests/screenshots'],
    coverageAnalysis: 'perTest',
    // Module-level constants (the metric table, labels) would each rerun every test that imports
    // them: hours on this machine. They are left out of the score (Stryker reports them as ignored).
    ignoreStatic: true,
    concurrency,
    // A mutant that makes the tests run away (an endless loop) counts as killed after this long.
    timeoutMS: 5000,
    incremental: true,
    incrementalFile: `${reportDir}/incremental-${folder}.json`,
    reporters: ['html', 'json', 'progress'],
    htmlReporter: { fileName: `${reportDir}/${folder}.html` },
    jsonReporter: { fileName: `${reportDir}/${folder}.json` },
    tempDirName: `.stryker-tmp/${folder}`,
    cleanTempDir: 'always',
  };
}

for (const folder of folders) {
  console.log(`\n▶ Mutation testing of src/lib/${folder}`);
  await new Stryker(optionsFor(folder)).runMutationTest();
}

// The table lists every folder with a report, so a run of one folder still shows the others.
const rows = coreFolders
  .filter((folder) => existsSync(`${reportDir}/${folder}.json`))
  .map((folder) => ({ folder, ...scoreOf(JSON.parse(readFileSync(`${reportDir}/${folder}.json`, 'utf8'))) }));
console.log(`\n${renderScores(rows)}`);
