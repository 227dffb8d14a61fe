// Types of results.mjs, for the TypeScript tests that use it.
export interface Figure {
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly budget: { readonly max: number; readonly text?: string } | null;
  readonly detail: string;
  /** A row the suite declares but did not report (see checkRows). */
  readonly missing?: true;
}
export function figure(group: string, id: string, label: string, value: number, unit: string, budget?: Figure['budget'], detail?: string): Figure;
export function verdict(row: Figure): string;
export function checkRows(group: string, expectedIds: readonly string[], figures: readonly Figure[]): { rows: Figure[]; missing: string[]; undeclared: string[] };
export function renderTable(rows: readonly Figure[], previousRows: readonly Figure[] | null): string;
export function saveResults(dir: string, run: { readonly startedAt: string }): unknown;
export function readPrevious(dir: string): { startedAt: string; figures: Figure[] } | null;
