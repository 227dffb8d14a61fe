// The import's own overhead, stage by stage, against plain PapaParse on the same 100,000-row
// text in one run (issue 16): decode (bytes → text), read (text → table with line numbers),
// check (table → records and report) and transfer (what the worker posts to the page, cloned as
// postMessage would). Run: npx vitest bench --run --project unit tests/bench/importStages.bench.ts
// The budget is "no slower than before PapaParse": the figures of the hand-written reader,
// measured on this machine before the change, are printed beside today's (importBudget.ts).
import Papa from 'papaparse';
import { afterAll, bench, describe } from 'vitest';
import { suggestMapping } from '../../src/lib/io/import/columnMapping';
import { decodeBytes } from '../../src/lib/io/import/decodeText';
import { detectDelimiter } from '../../src/lib/io/import/detectDelimiter';
import { validateTable } from '../../src/lib/io/import/importPipeline';
import { readTable } from '../../src/lib/io/import/readTable';
import { keepReport, summarizeReport } from '../../src/lib/io/import/reportPages';
import { IMPORT_STAGE_BUDGETS, READ_TO_PAPAPARSE_BEFORE } from './importBudget';
import { syntheticNetwork } from './syntheticNetwork';
import { figuresImport } from './workloads';

const ROWS = 100_000;
const network = syntheticNetwork(5000, 250);
const workload = figuresImport(network, ROWS);
const text = decodeBytes(workload.bytes).text;
const guess = detectDelimiter(text);
const table = readTable(text, { delimiter: guess.delimiter, skipFirstLine: guess.skipFirstLine });
const mapping = suggestMapping(table.header, 'figures').mapping;

const validated = validateTable('figures', table, mapping, network);
const summary = summarizeReport('figures', validated.result, keepReport(validated.result.issues), [], []);

// Each stage's own times, kept to print beside its budget (the median, warm-up runs included).
const times = new Map<string, number[]>();
const timed = (name: string, run: () => unknown) => {
  times.set(name, []);
  bench(name, () => {
    const start = performance.now();
    run();
    times.get(name)?.push(performance.now() - start);
  }, { iterations: 5 });
};
const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[list.length >> 1] ?? NaN;

describe(`import stages, ${ROWS.toLocaleString('en')} figure rows (${(workload.bytes.length / 1e6).toFixed(1)} MB)`, () => {
  timed('plain PapaParse (parse only)', () => Papa.parse(text, { skipEmptyLines: true }).data.length);
  timed('decode (bytes → text)', () => decodeBytes(workload.bytes).text.length);
  timed('read (delimiter + table with line numbers)', () => {
    const g = detectDelimiter(text);
    return readTable(text, { delimiter: g.delimiter, skipFirstLine: g.skipFirstLine }).rows.length;
  });
  timed('check (validate + report)', () => {
    const validated = validateTable('figures', table, mapping, network);
    return keepReport(validated.result.issues);
  });
  timed('transfer (the summary the page gets, cloned)', () => structuredClone(summary));
});

afterAll(() => {
  const means = new Map([...times].map(([name, list]) => [name, median(list)]));
  const papa = means.get('plain PapaParse (parse only)') ?? NaN;
  const read = means.get('read (delimiter + table with line numbers)') ?? NaN;
  const lines = [...means].map(([name, ms]) => {
    const budget = IMPORT_STAGE_BUDGETS[name];
    return `  ${name.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms${budget ? `   budget ≤ ${budget} ms (before PapaParse)${ms <= budget * 1.3 ? '' : '  OVER (beyond the ±30 % noise of a shared machine)'}` : ''}`;
  });
  console.log(`import stages (median ms):\n${lines.join('\n')}\n  read ÷ plain PapaParse: ${(read / papa).toFixed(2)}× (before PapaParse: ${READ_TO_PAPAPARSE_BEFORE.toFixed(2)}×, same machine)`);
});
