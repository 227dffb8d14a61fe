// Status history across reports, counts by report, lateness, and updaters that never mutate.
import { describe, expect, it } from 'vitest';
import { asScenarioId } from '../../../src/lib/scenario/types';
import { sampleTracker } from '../../../src/lib/tracker/sampleTracker';
import {
  addReport, currentStatus, isLate, lateItems, linkItem, linkScenario, setMembers, setStatus, statusCountsByReport, statusHistory,
  updateItem, updateRecommendation,
} from '../../../src/lib/tracker/trackerModel';
import type { ItemStatus, Tracker } from '../../../src/lib/tracker/types';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
const base = (): Tracker => deepFreeze(sampleTracker());
const withTwoReports = () => {
  const t1 = addReport(base(), { id: 'idb-49', title: 'IDB.49', date: '2021-07-05' });
  const t2 = setStatus(t1, 'idb-49', 'rec-03', 'accepted-in-progress');
  const t3 = addReport(t2, { id: 'idb-50', title: 'IDB.50', date: '2022-11-22' });
  return setStatus(t3, 'idb-50', 'rec-03', 'accepted-implemented');
};

describe('status history', () => {
  it('follows a recommendation across added reports, oldest first', () => {
    const t = withTwoReports();
    expect(statusHistory(t, 'rec-03')).toEqual([
      { reportId: 'idb-48', title: 'IDB.48 (Nov 2020)', date: '2020-11-23', status: 'under-consideration' },
      { reportId: 'idb-49', title: 'IDB.49', date: '2021-07-05', status: 'accepted-in-progress' },
      { reportId: 'idb-50', title: 'IDB.50', date: '2022-11-22', status: 'accepted-implemented' },
    ]);
    expect(currentStatus(t, 'rec-03')).toBe('accepted-implemented');
  });

  it('copies the latest statuses into a new report', () => {
    const t = withTwoReports();
    expect(t.reports[2]?.statuses).toEqual({ ...t.reports[0]?.statuses, 'rec-03': 'accepted-implemented' });
  });

  it('keeps reports in date order, copying from the report before an inserted one', () => {
    const t = addReport(withTwoReports(), { id: 'mid', title: 'Mid', date: '2022-01-01' });
    expect(t.reports.map((r) => r.id)).toEqual(['idb-48', 'idb-49', 'mid', 'idb-50']);
    expect(t.reports[2]?.statuses['rec-03']).toBe('accepted-in-progress');
  });

  it('ignores an added report whose id exists, and removing a report drops its statuses', () => {
    const t = withTwoReports();
    expect(addReport(t, { id: 'idb-49', title: 'again', date: '2030-01-01' })).toBe(t);
    expect(statusHistory(t, 'rec-99')).toEqual([]);
  });
});

describe('statusCountsByReport', () => {
  it('counts every recommendation once per report', () => {
    const counts = statusCountsByReport(withTwoReports());
    expect(counts.map((c) => c.reportId)).toEqual(['idb-48', 'idb-49', 'idb-50']);
    for (const c of counts) expect(Object.values(c.counts).reduce((a, b) => a + b, 0)).toBe(10);
    expect(counts[0]?.counts).toEqual({ 'accepted-implemented': 3, 'accepted-in-progress': 5, 'under-consideration': 1, noted: 1 });
    expect(counts[2]?.counts).toEqual({ 'accepted-implemented': 4, 'accepted-in-progress': 5, 'under-consideration': 0, noted: 1 });
  });
});

describe('isLate', () => {
  it.each<[string | null, ItemStatus, string, boolean]>([
    ['2023-12-31', 'in-progress', '2024-01-01', true],
    ['2023-12-31', 'not-started', '2024-01-01', true],
    ['2023-12-31', 'in-progress', '2023-12-31', false],
    ['2023-12-31', 'in-progress', '2023-06-01', false],
    ['2023-12-31', 'done', '2024-01-01', false],
    ['2023-12-31', 'cancelled', '2024-01-01', false],
    [null, 'in-progress', '2099-01-01', false],
  ])('planned end %s, %s, today %s → %s', (plannedEnd, status, today, late) => {
    expect(isLate({ plannedEnd, status }, today)).toBe(late);
  });

  it('finds the late sample items: the ToR milestone after end-2023', () => {
    expect(lateItems(base(), '2023-12-31')).toEqual([]);
    expect(lateItems(base(), '2024-01-01').map((i) => i.id)).toEqual(['p2-field-network-tor']);
    expect(lateItems(updateItem(base(), 'p2-field-network-tor', { status: 'done' }), '2024-01-01')).toEqual([]);
  });
});

describe('updaters', () => {
  it.each<[string, (t: Tracker) => Tracker]>([
    ['updateItem', (t) => updateItem(t, 'p1-benchmarking', { status: 'done', owner: 'ODG' })],
    ['updateRecommendation', (t) => updateRecommendation(t, 'rec-10', { textEnglish: 'x' })],
    ['addReport', (t) => addReport(t, { id: 'r', title: 'R', date: '2024-01-01' })],
    ['setStatus', (t) => setStatus(t, 'idb-48', 'rec-01', 'noted')],
    ['setMembers', (t) => setMembers(t, 'country-coverage', 'A\nB')],
    ['linkScenario', (t) => linkScenario(t, 'rec-10', asScenarioId('s1'), true)],
    ['linkItem', (t) => linkItem(t, 'rec-01', 'p1-benchmarking', true)],
  ])('%s returns a changed copy and leaves the (frozen) input as it was', (_, update) => {
    const before = base();
    const copy = structuredClone(before);
    const after = update(before);
    expect(after).not.toBe(before);
    expect(after).not.toEqual(before);
    expect(before).toEqual(copy);
  });

  it('applies the patches and keeps ids', () => {
    const t = updateItem(base(), 'p1-benchmarking', { status: 'done', id: 'other' } as never);
    expect(t.items.find((i) => i.id === 'p1-benchmarking')?.status).toBe('done');
    expect(setMembers(base(), 'country-coverage', 'A\nB').groups.find((g) => g.topic === 'country-coverage')?.members).toBe('A\nB');
  });

  it('links a scenario once and unlinks it', () => {
    const s = asScenarioId('s1');
    const on = linkScenario(linkScenario(base(), 'rec-10', s, true), 'rec-10', s, true);
    expect(on.recommendations[9]?.linkedScenarios).toEqual([s]);
    expect(linkScenario(on, 'rec-10', s, false).recommendations[9]?.linkedScenarios).toEqual([]);
  });

  it('returns the same tracker for unknown ids', () => {
    const t = base();
    expect(updateItem(t, 'nope', { owner: 'x' })).toBe(t);
    expect(updateRecommendation(t, 'nope', { textEnglish: 'x' })).toBe(t);
    expect(setStatus(t, 'nope', 'rec-01', 'noted')).toBe(t);
    expect(linkScenario(t, 'nope', asScenarioId('s'), true)).toBe(t);
  });
});
