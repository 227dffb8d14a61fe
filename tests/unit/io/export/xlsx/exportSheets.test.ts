// The .xlsx twins hold the CSV exports' columns and records, with numbers typed: checked against
// hand-worked values of the default data, and a comparison whose options really differ.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICE_COLUMNS, parseOfficesCsv } from '../../../../../src/lib/io/parseOfficesCsv';
import { comparisonSheets, coverageSheet, figuresSheet, officesSheet, scorecardSheet } from '../../../../../src/lib/io/export/xlsx/exportSheets';
import { importReportSheet } from '../../../../../src/lib/io/export/xlsx/importReportSheet';
import { writeWorkbook } from '../../../../../src/lib/io/export/xlsx/writeWorkbook';
import { loadDefaultNetwork } from '../../../../../src/lib/io/defaultDataset';
import { asOfficeId } from '../../../../../src/lib/model/types';
import { computeScorecard } from '../../../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../../../src/lib/scoring/metricDefinitions';
import { sampleTracker } from '../../../../../src/lib/tracker/sampleTracker';
import { trackerSheets } from '../../../../../src/lib/tracker/trackerWorkbook';
import { readWorkbook } from './readBack';

const offices = parseOfficesCsv(readFileSync(new URL('../../../../../data/offices.csv', import.meta.url), 'utf8')).offices;
const column = (sheet: { columns: readonly { header: string }[] }, header: string) => sheet.columns.findIndex((c) => c.header === header);

describe('the offices and coverage sheets', () => {
  it('hold the 48 offices with the CSV columns, coordinates as numbers', () => {
    const sheet = officesSheet(offices);
    expect(sheet.columns.map((c) => c.header)).toEqual([...OFFICE_COLUMNS]);
    expect(sheet.rows).toHaveLength(48);
    const ethiopia = sheet.rows.find((row) => row[0] === 'AFR-ETH');
    expect(ethiopia?.slice(0, 10)).toEqual(['AFR-ETH', 'UNIDO Regional Hub Ethiopia', 'Addis Ababa', 'ETH', 'Africa', 'Regional Hub', 9.03, 38.74, null, 'ETH;DJI;SOM']);
    expect(sheet.columns.filter((c) => c.kind !== 'text').map((c) => [c.header, c.kind])).toEqual([['lat', 'coordinate'], ['lon', 'coordinate']]);
  });

  it('list one row per covered country with its office', () => {
    const sheet = coverageSheet(offices);
    expect(sheet.rows).toHaveLength(offices.reduce((n, o) => n + o.coveredCountries.length, 0));
    expect(sheet.rows).toContainEqual(['SSD', 'AFR-KEN']);
  });
});

describe('the office figures sheet', () => {
  it('types years, dollars and staff as numbers and leaves an unknown figure empty, never 0', () => {
    const sheet = figuresSheet([{ office: asOfficeId('AFR-KEN'), year: 2025, staff: 12, tcDeliveryUsd: 1_715_320.5, representativeVacant: false }]);
    expect(sheet.rows).toEqual([['AFR-KEN', 2025, 1_715_320.5, null, 12, null, 'no']]);
    expect(sheet.columns.map((c) => c.kind)).toEqual(['text', 'year', 'usd', 'usd', 'integer', 'usd', 'text']);
  });
});

