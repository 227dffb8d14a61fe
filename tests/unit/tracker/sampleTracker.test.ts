// The embedded sample tracker: ten recommendations from IDB.48 and the GC.20 roadmap, all valid.
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/lib/scenario/types';
import { restoreTracker } from '../../../src/lib/tracker/restoreTracker';
import { SCORECARD_ITEM_ID, sampleTracker } from '../../../src/lib/tracker/sampleTracker';
import { currentStatus } from '../../../src/lib/tracker/trackerModel';
import { ITEM_STATUSES, RECOMMENDATION_STATUSES } from '../../../src/lib/tracker/types';

const t = sampleTracker();
const HAN = /\p{Script=Han}/u;

describe('sample recommendations', () => {
  it('has ten recommendations numbered 1–10 with unique ids', () => {
    expect(t.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(t.recommendations.map((r) => r.id)).size).toBe(10);
  });

  it.each(t.recommendations.map((r) => [r.number, r] as const))('recommendation %i has Chinese and English texts and a valid status', (_, r) => {
    expect(r.textOriginal).toMatch(HAN);
    expect(r.responseOriginal).toMatch(HAN);
    expect(r.textEnglish.length).toBeGreaterThan(20);
    expect(r.responseEnglish.length).toBeGreaterThan(20);
    expect(r.textOriginal + r.responseOriginal).not.toMatch(/<\/?(p|ol|li)\b/);
    expect(RECOMMENDATION_STATUSES).toContain(currentStatus(t, r.id));
  });

  it.each([
    [1, 'legislative-organ', 'accepted-in-progress'],
    [2, 'executive-head', 'accepted-implemented'],
    [3, 'legislative-organ', 'under-consideration'],
    [4, 'executive-head', 'noted'],
    [9, 'executive-head', 'accepted-implemented'],
    [10, 'legislative-organ', 'accepted-implemented'],
  ] as const)('recommendation %i: addressee %s, status %s as in the document', (n, addressee, status) => {
    const r = t.recommendations.find((x) => x.number === n);
    expect(r?.addressee).toBe(addressee);
    expect(currentStatus(t, r?.id ?? '')).toBe(status);
  });

  it('links recommendation 10 to the balanced-scorecard item, and nothing else', () => {
    expect(t.recommendations.filter((r) => r.linkedItems.length > 0).map((r) => [r.number, r.linkedItems])).toEqual([[10, [SCORECARD_ITEM_ID]]]);
    expect(t.items.map((i) => i.id)).toContain(SCORECARD_ITEM_ID);
  });

  it('holds one report, IDB.48 of 2020-11-23, with a status for each recommendation', () => {
    expect(t.reports.map((r) => [r.title, r.date, Object.keys(r.statuses).length])).toEqual([['IDB.48 (Nov 2020)', '2020-11-23', 10]]);
  });
});

describe('sample roadmap', () => {
  const titled = (pattern: RegExp) => t.items.filter((i) => pattern.test(i.title));

  it.each([
    ['review and analysis of field data', /review and analysis/i, 'Phase 1'],
    ['balanced-scorecard analysis', /balanced-scorecard/i, 'Phase 1'],
    ['benchmarking', /benchmarking/i, 'Phase 1'],
    ['interim arrangements for vacant posts', /interim arrangements/i, 'Phase 1'],
    ['the comprehensive proposal', /comprehensive proposal/i, 'Phase 2'],
    ['briefings for Member States', /briefings/i, 'Phase 2'],
    ['terms of reference of the field network', /terms of reference of the/i, 'Phase 2'],
  ])('has %s', (_, pattern, phase) => {
    expect(titled(pattern).map((i) => i.phase)).toEqual([phase]);
  });

  it('has the five elements of the comprehensive proposal', () => {
    expect(titled(/^Proposal element \([a-e]\)/).map((i) => i.title.slice(18, 19))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('has one working-group item per topic, and four groups without members', () => {
    const groups = titled(/^Working group:/);
    expect(groups.map((i) => i.topic).sort()).toEqual([...TOPICS].sort());
    expect(t.groups).toEqual(TOPICS.map((topic) => ({ topic, members: '' })));
  });

  it('dates the ToR milestone end-2023 and the GC.20 report 2023-11-27', () => {
    const tor = titled(/terms of reference of the/i)[0];
    expect([tor?.kind, tor?.plannedEnd, tor?.topic]).toEqual(['milestone', '2023-12-31', 'office-types-and-tor']);
    const gc = t.items.find((i) => i.id === 'gc20-report');
    expect([gc?.kind, gc?.plannedStart, gc?.plannedEnd, gc?.status]).toEqual(['milestone', '2023-11-27', '2023-11-27', 'done']);
  });

  it('is valid: unique ids, known statuses, empty owners, a source and a note each, actualEnd only when done', () => {
    expect(new Set(t.items.map((i) => i.id)).size).toBe(t.items.length);
    for (const i of t.items) {
      expect(ITEM_STATUSES).toContain(i.status);
      expect([i.owner, i.source.startsWith('GC.20'), i.notes.length > 0]).toEqual(['', true, true]);
      if (i.actualEnd !== null) expect(i.status).toBe('done');
      if (i.kind === 'milestone' && i.plannedStart !== null) expect(i.plannedStart).toBe(i.plannedEnd);
    }
  });

  it('survives restoreTracker unchanged', () => {
    expect(restoreTracker(JSON.parse(JSON.stringify(t)))).toStrictEqual(t);
  });
});
