// Cases the mutation run found untested in the scenario core, each with its expected result
// written by hand: sentences for a reopened office and for a country moved from no office to no
// office, a country covered twice (the first office in the network's order covers it), a history
// restored from a file whose undo entry is not the latest change, and net changes of a note and of
// a country that only gains coverage.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import english from '../../../src/lib/i18n/messages/en';
import type { LocalText } from '../../../src/lib/i18n/localText';
import type { Network } from '../../../src/lib/model/types';
import { applyChange } from '../../../src/lib/scenario/applyChange';
import { checkScenario } from '../../../src/lib/scenario/checkScenario';
import { describeChanges } from '../../../src/lib/scenario/describeChange';
import { diffNetworks } from '../../../src/lib/scenario/diffNetworks';
import { redo, undo } from '../../../src/lib/scenario/history';
import { summariseNetChanges } from '../../../src/lib/scenario/netChanges';
import { countryValue, localiseValues } from '../../../src/lib/scenario/sentenceValues';
import type { Change, ChangeData, Scenario } from '../../../src/lib/scenario/types';
import { country, office } from '../../fixtures/networkFixtures';
import { LATER, NOW, cc, cid, emptyScenario, oid } from './scenarioTestData';

const inEnglish = (text: LocalText) =>
  formatMessage('en', english[text.key], localiseValues(text.values, { countryName: (c) => c.name, goneOffice: (id) => `${id} (gone)` }));
const asChanges = (list: readonly ChangeData[]): Change[] => list.map((data, i) => ({ ...data, id: cid(`c${i}`), at: NOW }));

// AAA is covered by both A (listed first) and B; CCC by nobody; A and B sit in different cities.
const twice: Network = {
  countries: [country('AAA'), country('BBB'), country('CCC')],
  offices: [office('A', ['BBB', 'AAA']), office('B', ['AAA'], { city: 'Bamako' }), office('Z', [], { city: 'Zomba', closed: true })],
};

describe('change sentences', () => {
  it('reads a reopened office', () => {
    expect(describeChanges(twice, asChanges([{ kind: 'reopen-office', office: oid('Z') }])).map((d) => inEnglish(d.text))).toEqual(['Reopened Office Z']);
  });

  it('reads a country covered by no office left with no office', () => {
    expect(describeChanges(twice, asChanges([{ kind: 'assign-country', country: cc('CCC'), office: null }])).map((d) => inEnglish(d.text))).toEqual(['Country CCC: covered from no office → no office']);
  });

  it('names the first office in the network’s order as the one a twice-covered country moves from', () => {
    const texts = describeChanges(twice, asChanges([{ kind: 'assign-country', country: cc('AAA'), office: oid('Z') }])).map((d) => inEnglish(d.text));
    expect(texts).toEqual(['Country AAA: covered from City A → Zomba']);
  });

  it('writes an unknown country by its code, with no ISO code to translate', () => {
    expect(countryValue('country', undefined, cc('XXX'))).toEqual({ country: 'XXX', countryIso2: '' });
  });
});

describe('assigning a twice-covered country', () => {
  it('takes it from both offices, even to one of them', () => {
    const after = applyChange(twice, { kind: 'assign-country', country: cc('AAA'), office: oid('B') });
    expect(after.offices.map((o) => [o.id, o.coveredCountries])).toEqual([['A', ['BBB']], ['B', ['AAA']], ['Z', []]]);
  });
});

describe('undo of a restored history', () => {
  const a: Change = { kind: 'close-office', office: oid('A'), id: cid('a'), at: NOW };
  const b: Change = { kind: 'close-office', office: oid('B'), id: cid('b'), at: NOW };

  it('takes out the added change even when it is not the latest in the list', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [a, b], undo: [{ op: 'add', change: a }] };
    expect(undo(restored, LATER).changes).toEqual([b]);
  });

  it('keeps every change when the added one is no longer in the list', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [b], undo: [{ op: 'add', change: a }] };
    const undone = undo(restored, LATER);
    expect(undone.changes).toEqual([b]);
    expect(undone.redo).toEqual([{ op: 'add', change: a }]);
  });
});

