// Import of a 100,000-row office-figures CSV: our read + validate against plain PapaParse on
// the same text (compare the two means: the budget is 2×), and the heap the import holds.
// Run: npm run bench:node
import Papa from 'papaparse';
import { afterAll, bench, describe } from 'vitest';
import { readImportFile, validateTable } from '../../src/lib/io/import/importPipeline';
import { syntheticNetwork } from './syntheticNetwork';

// 5,000 offices × 20 years: every row is valid, as in a real figures export.
const { countries, offices } = syntheticNetwork(5000, 250);

const ROWS = 100_000;
const lines = ['office_id,year,tc_delivery_usd,resources_mobilized_usd,staff,budget_usd,representative_vacant'];
for (let i = 0; i < ROWS; i++) {
  const office = offices[i % offices.length]!;
  lines.push(`${office.id},${2000 + Math.floor(i / offices.length)},${(i * 37) % 900000}.5,${(i * 53) % 700000},${i % 20},${(i * 11) % 2000000},${i % 7 === 0 ? 'yes' : 'no'}`);
}
const text = lines.join('\r\n') + '\r\n';
const bytes = new TextEncoder().encode(text);

function importOnce() {
  const read = readImportFile(bytes, 'figures', {});
  return validateTable('figures', read.table, read.suggestion.mapping, { countries, offices });
}

describe(`import ${ROWS.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB)`, () => {
  bench('plain PapaParse (parse only)', () => {
    Papa.parse(text, { skipEmptyLines: true });
  }, { iterations: 5 });
  bench('our import: decode + read + map + validate', () => {
    importOnce();
  }, { iterations: 5 });
});

afterAll(() => {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = importOnce();
  const after = process.memoryUsage().heapUsed;
  console.log(`import of ${ROWS} rows: ${result.result.records.length} valid, ${result.result.issues.length} issues; heap held by one import ≈ ${((after - before) / 1e6).toFixed(0)} MB (heap after: ${(after / 1e6).toFixed(0)} MB)`);
});
