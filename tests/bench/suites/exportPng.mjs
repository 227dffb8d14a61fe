// (h) PNG export times, measured by tests/bench/export-png.mjs (written alongside this suite):
// run it when it exists and take the figures it writes to tests/output/bench/export-png.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figure } from '../lib/results.mjs';

/** Every row this suite reports: run-benchmarks.mjs flags a declared row that is missing. */
export const expectedRows = [
  'export.slide.png',
  'export.slide.svg',
  'export.a4.png',
  'export.a4.svg',
];

const GROUP = 'PNG export (tests/bench/export-png.mjs)';

/**
 * Figures from the script's report: { results: [{ size, format, width, height, bytes, medianMs, minMs, maxMs }] },
 * or any list of { name, value } (the script is another helper's, so its shape may change).
 */
function toFigures(json) {
  const entries = Array.isArray(json) ? json : (json.results ?? json.figures ?? []);
  return entries
    .map((e, i) => {
      const value = Number(e.medianMs ?? e.median ?? e.value ?? e.ms);
      if (!Number.isFinite(value)) return null;
      const name = e.size && e.format ? `Export ${String(e.format).toUpperCase()}, ${e.size}${e.width ? ` (${e.width} × ${e.height})` : ''}: median` : String(e.label ?? e.name ?? `figure ${i + 1}`);
      const id = `export.${e.size ?? i}.${e.format ?? 'figure'}`;
      const detail = [Number.isFinite(e.minMs) ? `min ${e.minMs.toFixed(0)}, max ${e.maxMs.toFixed(0)} ms` : '', e.bytes ? `${(e.bytes / 1024).toFixed(0)} KB file` : '', e.runs ? `${e.runs} runs` : ''].filter(Boolean).join(', ');
      return figure(GROUP, id, name, value, 'ms', null, detail);
    })
    .filter((f) => f !== null);
}

export function exportPngSuite({ root, appDir }) {
  const script = join(root, 'tests/bench/export-png.mjs');
  if (!existsSync(script)) return { rows: [], note: 'tests/bench/export-png.mjs not present: PNG export not measured' };
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, FNP_OUT_DIR: appDir, FNP_SKIP_BUILD: '1' } });
  const output = join(root, 'tests/output/bench/export-png.json');
  if (run.status !== 0 || !existsSync(output)) return { rows: [], note: `export-png.mjs failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' / ')}` };
  return { rows: toFigures(JSON.parse(readFileSync(output, 'utf8'))), note: '' };
}
