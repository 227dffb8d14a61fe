// The slowest test files and tests of a run, read from the reporters' JSON (Vitest's
// jest-compatible report, Playwright's JSON report), for the summary `npm test` prints.
import { relative } from 'node:path';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

/** "  12.3 s  tests/unit/x.test.ts": the `count` Vitest files that took longest (their own time, setup included). */
export function slowestVitestFiles(report, root, count) {
  return (report.testResults ?? [])
    .map((file) => ({ name: relative(root, file.name), took: (file.endTime ?? 0) - (file.startTime ?? 0) }))
    .sort((a, b) => b.took - a.took)
    .slice(0, count)
    .map(({ name, took }) => `${seconds(took)}  ${name}`);
}

/** Every test of a Playwright report with its file and the time of its last attempt. */
export function endToEndTests(report) {
  const tests = [];
  const visit = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        tests.push({ file: spec.file ?? file, title: spec.title, took: last?.duration ?? 0, status: last?.status ?? 'skipped' });
      }
    }
    for (const child of suite.suites ?? []) visit(child, suite.file ?? file);
  };
  for (const suite of report.suites ?? []) visit(suite, suite.file);
  return tests;
}

/** "  80.1 s  offline.spec.ts › a new build …": the `count` slowest end-to-end tests. */
export function slowestEndToEndTests(report, count) {
  return endToEndTests(report)
    .sort((a, b) => b.took - a.took)
    .slice(0, count)
    .map(({ file, title, took }) => `${seconds(took)}  ${file} › ${title.length > 90 ? `${title.slice(0, 89)}…` : title}`);
}
