// The Yjs document of a working group read as the app's scenarios: two members' documents
// exchanging updates converge, edits made apart merge, and undo takes back only one's own.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { describeChanges } from '../../../src/lib/scenario/describeChange';
import { addSharedScenario, applySharedEdit, authorOf, createUndoManager, readReverts, readSharedScenarios } from '../../../src/lib/sync/sharedScenarios';
import { asScenarioId, type ChangeData } from '../../../src/lib/scenario/types';
import { LATER, NOW, SAMPLE_CHANGES, baselineNetwork, cid, emptyScenario } from '../scenario/scenarioTestData';

const ID = asScenarioId('shared-1');
const record = (change: ChangeData, id: string, at = NOW) => ({ op: 'record' as const, change, changeId: cid(id), at });

/** Two members' documents; `connected` sends every update across as it happens. */
function twoMembers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const origins = { a: { member: 'a' }, b: { member: 'b' } };
  let connected = true;
  const queued: { to: Y.Doc; update: Uint8Array }[] = [];
  const relay = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin === 'remote') return;
    if (connected) Y.applyUpdate(to, update, 'remote');
    else queued.push({ to, update });
  };
  a.on('update', relay(b));
  b.on('update', relay(a));
  return {
    a,
    b,
    origins,
    disconnect: () => (connected = false),
    reconnect: () => {
      connected = true;
      for (const { to, update } of queued.splice(0)) Y.applyUpdate(to, update, 'remote');
    },
  };
}

describe('a shared scenario', () => {
  it('reads back as the scenario that was shared, each change credited to its author', () => {
    const doc = new Y.Doc();
    const local = { ...emptyScenario(), id: ID, name: 'Two tiers', topics: ['country-coverage' as const], changes: [{ ...SAMPLE_CHANGES['set-tier'], id: cid('c0'), at: NOW }] };
    addSharedScenario(doc, local, 'Amina', 'me');
    const [shared] = readSharedScenarios(doc);
    expect(shared).toMatchObject({ id: ID, name: 'Two tiers', topics: ['country-coverage'], deletedAt: null });
    expect(shared!.changes).toEqual([{ ...local.changes[0], author: 'Amina' }]);
    expect(authorOf(shared!.changes[0]!)).toBe('Amina');
  });

  it("shows one member's edit in the other's document", () => {
    const { a, b, origins } = twoMembers();
    addSharedScenario(a, { ...emptyScenario(), id: ID, name: 'Plan' }, 'Amina', origins.a);
    applySharedEdit(a, ID, record(SAMPLE_CHANGES['close-office'], 'c1'), 'Amina', origins.a);
    applySharedEdit(b, ID, { op: 'set', fields: { name: 'Plan B' } }, 'Boris', origins.b);
    const [seenByB] = readSharedScenarios(b);
    expect(seenByB!.changes.map((c) => [c.id, authorOf(c)])).toEqual([['c1', 'Amina']]);
    expect(readSharedScenarios(a)[0]!.name).toBe('Plan B');
  });

  it('merges edits made while apart: both sides end with the same changes, network and change log', () => {
    const { a, b, origins, disconnect, reconnect } = twoMembers();
    addSharedScenario(a, { ...emptyScenario(), id: ID, name: 'Plan' }, 'Amina', origins.a);
    disconnect();
    applySharedEdit(a, ID, record(SAMPLE_CHANGES['set-tier'], 'from-a'), 'Amina', origins.a);
    applySharedEdit(b, ID, record(SAMPLE_CHANGES['rename-office'], 'from-b', LATER), 'Boris', origins.b);
    expect(readSharedScenarios(a)[0]!.changes).toHaveLength(1);
    reconnect();
    const [onA] = readSharedScenarios(a);
    const [onB] = readSharedScenarios(b);
    expect(onA!.changes.map((c) => c.id).sort()).toEqual(['from-a', 'from-b']);
    expect(onB!.changes).toEqual(onA!.changes);
    const baseline = baselineNetwork();
    expect(deriveNetwork(baseline, onB!.changes)).toEqual(deriveNetwork(baseline, onA!.changes));
    expect(describeChanges(baseline, onB!.changes)).toEqual(describeChanges(baseline, onA!.changes));
  });

  it("undo takes back the member's own change, never a colleague's made after it", () => {
    const { a, b, origins } = twoMembers();
    addSharedScenario(a, { ...emptyScenario(), id: ID, name: 'Plan' }, 'Amina', origins.a);
    const undoA = createUndoManager(a, ID, origins.a)!;
    applySharedEdit(a, ID, record(SAMPLE_CHANGES['set-tier'], 'mine'), 'Amina', origins.a);
    applySharedEdit(b, ID, record(SAMPLE_CHANGES['close-office'], 'theirs'), 'Boris', origins.b);
    undoA.undo();
    expect(readSharedScenarios(b)[0]!.changes.map((c) => c.id)).toEqual(['theirs']);
    // Nothing of Amina's left to undo: Boris's change stays.
    expect(undoA.undo()).toBeNull();
    expect(readSharedScenarios(a)[0]!.changes.map((c) => c.id)).toEqual(['theirs']);
    undoA.redo();
    expect(readSharedScenarios(b)[0]!.changes.map((c) => c.id).sort()).toEqual(['mine', 'theirs']);
  });

  it("reverts anyone's change and records who reverted it; the reverter's undo puts it back", () => {
    const { a, b, origins } = twoMembers();
    addSharedScenario(a, { ...emptyScenario(), id: ID, name: 'Plan' }, 'Amina', origins.a);
    applySharedEdit(a, ID, record(SAMPLE_CHANGES['set-tier'], 'c1'), 'Amina', origins.a);
    const undoB = createUndoManager(b, ID, origins.b)!;
    expect(applySharedEdit(b, ID, { op: 'revert', changeId: cid('c1'), at: LATER }, 'Boris', origins.b)).toBe(true);
    expect(readSharedScenarios(a)[0]!.changes).toEqual([]);
    expect(readReverts(a, ID).map((r) => [r.change.id, r.by, r.at])).toEqual([['c1', 'Boris', LATER]]);
    undoB.undo();
    expect(readSharedScenarios(a)[0]!.changes.map((c) => c.id)).toEqual(['c1']);
    expect(applySharedEdit(b, ID, { op: 'revert', changeId: cid('unknown'), at: LATER }, 'Boris', origins.b)).toBe(false);
  });
});
