// Vitest set-up used by Stryker (npm run mutation): the `unit` project only, without the
// benchmark smoke run, the import-scanning architecture test and the database and state-store
// tests (fake-indexeddb, timers, a whole optimiser run): the pure core is to be pinned by its
// own tests, and those would run for every mutant of every core file they touch.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [svelte()],
  test: {
    name: 'unit',
    environment: 'node',
    // `npm run mutation -- <folder> --own-tests` narrows this to the folder's own tests.
    include: process.env.MUTATION_TEST_INCLUDE ? process.env.MUTATION_TEST_INCLUDE.split(',') : ['tests/unit/**/*.test.ts'],
    // MUTATION_TEST_EXCLUDE (comma-separated globs) leaves more out, e.g. new tests, to measure a score before them.
    exclude: ['tests/unit/bench/**', 'tests/unit/architecture.test.ts', 'tests/unit/db/**', 'tests/unit/state/**', ...(process.env.MUTATION_TEST_EXCLUDE?.split(',') ?? [])],
    setupFiles: ['tests/mutation/fastCheckSetup.ts'],
    // The instrumented code runs slower, on a shared machine: no test may fail the dry run for time.
    testTimeout: 60_000,
  },
});
