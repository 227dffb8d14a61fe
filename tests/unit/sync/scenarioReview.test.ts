// Status and comments of shared scenarios: kept in the group's Yjs document, merged when two
// members act while apart (nothing lost, the same status for both), counted per working group.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { asScenarioId, type Scenario, type Topic } from '../../../src/lib/scenario/types';
import { currentStatuses, MAX_COMMENT_LENGTH, readComment, statusByWorkingGroup, statusOf, type StatusMark } from '../../../src/lib/sync/scenarioReview';
import { addScenarioComment, observeReview, readComments, readStatusMarks, setScenarioStatus } from '../../../src/lib/sync/sharedReview';
import { emptyScenario } from '../scenario/scenarioTestData';

const S1 = asScenarioId('s1');
const S2 = asScenarioId('s2');
const mark = (status: StatusMark['status'], by: string, scenarioId = S1): StatusMark => ({ scenarioId, status, by, at: '2026-12-02T15:00:00.000Z' });
const comment = (text: string, author: string, id = crypto.randomUUID()) => ({ id, scenarioId: S1, author, at: '2026-12-02T15:01:00.000Z', text });
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
};

describe('status and comments of a shared scenario', () => {
  it('is a draft until someone sets a status; the last one set is the status, with who set it', () => {
    const doc = new Y.Doc();
    expect(statusOf(currentStatuses(readStatusMarks(doc)), S1)).toBe('draft');
    expect(setScenarioStatus(doc, mark('proposed', 'Amina'), 'me')).toBe(true);
    expect(setScenarioStatus(doc, mark('endorsed', 'Boris'), 'me')).toBe(true);
    expect(currentStatuses(readStatusMarks(doc)).get(S1)).toMatchObject({ status: 'endorsed', by: 'Boris' });
    // Setting the status it already has records nothing.
    expect(setScenarioStatus(doc, mark('endorsed', 'Carla'), 'me')).toBe(false);
    expect(readStatusMarks(doc)).toHaveLength(2);
  });

  it('keeps both members’ comments and agrees on one status after they worked apart', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addScenarioComment(a, comment('Addis Ababa cannot take Somalia and South Sudan both.', 'Amina'), 'a');
    addScenarioComment(b, comment('Nairobi keeps the Indian Ocean states.', 'Boris'), 'b');
    setScenarioStatus(a, mark('proposed', 'Amina'), 'a');
    setScenarioStatus(b, mark('set-aside', 'Boris'), 'b');
    sync(a, b);
    expect(readComments(a).map((c) => c.author).sort()).toEqual(['Amina', 'Boris']);
    expect(readComments(a)).toEqual(readComments(b));
    const statusA = currentStatuses(readStatusMarks(a)).get(S1);
    expect(statusA).toEqual(currentStatuses(readStatusMarks(b)).get(S1));
    expect(['proposed', 'set-aside']).toContain(statusA?.status);
  });

  it('refuses an empty or too long comment, and trims the one it keeps', () => {
    const doc = new Y.Doc();
    expect(addScenarioComment(doc, comment('   ', 'Amina'), 'me')).toBe(false);
    expect(addScenarioComment(doc, comment('x'.repeat(MAX_COMMENT_LENGTH + 1), 'Amina'), 'me')).toBe(false);
    expect(addScenarioComment(doc, comment('  Agreed.  ', 'Amina'), 'me')).toBe(true);
    expect(readComments(doc).map((c) => c.text)).toEqual(['Agreed.']);
  });

  it('ignores malformed records another member’s client may have written', () => {
    expect(readComment({ id: 'c', scenarioId: 's1', author: 'A', at: 'now', text: 42 })).toBeNull();
    const doc = new Y.Doc();
    doc.getArray('statuses').push([{ scenarioId: 's1', status: 'approved-by-me', by: 'Mallory', at: 'now' }, 'junk']);
    expect(readStatusMarks(doc)).toEqual([]);
  });

  it('tells an observer what a transaction from another member added', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const seen: { local: boolean; statuses: number; comments: number }[] = [];
    observeReview(b, (tr, added) => seen.push({ local: tr.local, statuses: added.statuses.length, comments: added.comments.length }));
    setScenarioStatus(a, mark('proposed', 'Amina'), 'a');
    addScenarioComment(a, comment('See the map.', 'Amina'), 'a');
    sync(a, b);
    expect(seen.filter((s) => !s.local).reduce((sum, s) => ({ statuses: sum.statuses + s.statuses, comments: sum.comments + s.comments }), { statuses: 0, comments: 0 })).toEqual({ statuses: 1, comments: 1 });
  });
});

describe('statusByWorkingGroup', () => {
  const scenario = (id: string, topics: Topic[], deleted = false): Scenario => ({ ...emptyScenario(), id: asScenarioId(id), topics, deletedAt: deleted ? '2026-12-02T00:00:00Z' : null });
  it('counts each scenario under each of its topics, untagged ones under none, deleted ones not at all', () => {
    const statuses = currentStatuses([mark('proposed', 'Amina', S1), mark('endorsed', 'Boris', S2)]);
    const rows = statusByWorkingGroup([scenario('s1', ['country-coverage', 'working-arrangements']), scenario('s2', ['country-coverage']), scenario('s3', []), scenario('s4', ['country-coverage'], true)], statuses);
    expect(rows).toEqual([
      { topic: 'working-arrangements', counts: { draft: 0, proposed: 1, endorsed: 0, 'set-aside': 0 } },
      { topic: 'country-coverage', counts: { draft: 0, proposed: 1, endorsed: 1, 'set-aside': 0 } },
      { topic: null, counts: { draft: 1, proposed: 0, endorsed: 0, 'set-aside': 0 } },
    ]);
  });
});
