// The import's stage figures before the CSV reading moved onto PapaParse (issue 16): the budget
// "no slower than today". Measured with the hand-written reader on 2026-12-02 on the shared
// 2-core machine (load average 11–17), `npx vitest bench --run --project unit
// tests/bench/importStages.bench.ts` (median, ms); the same run gave plain PapaParse 1306 ms.
export const IMPORT_STAGE_BUDGETS: Readonly<Record<string, number>> = {
  'decode (bytes → text)': 54,
  'read (delimiter + table with line numbers)': 1039,
  'check (validate + report)': 4843,
};
/** Read ÷ plain PapaParse in that run: the figure least moved by the machine's load. */
export const READ_TO_PAPAPARSE_BEFORE = 0.8;
