// The report as the page receives it from the worker: totals, the reason a file cannot be
// imported said once, the first 100 problems of each kind with their counts, and later pages.
import { describe, expect, it } from 'vitest';
import { REPORT_PAGE_SIZE, keepReport, reportPage, summarizeReport } from '../../../../src/lib/io/import/reportPages';
import { context, importText } from './importHelpers';

const HEADER = 'id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3';
const summaryOf = (text: string) => {
  const { table, result } = importText(text, 'offices', context());
  return { result, summary: summarizeReport('offices', result, keepReport(result.issues), table.rows.slice(0, 20).map((r) => r.line)) };
};

describe('summarizeReport and reportPage', () => {
  // 250 rows with a latitude that is no number (lines 2–251), then 3 with an unknown region (252–254), then 2 good ones.
  const rows = [
    ...Array.from({ length: 250 }, (_, i) => `B${i},x,c,KEN,Africa,Country Office,north,36.8,,`),
    ...Array.from({ length: 3 }, (_, i) => `R${i},x,c,KEN,Afrika,Country Office,1,36.8,,`),
    'G1,x,c,KEN,Africa,Country Office,1,36.8,,KEN',
    'G2,x,c,ETH,Africa,Country Office,9,38.7,,',
  ];
  const { result, summary } = summaryOf([HEADER, ...rows].join('\n'));

  it('gives the totals and each kind with its count and first page only', () => {
    expect(summary).toMatchObject({ kind: 'offices', valid: 2, skipped: 253, errors: 253, warnings: 0, blocked: false, withoutCoverage: false });
    expect(summary.groups.map((g) => [g.id, g.count, g.issues.length])).toEqual([
      ['error:not-a-number', 250, REPORT_PAGE_SIZE],
      ['error:unknown-word', 3, 3],
    ]);
    expect(summary.groups[0]?.issues.map((i) => i.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(summary.skippedInPreview).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('cuts later pages from the kept report, and nothing for a group that is not there', () => {
    const kept = keepReport(result.issues);
    expect(reportPage(kept, 'error:not-a-number', 100).map((i) => i.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 102));
    expect(reportPage(kept, 'error:not-a-number', 200).map((i) => i.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 202));
    expect(reportPage(kept, 'error:not-a-number', 300)).toEqual([]);
    expect(reportPage(kept, 'warning:not-a-number', 0)).toEqual([]);
  });
});

describe('what stops an import is said once', () => {
  it('an empty file: one problem, not one per required column', () => {
    const { result, summary } = summaryOf('');
    expect(result.issues.map((i) => i.kind)).toEqual(['empty-file']);
    expect(summary.blocked).toBe(true);
    expect(summary.blockedBy.emptyFile?.message).toBe('The file has no header row. It needs a header row and at least one data row.');
    expect(summary.blockedBy.missingFields).toEqual([]);
  });

  it('a header without rows: one problem', () => {
    const { result } = summaryOf(`${HEADER}\n`);
    expect(result.issues.map((i) => i.kind)).toEqual(['empty-file']);
  });

  it('missing required columns: named together as the reason, no row checked', () => {
    const { summary } = summaryOf('id,name,country_iso3,region,tier\nA,x,KEN,Africa,Country Office\n');
    expect(summary).toMatchObject({ blocked: true, valid: 0, skipped: 0 });
    expect(summary.blockedBy.missingFields).toEqual(['import.field.offices.lat', 'import.field.offices.lon']);
  });

  it('offices of which none lists a covered country: flagged, since the map would show no coverage', () => {
    expect(summaryOf(`${HEADER}\nA,x,c,KEN,Africa,Country Office,1,36.8,,\n`).summary.withoutCoverage).toBe(true);
    expect(summaryOf(`${HEADER}\nA,x,c,KEN,Africa,Country Office,1,36.8,,KEN\n`).summary.withoutCoverage).toBe(false);
    expect(summaryOf('id,name,country_iso3,region,tier,lat,lon\nA,x,KEN,Africa,Country Office,1,36.8\n').summary.withoutCoverage).toBe(true);
  });
});
