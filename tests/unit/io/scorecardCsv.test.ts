import { describe, expect, it } from 'vitest';
import { scorecardToCsv } from '../../../src/lib/io/export/scorecardCsv';
import { readTable } from '../../../src/lib/io/import/readTable';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { computeScorecard } from '../../../src/lib/scoring/computeScorecard';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCORING_SETTINGS } from '../../../src/lib/scoring/metricDefinitions';

describe('scorecardToCsv', () => {
  it('writes one row per metric, per perspective and overall, readable back with the same values', () => {
    const loaded = loadDefaultNetwork();
    if (!loaded.ok) throw new Error('no data');
    const card = computeScorecard({ network: loaded.network, baseline: loaded.network, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings: DEFAULT_SCORING_SETTINGS });
    const csv = scorecardToCsv('Baseline', card, { bom: true });
    expect(csv.startsWith('\ufeffscenario,perspective,metric_id')).toBe(true);
    const table = readTable(csv.slice(1), { delimiter: ',' });
    const metricCount = card.perspectives.reduce((n, p) => n + p.metrics.length, 0);
    expect(table.rows).toHaveLength(metricCount + card.perspectives.length + 1);
    const overall = table.rows.at(-1)?.cells;
    expect(overall?.[2]).toBe('overall-score');
    expect(Number(overall?.[4])).toBeCloseTo(card.overall ?? NaN, 6);
  });
});
