// The tracker as a workbook: the roadmap and the recommendations on two sheets, each with only
// the columns it uses (the CSV puts both in one table and tells them apart by `section`).
import { sheetOf, type SheetSpec } from '../io/export/xlsx/workbookTypes';
import { TRACKER_COLUMNS, trackerRows } from './trackerCsv';
import type { Tracker } from './types';

const ROADMAP_COLUMNS = ['id', 'phase', 'kind', 'title', 'status', 'owner', 'planned_start', 'planned_end', 'actual_end', 'topic', 'source', 'notes'] as const;
const RECOMMENDATION_COLUMNS = ['id', 'number', 'status', 'status_report', 'addressee', 'text_original', 'text_english', 'response_original', 'response_english', 'linked_scenarios', 'linked_items'] as const;

/**
 * @example trackerSheets(sampleTracker()).map((s) => s.name) // → ['Roadmap', 'Recommendations']
 */
export function trackerSheets(tracker: Tracker): SheetSpec[] {
  const { items, recommendations } = trackerRows(tracker);
  const column = (header: (typeof TRACKER_COLUMNS)[number]) => ({ header, kind: header === 'number' ? ('integer' as const) : ('text' as const) });
  return [sheetOf('Roadmap', items, ROADMAP_COLUMNS.map(column)), sheetOf('Recommendations', recommendations, RECOMMENDATION_COLUMNS.map(column))];
}
