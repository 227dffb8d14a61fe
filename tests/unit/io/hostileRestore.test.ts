// Hostile restore: each bad backup or scenario file is refused with the exact place and the
// reason, and the database is left exactly as it was (a full dump compared before and after).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { activateNewDataset } from '../../../src/lib/db/datasetRepository';
import { putScenario, setSetting } from '../../../src/lib/db/scenarioRepository';
import { formatRestoreIssue } from '../../../src/lib/io/restoreIssue';
import { SCENARIO_TYPE, WORKSPACE_TYPE } from '../../../src/lib/io/workspaceFile';
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import french from '../../../src/lib/i18n/messages/fr';
import arabic from '../../../src/lib/i18n/messages/ar';
import { formatMessage } from '../../../src/lib/i18n/formatMessage';
import { applyBackup, readBackup, readScenarioFile } from '../../../src/lib/state/workspaceBackup';
import { dumpDatabase } from '../db/dumpDatabase';

const T = '2026-06-01T10:00:00.000Z';
const change = (id: string, fields: Record<string, unknown>) => ({ id, at: T, ...fields });
const assignSomalia = change('c1', { kind: 'assign-country', country: 'SOM', office: 'AFR-ETH' });
const kenyaSubRegional = change('c2', { kind: 'set-tier', office: 'AFR-KEN', tier: 'sub-regional-office' });
const scenario = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `Scenario ${id}`, description: '', topics: [], changes: [assignSomalia, kenyaSubRegional],
  undo: [{ op: 'add', change: assignSomalia }, { op: 'add', change: kenyaSubRegional }], redo: [],
  createdAt: T, updatedAt: T, deletedAt: null, revision: 3, ...extra,
});
type Data = Record<string, unknown>;
const goodData = (): Data => ({ datasetName: 'Default', datasets: [], scenarios: [scenario('s1')], settings: { lastScenarioId: 's1' }, damaged: [] });
const backup = (data: Data, version: unknown = 2) => JSON.stringify({ type: WORKSPACE_TYPE, version, exportedAt: T, data });
const withSettings = (settings: Data) => backup({ ...goodData(), settings });
const withScenario = (extra: Data) => backup({ ...goodData(), scenarios: [scenario('s1', extra)] });
const office = loadDefaultNetwork();
if (!office.ok) throw new Error('embedded data set does not load');
const firstOffice = office.network.offices[0]!;

