/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicyPlugin } from './src/offline/contentSecurityPolicyPlugin.ts';
import { offlinePlugin } from './src/offline/offlinePlugin.ts';
import { preloadBasemapPlugin } from './src/offline/preloadBasemapPlugin.ts';
import { workerFreeZipPlugin } from './src/lib/io/export/xlsx/workerFreeZipPlugin.ts';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicyPlugin(), preloadBasemapPlugin(), offlinePlugin(), workerFreeZipPlugin()],
  // Served unbundled in development so that workerFreeZipPlugin sees its fflate import there too.
  optimizeDeps: { exclude: ['write-excel-file'] },
  build: {
    target: 'es2022',
    outDir: process.env.FNP_OUT_DIR ?? 'dist',
    // The basemap (world-atlas) is fetched as a separate asset, never inlined.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  test: {
    // Only bound a real hang: on a busy machine (the suite run twice at once beside other work,
    // load average 40-70 on 2 cores) a component test that renders a whole table has taken over
    // 30 s, and a hook that opens a database or starts a server far more than Vitest's 10 s.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Workers: Vitest's default (a core left free: one file at a time on 2 cores). Two at once,
    // beside the checks, the build and the browser tests, left some forked workers unable to
    // start within Vitest's fixed 60 s at load 50-68 ("Failed to start forks worker").
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/support/patientWaits.ts'], benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/support/patientWaits.ts', 'tests/support/patientDomQueries.ts', 'tests/component/setup.ts'],
        },
      },
    ],
  },
});
