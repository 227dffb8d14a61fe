// restoreTracker accepts a valid record and rejects any damaged one.
import { describe, expect, it } from 'vitest';
import { restoreTracker } from '../../../src/lib/tracker/restoreTracker';
import { sampleTracker } from '../../../src/lib/tracker/sampleTracker';

// Loose on purpose: the tests damage the record in ways its type forbids.
type Loose = Record<string, any>;
const valid = (): Loose => JSON.parse(JSON.stringify(sampleTracker())) as Loose;

describe('restoreTracker', () => {
  it('accepts a valid record and an empty one, dropping unknown fields', () => {
    expect(restoreTracker(valid())).toStrictEqual(sampleTracker());
    expect(restoreTracker({ version: 1, items: [], recommendations: [], reports: [], groups: [], extra: 1 })).toEqual({
      version: 1, items: [], recommendations: [], reports: [], groups: [],
    });
  });

  it.each<[string, (r: Loose) => unknown]>([
    ['null', () => null],
    ['a string', () => 'tracker'],
    ['an array', () => []],
    ['another version', (r) => ({ ...r, version: 2 })],
    ['items missing', (r) => ({ ...r, items: undefined })],
    ['an unknown item status', (r) => (r.items[0].status = 'late', r)],
    ['an unknown item kind', (r) => (r.items[0].kind = 'phase', r)],
    ['a date that is not ISO', (r) => (r.items[0].plannedEnd = '31/12/2023', r)],
    ['an unknown topic', (r) => (r.items[3].topic = 'finance', r)],
    ['an item without notes', (r) => (delete r.items[0].notes, r)],
    ['duplicate item ids', (r) => (r.items[1].id = r.items[0].id, r)],
    ['an unknown addressee', (r) => (r.recommendations[0].addressee = 'board', r)],
    ['a non-integer number', (r) => (r.recommendations[0].number = '1', r)],
    ['linked scenarios not strings', (r) => (r.recommendations[0].linkedScenarios = [1], r)],
    ['an unknown recommendation status', (r) => (r.reports[0].statuses['rec-01'] = 'implemented', r)],
    ['statuses not an object', (r) => (r.reports[0].statuses = [], r)],
    ['a report without a date', (r) => (r.reports[0].date = null, r)],
    ['a group with an unknown topic', (r) => (r.groups[0].topic = 'other', r)],
    ['a group with members not text', (r) => (r.groups[0].members = ['a'], r)],
    ['two groups of one topic', (r) => (r.groups[1].topic = r.groups[0].topic, r)],
  ])('rejects %s', (_, damage) => {
    expect(restoreTracker(damage(valid()))).toBeNull();
  });
});