const CASES: { name: string; text: string; expected: string[] }[] = [
  { name: 'version 0', text: backup(goodData(), 0), expected: ['version: expected a whole version number from 1 to 2, got 0.'] },
  { name: 'version -1', text: backup(goodData(), -1), expected: ['version: expected a whole version number from 1 to 2, got -1.'] },
  { name: 'version 0.5', text: backup(goodData(), 0.5), expected: ['version: expected a whole version number from 1 to 2, got 0.5.'] },
  { name: 'version "1" (text)', text: backup(goodData(), '1'), expected: ['version: expected a whole version number from 1 to 2, got "1".'] },
  { name: 'no version', text: JSON.stringify({ type: WORKSPACE_TYPE, exportedAt: T, data: goodData() }), expected: ['version: expected a whole version number from 1 to 2, got undefined.'] },
  { name: 'version null', text: backup(goodData(), null), expected: ['version: expected a whole version number from 1 to 2, got null.'] },
  { name: 'a newer version', text: backup(goodData(), 3), expected: ['This file is version 3, newer than this app reads (2). Update the app, then import it again.'] },
  { name: 'not JSON', text: '{"type": "field-net', expected: [expect.stringMatching(/^This is not a readable JSON file \(.+\)\. It may be damaged or cut short: export it again\.$/) as unknown as string] },
  { name: 'a foreign JSON file', text: '[1,2]', expected: ['This JSON file is not a Field Network Planner file (it has no "type").'] },
  { name: 'a scenario file given as a backup', text: JSON.stringify({ type: SCENARIO_TYPE, version: 1, data: {} }), expected: ['This file is a single scenario, not a workspace backup. Use “Import scenario file”.'] },
  { name: 'data that is a list', text: backup([] as unknown as Data), expected: ['data: expected an object, got […] (0).'] },
  { name: 'officeFigures: {}', text: withSettings({ officeFigures: {} }), expected: ['settings.officeFigures: expected a list, got {…}.'] },
  { name: 'planningAssumptions: {}', text: withSettings({ planningAssumptions: {} }), expected: [
    'settings.planningAssumptions.annualCostUsd: expected 4 numbers ≥ 0 (regional-hub, regional-office, sub-regional-office, country-office), got undefined.',
    'settings.planningAssumptions.staff: expected 4 numbers ≥ 0 (regional-hub, regional-office, sub-regional-office, country-office), got undefined.',
  ] },
  { name: 'null perspective weights', text: withSettings({ scoringSettings: { perspectiveWeights: null } }), expected: ['settings.scoringSettings.perspectiveWeights: expected 4 numbers ≥ 0 (member-states, internal-process, resources, people), got null.'] },
  { name: 'a negative distance threshold', text: withSettings({ scoringSettings: { distanceThresholdKm: -5 } }), expected: ['settings.scoringSettings.distanceThresholdKm: expected a number ≥ 0, got -5.'] },
  { name: 'a figures row without a year', text: withSettings({ officeFigures: [{ office: 'AFR-ETH', staff: 4 }] }), expected: ['settings.officeFigures[0].year: expected a whole number ≥ 1900, got undefined.'] },
  { name: 'a damaged tracker', text: withSettings({ tracker: { tracker: { version: 1, items: [{ id: 'x' }], recommendations: [], reports: [], groups: [] } } }), expected: ['settings.tracker.tracker: not a readable tracker: items[0] is missing a field, has an unknown value or repeats an id.'] },
  { name: 'an unknown setting', text: withSettings({ theme: 'dark' }), expected: ['settings.theme: unknown setting (the file may come from a newer version of the app).'] },
  { name: 'a data set in use that the file does not carry', text: withSettings({ activeDatasetId: 'ds-gone' }), expected: ['settings.activeDatasetId: refers to data set "ds-gone", which the backup does not carry.'] },
  { name: 'two scenarios with the same id', text: backup({ ...goodData(), scenarios: [scenario('s1'), scenario('s2'), scenario('s1', { name: 'Other' })] }), expected: ['scenarios[2].id: the id "s1" is also used by scenarios[0].id.'] },
  { name: 'a damaged record with a scenario’s id', text: backup({ ...goodData(), damaged: [{ record: { id: 's1', name: 'old' }, edits: [] }] }), expected: ['damaged[0].record.id: the id "s1" is also used by scenarios[0].id.'] },
  { name: 'a damaged record without an id', text: backup({ ...goodData(), damaged: [{ record: { id: 5 }, edits: [] }] }), expected: ['damaged[0].record.id: expected an id (text of 1 to 200 characters), got 5.'] },
  { name: 'an unknown office', text: withScenario({ changes: [assignSomalia, change('c2', { kind: 'close-office', office: 'XYZ' })], undo: [] }), expected: ['scenarios[0].changes[1].office: unknown office "XYZ".'] },
  { name: 'an unknown country', text: withScenario({ changes: [change('c1', { kind: 'assign-country', country: 'ATL', office: 'AFR-ETH' })], undo: [] }), expected: ['scenarios[0].changes[0].country: unknown country "ATL".'] },
  { name: 'an unknown kind of change', text: withScenario({ changes: [assignSomalia, change('c2', { kind: 'teleport-office', office: 'AFR-KEN' })], undo: [] }), expected: ['scenarios[0].changes[1].kind: unknown kind of change "teleport-office" (the file may come from a newer version of the app).'] },
  { name: 'a wrong tier', text: withScenario({ changes: [change('c1', { kind: 'set-tier', office: 'AFR-KEN', tier: 'mega-hub' })], undo: [] }), expected: ['scenarios[0].changes[0].tier: expected one of "regional-hub", "regional-office", "sub-regional-office", "country-office", got "mega-hub".'] },
  { name: 'two changes with the same id', text: withScenario({ changes: [assignSomalia, { ...kenyaSubRegional, id: 'c1' }], undo: [] }), expected: ['scenarios[0].changes[1].id: the id "c1" is also used by scenarios[0].changes[0].id.'] },
  { name: 'an undo step for a change that is not in the list', text: withScenario({ undo: [{ op: 'add', change: assignSomalia }, { op: 'add', change: change('ghost', { kind: 'close-office', office: 'AFR-MLI' }) }] }), expected: ['scenarios[0].undo[1].change: this undo step removes change "ghost", which is not in the list of changes at that point: the history does not match the changes.'] },
  { name: 'an undo step that reverts a change still in the list', text: withScenario({ undo: [{ op: 'revert', change: assignSomalia, index: 0 }] }), expected: ['scenarios[0].undo[0].change: this undo step puts back change "c1", which is already in the list of changes at that point: the history does not match the changes.'] },
  { name: 'a redo step that adds a change already there', text: withScenario({ redo: [{ op: 'add', change: kenyaSubRegional }] }), expected: ['scenarios[0].redo[0].change: this redo step adds change "c2", which is already in the list of changes at that point: the history does not match the changes.'] },
  { name: 'a redo step that removes a change not there', text: withScenario({ redo: [{ op: 'revert', change: change('ghost', { kind: 'close-office', office: 'AFR-MLI' }), index: 0 }] }), expected: ['scenarios[0].redo[0].change: this redo step removes change "ghost", which is not in the list of changes at that point: the history does not match the changes.'] },
  { name: 'an undo step holding another version of a listed change', text: withScenario({ undo: [{ op: 'add', change: assignSomalia }, { op: 'add', change: { ...kenyaSubRegional, tier: 'country-office' } }] }), expected: ['scenarios[0].undo[1].change: this history step holds another version of change "c2" than the list of changes: the history does not match the changes.'] },
  { name: 'revision 0', text: withScenario({ revision: 0 }), expected: ['scenarios[0].revision: expected a whole number ≥ 1, got 0.'] },
  { name: 'a blank name and a bad date', text: withScenario({ name: '  ', createdAt: 'yesterday' }), expected: ['scenarios[0].name: expected a name (text that is not blank), got "  ".', 'scenarios[0].createdAt: expected a date and time (ISO 8601), got "yesterday".'] },
  { name: 'a topic that is not one', text: withScenario({ topics: ['fun'] }), expected: ['scenarios[0].topics[0]: expected one of "tc-and-un-reform", "working-arrangements", "office-types-and-tor", "country-coverage", got "fun".'] },
  { name: 'a data set office of an unknown tier', text: backup({ ...goodData(), datasets: [{ id: 'ds', name: 'X', fileName: 'x.csv', createdAt: T, offices: [{ ...firstOffice, tier: 'mega' }] }] }), expected: ['datasets[0].offices[0].tier: expected one of "regional-hub", "regional-office", "sub-regional-office", "country-office", got "mega".'] },
  { name: 'a data set office reporting to nothing known', text: backup({ ...goodData(), datasets: [{ id: 'ds', name: 'X', fileName: 'x.csv', createdAt: T, offices: [{ ...firstOffice, reportsTo: 'NOPE' }] }] }), expected: ['datasets[0].offices[0].reportsTo: unknown office "NOPE".'] },
];

