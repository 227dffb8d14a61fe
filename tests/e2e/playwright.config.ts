// End-to-end tests: the built app served by `vite preview` on 127.0.0.1, driven in the
// system Chromium (no browser download). Screenshots go to tests/output/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

// E2E_PORT and FNP_OUT_DIR let two builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT_DIR = process.env.FNP_OUT_DIR ?? 'dist';
// The working-group test's sync server gets a port beside this run's own (the config is read
// again in every worker, so the test sees it), not one shared by every checkout on the machine.
process.env.SYNC_E2E_PORT ??= String(PORT + 300);

export default defineConfig({
  testDir: '.',
  outputDir: '../output/playwright',
  // Sized for a busy machine: this suite run twice at once beside the load of other work
  // (load average 40-70 on 2 cores) has taken over 2 minutes for an axe scan and 20 s and more
  // for a view to load its code and draw. Tests wait for what a user sees, never for a fixed
  // time, so these only bound a real hang and cost nothing when all is well. A spec sets a
  // longer bound only for a step known to take longer (a 100,000-row import, two builds).
  timeout: 300_000,
  expect: { timeout: 60_000 },
  // Two files at a time: each test has its own browser context (its own storage, IndexedDB and
  // service workers), the servers a test starts take ports of their own (E2E_PORT + 100, + 300),
  // and files write screenshots and downloads under names of their own. The tests of one file
  // run in order in one worker. E2E_WORKERS=1 runs one file at a time.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    // The map then moves without animation (the app honours prefers-reduced-motion), so
    // what a test checks does not depend on how fast an animation runs on a busy machine.
    reducedMotion: 'reduce',
    // The offline service worker is tested on its own (offline.spec.ts); elsewhere it would
    // only add a background download of the whole build to every test.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    reuseExistingServer: !process.env.CI,
    // `npx vite preview` has taken over a minute to answer on a very busy machine.
    timeout: 180_000,
  },
});
