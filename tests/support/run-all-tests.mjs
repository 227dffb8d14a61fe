// `npm test`: every check and test, in the order that fails fastest.
//   1. Chromium for the browser tests (found, or installed with apt when root)
//   2. type and Svelte checks (svelte-check)
//   3. unit and component tests (Vitest)
//   4. production build (Vite)
//   5. end-to-end tests against the built app (Playwright in Chromium), with screenshots
//   6. benchmark smoke run: every benchmark once at a tiny size against the same build (checks
//      they still work; no timing is judged — `npm run bench` measures)
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

let chromium;
try {
  chromium = ensureChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

run('Type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
run('Unit and component tests', 'npx', ['vitest', 'run']);
run('Build', 'npx', ['vite', 'build']);
run('End-to-end tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], { CHROME_PATH: chromium });
run('Benchmark smoke run', 'node', ['tests/bench/run-benchmarks.mjs', '--smoke'], { CHROME_PATH: chromium });
console.log('\n✔ All tests passed. Screenshots: tests/output/screenshots/');