describe('undo and redo of a restored revert whose position no longer fits the list', () => {
  const a: Change = { kind: 'close-office', office: oid('A'), id: cid('a'), at: NOW };
  const b: Change = { kind: 'close-office', office: oid('B'), id: cid('b'), at: NOW };
  const c: Change = { kind: 'close-office', office: oid('Z'), id: cid('c'), at: NOW };

  it('puts a change reverted at a position past the end back at the end', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [a, b], undo: [{ op: 'revert', change: c, index: 9 }] };
    expect(undo(restored, LATER).changes.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a change reverted at a negative position back first', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [a, b], undo: [{ op: 'revert', change: c, index: -2 }] };
    expect(undo(restored, LATER).changes.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts a change back at its position and takes it out of that position again on redo', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [a, b], undo: [{ op: 'revert', change: c, index: 1 }] };
    const undone = undo(restored, LATER);
    expect(undone.changes.map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(redo(undone, LATER).changes.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('on redo, takes out the latest change of that id when the recorded position holds another', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [c, a, b], redo: [{ op: 'revert', change: c, index: 2 }] };
    expect(redo(restored, LATER).changes.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('each edit counts one revision and carries its time', () => {
    const restored: Scenario = { ...emptyScenario(), changes: [a, b], undo: [{ op: 'revert', change: c, index: 1 }], revision: 7 };
    expect(undo(restored, LATER)).toMatchObject({ revision: 8, updatedAt: LATER, undo: [], redo: [{ op: 'revert', change: c, index: 1 }] });
  });
});

describe('net changes', () => {
  it('briefs a note that differs from today’s, and not one that is the same', () => {
    const today: Network = { ...twice, offices: [office('A', ['BBB', 'AAA'], { note: 'Old note' }), office('B', ['AAA'], { note: 'Same' })] };
    const scenario = applyChange(today, { kind: 'annotate-office', office: oid('A'), note: 'New note' });
    const kept = applyChange(scenario, { kind: 'annotate-office', office: oid('B'), note: 'Same' });
    const changes = summariseNetChanges(today, kept).byRegion.flatMap((r) => r.offices);
    expect(changes.map((c) => [c.office.id, c.note])).toEqual([['A', 'New note']]);
  });

  it('lists a country that only gains an office under that office, as gained, not as lost by anyone', () => {
    const scenario = applyChange(twice, { kind: 'assign-country', country: cc('CCC'), office: oid('B') });
    const changes = summariseNetChanges(twice, scenario).byRegion.flatMap((r) => r.offices);
    expect(changes.map((c) => [c.office.id, c.gainedUncovered.map((g) => g.code), c.lost.length])).toEqual([['B', ['CCC'], 0]]);
  });
});

describe('a reporting cycle entered from outside', () => {
  it('names only the offices on the circle, once, not the office that leads into it', () => {
    // P (listed first) reports to A; A and B report to each other.
    const network: Network = {
      countries: [country('AAA')],
      offices: [office('P', ['AAA'], { reportsTo: oid('A') }), office('A', [], { reportsTo: oid('B'), tier: 'sub-regional-office' }), office('B', [], { reportsTo: oid('A'), tier: 'sub-regional-office' })],
    };
    const cycles = checkScenario(network).filter((p) => p.kind === 'reporting-cycle');
    expect(cycles.map((p) => [p.target, p.message])).toEqual([
      [{ kind: 'office', id: 'A' }, 'Reporting lines go round in a circle: Office A → Office B → Office A. Make one of these offices report to an office outside the circle (a sub-regional office reports to no office).'],
    ]);
  });
});

describe('what the side-by-side maps mark as changed', () => {
  it('does not mark an office written "closed: false" against the same office written without the flag', () => {
    const written = { ...twice, offices: twice.offices.map((o) => (o.id === 'A' ? { ...o, closed: false } : o)) };
    expect([...diffNetworks(twice, written).changedOffices]).toEqual([]);
  });

  it('marks an office that is closed in one network and open in the other', () => {
    expect([...diffNetworks(twice, applyChange(twice, { kind: 'reopen-office', office: oid('Z') })).changedOffices]).toEqual(['Z']);
  });

  it('does not mark a twice-covered country whose first open office stays the same when the second closes', () => {
    const diff = diffNetworks(twice, applyChange(twice, { kind: 'close-office', office: oid('B') }));
    expect([...diff.changedCountries]).toEqual([]);
    expect([...diff.changedOffices]).toEqual(['B']);
  });

  it('marks a twice-covered country when its first office closes and the second takes over', () => {
    expect([...diffNetworks(twice, applyChange(twice, { kind: 'close-office', office: oid('A') })).changedCountries].sort()).toEqual(['AAA', 'BBB']);
  });
});

describe('net changes of a twice-covered country', () => {
  it('are none when the second of its offices closes: the first still covers it', () => {
    const result = summariseNetChanges(twice, applyChange(twice, { kind: 'close-office', office: oid('B') }));
    expect(result.coverageMoves).toEqual([]);
    expect(result.closed.map((o) => o.id)).toEqual(['B']);
  });

  it('move it from the first office to the second when the first closes', () => {
    const result = summariseNetChanges(twice, applyChange(twice, { kind: 'close-office', office: oid('A') }));
    expect(result.coverageMoves.map((m) => [m.country.code, m.from?.id ?? null, m.to?.id ?? null])).toEqual([['AAA', 'A', 'B'], ['BBB', 'A', null]]);
  });
});
