// Benchmarks cannot silently lose a row: every suite declares the rows it reports, and a
// declared row that a run did not report shows as MISSING in the table (and fails the run).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRows, figure, renderTable, verdict } from '../../bench/lib/results.mjs';

const suitesDir = new URL('../../bench/suites/', import.meta.url);
const suiteFiles = readdirSync(suitesDir).filter((f) => f.endsWith('.mjs'));

describe('checkRows', () => {
  const a = figure('Node', 'node.a', 'A', 1.5, 'ms', { max: 2 });
  const b = figure('Node', 'node.b', 'B', 3, 'ms');

  it('passes a run that reported every declared row, adding nothing', () => {
    expect(checkRows('node', ['node.a', 'node.b'], [a, b])).toEqual({ rows: [a, b], missing: [], undeclared: [] });
  });

  it('adds a MISSING row for a declared row the run did not report, and the table shows it', () => {
    const checked = checkRows('node', ['node.a', 'node.b', 'node.c'], [a, b]);
    expect(checked.missing).toEqual(['node.c']);
    const placeholder = checked.rows.at(-1)!;
    expect(placeholder).toMatchObject({ id: 'node.c', group: 'Node', missing: true });
    expect(verdict(placeholder)).toBe('MISSING');
    expect(renderTable(checked.rows, null)).toMatch(/node\.c\s+n\/a\s+—\s+MISSING/);
  });

  it('reports every row missing when a suite failed before reporting any', () => {
    expect(checkRows('export-png', ['export.slide.png', 'export.a4.png'], []).missing).toEqual(['export.slide.png', 'export.a4.png']);
  });

  it('names rows a suite reported without declaring them', () => {
    expect(checkRows('node', ['node.a'], [a, b]).undeclared).toEqual(['node.b']);
  });
});

describe('every benchmark suite declares its rows', () => {
  it.each(suiteFiles)('%s: a non-empty list of distinct ids', async (file) => {
    const suite = (await import(new URL(file, suitesDir).href)) as { expectedRows?: unknown };
    expect(Array.isArray(suite.expectedRows)).toBe(true);
    const ids = suite.expectedRows as string[];
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  }, 60_000); // the first import loads the browser driver the suites use
});
