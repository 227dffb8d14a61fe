// The offices import's check across rows: a row whose reports-to names no office, or an office
// whose own row is skipped, is skipped too, so "valid rows only" never leaves a reporting line
// pointing nowhere. One pass over the rows and one over the lines that break (linear).
import type { Office } from '../../model/types';
import { worded } from './issueText';
import { NearestIndex } from './nearestIndex';
import { unknownWithHint, type ImportContext, type RowCheck } from './rowCheck';

export interface OfficeRow {
  readonly check: RowCheck;
  readonly value: Office;
}

/** Marks every row whose reporting line leads to a missing or skipped office, with the reason. */
export function checkReportingLines(rows: readonly OfficeRow[], context: ImportContext): void {
  const known = new Set<string>(context.offices.map((o) => o.id));
  const lineOf = new Map<string, number>();
  // How many unskipped rows carry each id, and which rows report to each id.
  const alive = new Map<string, number>();
  const reporters = new Map<string, OfficeRow[]>();
  for (const row of rows) {
    const { id, reportsTo } = row.value;
    if (!lineOf.has(id)) lineOf.set(id, row.check.row.line);
    if (!row.check.failed) alive.set(id, (alive.get(id) ?? 0) + 1);
    if (reportsTo === null) continue;
    const list = reporters.get(reportsTo);
    if (list) list.push(row);
    else reporters.set(reportsTo, [row]);
  }
  let hints: NearestIndex | null = null;
  const hint = (id: string) => (hints ??= new NearestIndex([...context.offices.map((o) => ({ code: o.id as string, name: o.name })), ...rows.map((r) => ({ code: r.value.id as string, name: r.value.name }))])).nearest(id);
  const isValid = (id: string) => known.has(id) || (alive.get(id) ?? 0) > 0;
  // Ids no unskipped row carries: each breaks the rows that report to it, which may break more.
  const broken = [...reporters.keys()].filter((id) => !isValid(id));
  while (broken.length > 0) {
    const target = broken.pop() as string;
    for (const row of reporters.get(target) ?? []) {
      if (row.check.failed) continue;
      const line = lineOf.get(target);
      const words = line === undefined
        ? unknownWithHint('import.issue.unknownReportsTo', 'import.issue.unknownReportsToHint', { id: target }, hint(target))
        : worded('import.issue.skippedReportsTo', { id: target, line });
      row.check.report('reportsTo', row.check.raw('reportsTo'), 'error', 'unknown-office', words);
      const left = (alive.get(row.value.id) ?? 1) - 1;
      alive.set(row.value.id, left);
      if (left === 0 && !known.has(row.value.id)) broken.push(row.value.id);
    }
  }
}
