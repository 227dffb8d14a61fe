// A problem found in user or embedded data. Errors on data are values, never exceptions,
// so the app can list every problem at once instead of stopping at the first.

export interface DataIssue {
  /** File the problem is in, e.g. "offices.csv". */
  readonly file: string;
  /** 1-based line in that file, when the problem belongs to one line. */
  readonly line?: number;
  /** Column name, when the problem belongs to one cell. */
  readonly column?: string;
  /** What is wrong and how to fix it, in plain words. */
  readonly message: string;
}

/**
 * One line of text for an issue, for lists and logs.
 * @example formatDataIssue({ file: 'offices.csv', line: 7, column: 'reports_to', message: 'Unknown office "X".' })
 * // → 'offices.csv, line 7, column "reports_to": Unknown office "X".'
 */
export function formatDataIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.column !== undefined) where.push(`column "${issue.column}"`);
  return `${where.join(', ')}: ${issue.message}`;
}
