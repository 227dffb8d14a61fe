// A scorecard as a spreadsheet: one row per metric with its perspective, value, unit,
// target, status, score and weight, then the perspective and overall scores.
import type { Scorecard } from '../../scoring/types';
import { PERSPECTIVE_LABELS } from '../../scoring/types';
import { toCsv, type CsvCell } from './toCsv';

export const SCORECARD_COLUMNS = ['scenario', 'perspective', 'metric_id', 'metric', 'value', 'display', 'unit', 'direction', 'target', 'status', 'score', 'weight'] as const;

/**
 * @example scorecardToCsv('Baseline', card, { bom: true }) // → '\ufeffscenario,perspective,metric_id,…\r\nBaseline,Member States and partners,countries-covered,…'
 */
export function scorecardToCsv(scenarioName: string, scorecard: Scorecard, options: { bom: boolean }): string {
  return toCsv(scorecardRows(scenarioName, scorecard), SCORECARD_COLUMNS, options);
}

/** The scorecard export's records, keyed by SCORECARD_COLUMNS: shared by the CSV and the .xlsx twin. */
export function scorecardRows(scenarioName: string, scorecard: Scorecard): Record<(typeof SCORECARD_COLUMNS)[number], CsvCell>[] {
  const rows: Record<(typeof SCORECARD_COLUMNS)[number], CsvCell>[] = [];
  for (const p of scorecard.perspectives) {
    for (const m of p.metrics) {
      const d = m.definition;
      rows.push({ scenario: scenarioName, perspective: PERSPECTIVE_LABELS[p.perspective], metric_id: d.id, metric: d.label, value: m.value, display: m.display, unit: d.unit, direction: d.direction, target: d.target, status: m.rag, score: m.score, weight: d.weight });
    }
    rows.push({ scenario: scenarioName, perspective: PERSPECTIVE_LABELS[p.perspective], metric_id: 'perspective-score', metric: 'Perspective score', value: p.score, display: null, unit: 'score', direction: 'higher-is-better', target: 100, status: null, score: p.score, weight: p.weight });
  }
  rows.push({ scenario: scenarioName, perspective: 'All', metric_id: 'overall-score', metric: 'Overall score', value: scorecard.overall, display: null, unit: 'score', direction: 'higher-is-better', target: 100, status: null, score: scorecard.overall, weight: null });
  return rows;
}
