// Vitest set-up used by Stryker (npm run mutation): the `unit` project only, without the
// benchmark smoke run and the import-scanning architecture test, which kill no mutant and
// would run for every mutant of every file they import.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [svelte()],
  test: {
    name: 'unit',
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/bench/**', 'tests/unit/architecture.test.ts'],
    setupFiles: ['tests/mutation/fastCheckSetup.ts'],
  },
});
