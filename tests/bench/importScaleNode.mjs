// Quick Node timing of the import of good vs bad offices rows, for development (the figures
// that count come from the browser suite, suites/importScale.mjs).
// Run: node tests/bench/importScaleNode.mjs [rows]
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const rows = Number(process.argv[2] ?? 20000);
const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { parseCountriesCsv } = await vite.ssrLoadModule('/src/lib/io/parseCountriesCsv.ts');
  const { readImportFile, validateTable } = await vite.ssrLoadModule('/src/lib/io/import/importPipeline.ts');
  const { badOfficesCsv, goodOfficesCsv } = await vite.ssrLoadModule('/tests/bench/importScaleData.ts');
  const { countries } = parseCountriesCsv(readFileSync('data/countries.csv', 'utf8'));
  for (const [label, text] of [['good', goodOfficesCsv(countries, rows)], ['bad', badOfficesCsv(countries, rows)]]) {
    const start = performance.now();
    const read = readImportFile(new TextEncoder().encode(text), 'offices', {});
    const validated = validateTable('offices', read.table, read.suggestion.mapping, { countries, offices: [] });
    console.log(`${label}: ${rows} rows in ${(performance.now() - start).toFixed(0)} ms, ${validated.result.records.length} valid, ${validated.result.issues.length} issues`);
  }
} finally {
  await vite.close();
}
