// The tracker as one CSV for spreadsheets: the roadmap items, then the recommendations with their
// current status; the `section` column tells the two apart.
import { toCsv, type CsvCell } from '../io/export/toCsv';
import { statusHistory } from './trackerModel';
import type { Tracker } from './types';

export const TRACKER_COLUMNS = [
  'section', 'id', 'number', 'phase', 'kind', 'title', 'status', 'status_report', 'owner', 'planned_start', 'planned_end', 'actual_end',
  'topic', 'source', 'addressee', 'text_original', 'text_english', 'response_original', 'response_english', 'linked_scenarios', 'linked_items', 'notes',
] as const;

export type TrackerRow = Partial<Record<(typeof TRACKER_COLUMNS)[number], CsvCell>>;

/**
 * CSV (UTF-8 BOM, CRLF) of the tracker; linked ids are joined with ";". A recommendation's status is
 * its current one, with the title of the report that gives it in `status_report`.
 * @example trackerToCsv(sampleTracker())
 * // → '\ufeffsection,id,number,phase,…\r\nroadmap,p1-field-data-review,,Phase 1,activity,…\r\n…recommendation,rec-01,1,…'
 */
export function trackerToCsv(t: Tracker): string {
  const { items, recommendations } = trackerRows(t);
  return toCsv([...items, ...recommendations], TRACKER_COLUMNS, { bom: true });
}

/** The tracker export's records, roadmap and recommendations apart: shared by the CSV and the .xlsx twin (one sheet each). */
export function trackerRows(t: Tracker): { items: TrackerRow[]; recommendations: TrackerRow[] } {
  const items: TrackerRow[] = t.items.map((i) => ({
    section: 'roadmap', id: i.id, phase: i.phase, kind: i.kind, title: i.title, status: i.status, owner: i.owner, planned_start: i.plannedStart,
    planned_end: i.plannedEnd, actual_end: i.actualEnd, topic: i.topic, source: i.source, notes: i.notes,
  }));
  const recommendations: TrackerRow[] = t.recommendations.map((r) => ({
    section: 'recommendation', id: r.id, number: r.number, status: statusHistory(t, r.id).at(-1)?.status ?? null, status_report: statusHistory(t, r.id).at(-1)?.title ?? null, addressee: r.addressee,
    text_original: r.textOriginal, text_english: r.textEnglish, response_original: r.responseOriginal, response_english: r.responseEnglish,
    linked_scenarios: r.linkedScenarios.join(';'), linked_items: r.linkedItems.join(';'),
  }));
  return { items, recommendations };
}
