// Benchmark figures against their budgets: one table on the console, and JSON files so runs
// can be compared (tests/output/bench/results-<timestamp>.json and latest.json).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One figure. `budget` is { max, text? } (the figure must not exceed max) or null (reported only).
 * @returns {{ id: string, group: string, label: string, value: number, unit: string, budget: { max: number, text?: string } | null, detail: string }}
 */
export const figure = (group, id, label, value, unit, budget = null, detail = '') => ({ id, group, label, value, unit, budget, detail });

const format = (value, unit) => {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
};

/**
 * Checks a suite's figures against the rows it declares (its `expectedRows`): each declared
 * row it did not report comes back as a MISSING row, so the table shows the gap and the run
 * fails; rows it reported without declaring them are named, so the declaration stays complete.
 * @example checkRows('Node', ['a', 'b'], [figure('Node', 'a', 'A', 1, 'ms')])
 * // → { rows: [<a>, { id: 'b', group: 'Node', label: 'b', value: NaN, missing: true, … }], missing: ['b'], undeclared: [] }
 */
export function checkRows(group, expectedIds, figures) {
  const reported = new Set(figures.map((f) => f.id));
  const missing = expectedIds.filter((id) => !reported.has(id));
  const undeclared = figures.map((f) => f.id).filter((id) => !expectedIds.includes(id));
  const placeholders = missing.map((id) => ({ ...figure(figures[0]?.group ?? group, id, id, Number.NaN, '', null, 'declared by the suite but not reported'), missing: true }));
  return { rows: [...figures, ...placeholders], missing, undeclared };
}

/** "met (6.1 ms to spare)" or "NOT MET (+12.0 ms, 1.8× the budget)"; "MISSING" for a declared row not reported; '' without a budget. */
export function verdict(row) {
  if (row.missing) return 'MISSING';
  if (!row.budget) return '';
  if (!Number.isFinite(row.value)) return 'NOT MEASURED';
  const { max } = row.budget;
  const gap = Math.abs(row.value - max);
  if (row.value <= max) return `met (${format(gap, row.unit)} to spare)`;
  return `NOT MET (+${format(gap, row.unit)}, ${(row.value / max).toFixed(2)}× the budget)`;
}

const budgetText = (row) => (row.budget ? (row.budget.text ?? `≤ ${format(row.budget.max, row.unit)}`) : '—');

/** Change against the same figure of a previous run, e.g. "−12%". */
function change(row, previous) {
  const before = previous?.get(row.id);
  if (!before || !Number.isFinite(before.value) || !Number.isFinite(row.value) || before.value === 0) return '';
  const ratio = row.value / before.value - 1;
  if (Math.abs(ratio) < 0.005) return '±0%';
  return `${ratio > 0 ? '+' : '−'}${Math.abs(ratio * 100).toFixed(0)}%`;
}

/** The table as text: group headings, then figure, budget, verdict, change against the previous run. */
export function renderTable(rows, previousRows) {
  const previous = previousRows ? new Map(previousRows.map((r) => [r.id, r])) : null;
  const lines = rows.map((r) => ({ group: r.group, cells: [r.label, format(r.value, r.unit), budgetText(r), verdict(r), change(r, previous)], detail: r.detail }));
  const headers = ['Figure', 'Measured', 'Budget', 'Verdict', previous ? 'vs last run' : ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => l.cells[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [row(headers), widths.map((w) => '─'.repeat(w)).join('  ')];
  let group = null;
  for (const line of lines) {
    if (line.group !== group) {
      group = line.group;
      out.push(`${group}`);
    }
    out.push(row(line.cells));
    if (line.detail) out.push(`    ${line.detail}`);
  }
  return out.join('\n');
}

/** Writes results-<timestamp>.json and latest.json; returns the previous latest (or null). */
export function saveResults(dir, run) {
  mkdirSync(dir, { recursive: true });
  const latest = join(dir, 'latest.json');
  const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  const text = JSON.stringify(run, null, 2) + '\n';
  writeFileSync(join(dir, `results-${stamp}.json`), text);
  writeFileSync(latest, text);
  return previous;
}

export function readPrevious(dir) {
  const latest = join(dir, 'latest.json');
  return existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
}
