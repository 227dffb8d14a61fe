// Lighthouse against the built app in the system Chromium: prints the four category scores
// (performance, accessibility, best practices, SEO) and the audits that cost points, and
// writes the JSON report to tests/output/lighthouse/. Not part of `npm test`: Lighthouse is
// a large tool fetched on demand (npx), and its performance score depends on the machine.
// Run: npm run build && npm run lighthouse        (PRESET=mobile for the mobile preset;
//      LIGHTHOUSE_PORT=N to serve on another port than 4190)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const PRESET = process.env.PRESET ?? 'desktop';
const chrome = ensureChromium();
const out = 'tests/output/lighthouse';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const report = `${out}/report-${PRESET}.json`;
  const args = ['--yes', 'lighthouse@13.5.0', `http://127.0.0.1:${PORT}/`, '--quiet', `--output=json`, `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'];
  if (PRESET === 'desktop') args.push('--preset=desktop');
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  if (run.status !== 0) throw new Error('Lighthouse failed');
  const result = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nLighthouse ${result.lighthouseVersion}, ${PRESET} preset, ${result.finalDisplayedUrl}`);
  for (const category of Object.values(result.categories)) console.log(`  ${category.title.padEnd(16)} ${category.score.toFixed(2)}`);
  const costly = Object.values(result.audits).filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode));
  if (costly.length) console.log('Audits below 0.9:');
  for (const audit of costly) console.log(`  - ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`);
} finally {
  process.kill(-server.pid);
}