let db: PlannerDatabase;
let counter = 0;
beforeEach(async () => {
  db = new PlannerDatabase(`hostile-${++counter}`);
  // A workspace with something in every store: a scenario, settings, a data set (not in use), a damaged record.
  await putScenario(db, scenario('mine') as never);
  await setSetting(db, 'lastScenarioId', 'mine');
  await activateNewDataset(db, { id: 'kept', name: 'Kept', fileName: 'kept.csv', offices: office.network.offices, createdAt: T });
  await setSetting(db, 'activeDatasetId', 'kept');
  await db.scenarios.put({ id: 'broken', name: 'From the future', changes: [{ kind: 'warp' }] } as never);
});
afterEach(() => db.close());

/** What the Scenarios view does with a file: read it, and write only what passed every check. */
async function restore(text: string, how: 'replace' | 'merge'): Promise<string[]> {
  const parsed = await readBackup(db, text);
  if (!parsed.ok) return parsed.issues.map((issue) => formatRestoreIssue(issue));
  await applyBackup(db, parsed.value, how, 'kept');
  return [];
}

describe('a hostile workspace backup', () => {
  it.each(CASES)('$name: refused, saying where, and nothing changes', async ({ text, expected }) => {
    const before = await dumpDatabase(db);
    for (const how of ['replace', 'merge'] as const) expect(await restore(text, how)).toEqual(expected);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('a good backup passes the same checks and is written (the cases above fail for their fault only)', async () => {
    expect(await restore(backup(goodData()), 'merge')).toEqual([]);
    expect(await db.scenarios.get('s1' as never)).toMatchObject({ name: 'Scenario s1' });
  });

  it('gives every problem of a file at once, not only the first', async () => {
    const text = backup({ ...goodData(), settings: { officeFigures: {}, scoringSettings: { perspectiveWeights: null } }, scenarios: [scenario('s1', { revision: -2 })] });
    expect(await restore(text, 'replace')).toHaveLength(3);
  });

  it('says what is wrong in the reader’s language, keeping the place in the file', async () => {
    const parsed = await readBackup(db, withSettings({ officeFigures: {} }));
    if (parsed.ok) throw new Error('accepted');
    const inFrench = formatRestoreIssue(parsed.issues[0]!, (key, values) => formatMessage('fr', french[key], values));
    const inArabic = formatRestoreIssue(parsed.issues[0]!, (key, values) => formatMessage('ar', arabic[key], values));
    expect(inFrench).toBe('settings.officeFigures: liste attendue, trouvé {…}.');
    expect(inArabic).toBe('settings.officeFigures: كان المتوقع قائمة، والموجود {…}.');
  });
});

describe('a hostile scenario file', () => {
  const file = (scenarioRecord: unknown, version: unknown = 1) => JSON.stringify({ type: SCENARIO_TYPE, version, exportedAt: T, data: { datasetName: 'Default', scenario: scenarioRecord } });
  it.each([
    { name: 'an unknown office', text: file(scenario('f', { changes: [change('c1', { kind: 'close-office', office: 'XYZ' })], undo: [] })), expected: ['scenario.changes[0].office: unknown office "XYZ".'] },
    { name: 'a ghost undo step', text: file(scenario('f', { changes: [], undo: [{ op: 'add', change: assignSomalia }] })), expected: ['scenario.undo[0].change: this undo step removes change "c1", which is not in the list of changes at that point: the history does not match the changes.'] },
    { name: 'version "1"', text: file(scenario('f'), '1'), expected: ['version: expected a whole version number from 1 to 1, got "1".'] },
    { name: 'a backup given as a scenario file', text: backup(goodData()), expected: ['This file is a workspace backup, not a single scenario. Use “Import workspace”.'] },
  ])('$name: refused, saying where', async ({ text, expected }) => {
    const before = await dumpDatabase(db);
    const parsed = await readScenarioFile(db, text, office.network);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => formatRestoreIssue(issue))).toEqual(expected);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
