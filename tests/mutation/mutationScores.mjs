// The mutation score of a Stryker JSON report (mutation-testing-report-schema) and the table
// `npm run mutation` prints, one row per folder of src/lib.

const killedStatuses = new Set(['Killed', 'Timeout']);
const countedStatuses = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** Killed/timed-out over all valid mutants (survivors and uncovered ones count against it);
 *  compile errors and ignored mutants are not counted, as Stryker does.
 *  @example scoreOf({ files: { 'a.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }] } } })
 *    → { killed: 1, survived: 1, noCoverage: 0, total: 2, score: 50 } */
export function scoreOf(report) {
  const counts = { killed: 0, survived: 0, noCoverage: 0, total: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (!countedStatuses.has(mutant.status)) continue;
      counts.total += 1;
      if (killedStatuses.has(mutant.status)) counts.killed += 1;
      else if (mutant.status === 'Survived') counts.survived += 1;
      else counts.noCoverage += 1;
    }
  }
  return { ...counts, score: counts.total === 0 ? null : (100 * counts.killed) / counts.total };
}

/** A plain-text table: folder, score, killed, survived, no coverage, total. */
export function renderScores(rows) {
  const header = ['folder', 'score %', 'killed', 'survived', 'no coverage', 'mutants'];
  const body = rows.map((row) => [
    row.folder,
    row.score === null ? '—' : row.score.toFixed(1),
    String(row.killed),
    String(row.survived),
    String(row.noCoverage),
    String(row.total),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  return ['Mutation score per folder of src/lib', line(header), ...body.map(line)].join('\n');
}
