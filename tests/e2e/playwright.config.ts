// End-to-end tests: the built app served by `vite preview` on 127.0.0.1, driven in the
// system Chromium (no browser download). Screenshots go to tests/output/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

// E2E_PORT and FNP_OUT_DIR let two builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT_DIR = process.env.FNP_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: '.',
  outputDir: '../output/playwright',
  // Sized for a busy machine (CI runners, or the suite run while another browser loads the
  // CPU): the slowest user-visible step, the first map drawn under load, has taken 10–15 s there.
  // Tests wait for what a user sees, never for a fixed time, so these only bound a real hang.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
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
    timeout: 60_000,
  },
});