describe('the scorecard and comparison sheets', () => {
  const loaded = loadDefaultNetwork();
  if (!loaded.ok) throw new Error('no default data');
  const baseline = loaded.network;
  // A scenario that closes the Ethiopia hub: some metrics move, so a column mix-up shows.
  const closed = { ...baseline, offices: baseline.offices.map((o) => (o.id === 'AFR-ETH' ? { ...o, closed: true } : o)) };
  const score = (network: typeof baseline) => computeScorecard({ network, baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS });
  const base = score(baseline);
  const plan = score(closed);
  const metricCount = base.perspectives.reduce((n, p) => n + p.metrics.length, 0);

  it('writes a scorecard as metric rows, perspective scores and the overall score', () => {
    const sheet = scorecardSheet('Baseline', base);
    expect(sheet.rows).toHaveLength(metricCount + base.perspectives.length + 1);
    expect(sheet.rows.at(-1)?.slice(0, 5)).toEqual(['Baseline', 'All', 'overall-score', 'Overall score', base.overall]);
    expect(sheet.columns[column(sheet, 'score')]?.kind).toBe('score');
  });

  it('puts each option in its own summary column, equal to its own sheet, then one sheet per option', async () => {
    const sheets = comparisonSheets([{ name: 'Baseline', scorecard: base }, { name: 'Plan: close/merge Ethiopia', scorecard: plan }]);
    expect(sheets.map((s) => s.name)).toEqual(['Summary', 'Baseline', 'Plan: close/merge Ethiopia']);
    const [summary, ownBase, ownPlan] = sheets;
    if (!summary || !ownBase || !ownPlan) throw new Error('missing sheets');
    expect(summary.columns.map((c) => c.header)).toEqual(['perspective', 'metric_id', 'metric', 'unit', 'direction', 'Baseline', 'Plan: close/merge Ethiopia']);
    expect(summary.rows).toHaveLength(metricCount + base.perspectives.length + 1);
    const valueAt = (sheet: typeof ownBase, i: number) => sheet.rows[i]?.[column(sheet, 'value')];
    summary.rows.forEach((row, i) => {
      expect(row[5]).toBe(valueAt(ownBase, i));
      expect(row[6]).toBe(valueAt(ownPlan, i));
    });
    expect(summary.rows.some((row) => row[5] !== row[6])).toBe(true);
    expect(summary.rows.at(-1)?.slice(1, 2).concat(summary.rows.at(-1)?.slice(5) ?? [])).toEqual(['overall-score', base.overall, plan.overall]);
    // Written, the scenario's tab gets a name Excel accepts.
    const read = await readWorkbook(await writeWorkbook(sheets));
    expect(read.map((s) => s.sheet)).toEqual(['Summary', 'Baseline', 'Plan close merge Ethiopia']);
    expect(read[0]?.data.at(-1)?.slice(5)).toEqual([base.overall, plan.overall]);
  });

  it('gives an empty comparison no sheet', () => {
    expect(comparisonSheets([])).toEqual([]);
  });
});

describe('the tracker sheets', () => {
  it('put the 20 roadmap items and the 10 recommendations on their own sheets, numbers as numbers', () => {
    const [roadmap, recommendations] = trackerSheets(sampleTracker());
    expect(roadmap?.name).toBe('Roadmap');
    expect(roadmap?.rows).toHaveLength(20);
    expect(roadmap?.columns.map((c) => c.header)).not.toContain('text_english');
    expect(recommendations?.name).toBe('Recommendations');
    expect(recommendations?.rows.map((row) => row[1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(recommendations?.columns[1]).toEqual({ header: 'number', kind: 'integer' });
  });
});

describe('the import report sheet', () => {
  it('has the CSV report columns, the line as a number and invisible characters written out', () => {
    const sheet = importReportSheet([{ line: 3, column: 'budget', value: '250.000\u202e', read: '250000', severity: 'warning', kind: 'ambiguous-number', message: 'Reads two ways', text: { key: 'import.issueKind.ambiguous-number' } }]);
    expect(sheet.columns.map((c) => c.header)).toEqual(['line', 'column', 'value', 'read', 'severity', 'problem', 'message']);
    expect(sheet.rows[0]?.[0]).toBe(3);
    expect(sheet.rows[0]?.slice(1, 5)).toEqual(['budget', '250.000⟨U+202E⟩', '250000', 'warning']);
    expect(sheet.rows[0]?.[6]).toBe('Reads two ways');
  });
});
