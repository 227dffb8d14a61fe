// The tracker CSV reads back through the importer's table reader to the same values.
import { describe, expect, it } from 'vitest';
import { restoreNeutralised } from '../../../src/lib/io/export/toCsv';
import { readTable } from '../../../src/lib/io/import/readTable';
import { sampleTracker } from '../../../src/lib/tracker/sampleTracker';
import { TRACKER_COLUMNS, trackerToCsv } from '../../../src/lib/tracker/trackerCsv';
import { linkScenario, updateItem } from '../../../src/lib/tracker/trackerModel';
import { asScenarioId } from '../../../src/lib/scenario/types';

const tricky = linkScenario(
  updateItem(sampleTracker(), 'p1-benchmarking', { owner: '=HYPERLINK("x")', notes: 'a, "quoted"\nmulti-line -note\r\n-1' }),
  'rec-10', asScenarioId('s1'), true,
);

function readBack(csv: string) {
  const table = readTable(csv, { delimiter: ',' });
  expect(table.issues).toEqual([]);
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, restoreNeutralised(row.cells[i] ?? '')])));
}

describe('trackerToCsv', () => {
  it('starts with a BOM and the header', () => {
    expect(trackerToCsv(tricky).startsWith('\ufeff' + TRACKER_COLUMNS.join(',') + '\r\n')).toBe(true);
  });

  it('round-trips the roadmap items, then the recommendations with their current status', () => {
    const t = tricky;
    const rows = readBack(trackerToCsv(t));
    expect(rows.map((r) => r.section)).toEqual([...t.items.map(() => 'roadmap'), ...t.recommendations.map(() => 'recommendation')]);
    const items = rows.slice(0, t.items.length).map((r) => ({
      id: r.id, phase: r.phase, kind: r.kind, title: r.title, source: r.source, status: r.status, owner: r.owner, plannedStart: r.planned_start || null,
      plannedEnd: r.planned_end || null, actualEnd: r.actual_end || null, notes: r.notes, topic: r.topic || null,
    }));
    expect(items).toEqual(t.items);
    const recs = rows.slice(t.items.length);
    expect(recs.map((r) => [Number(r.number), r.text_original, r.text_english, r.response_original, r.response_english, r.addressee])).toEqual(
      t.recommendations.map((r) => [r.number, r.textOriginal, r.textEnglish, r.responseOriginal, r.responseEnglish, r.addressee]),
    );
    expect(recs.map((r) => [r.status, r.status_report])[2]).toEqual(['under-consideration', 'IDB.48 (Nov 2020)']);
    expect(recs[9]?.linked_scenarios).toBe('s1');
    expect(recs[9]?.linked_items).toBe('p1-balanced-scorecard');
  });
});
