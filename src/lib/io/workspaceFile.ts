// Backup files and shared scenarios: a typed, versioned envelope {type, version, exportedAt,
// data}, checked field by field on the way in so a damaged or foreign file changes nothing.
// Version 2 backups carry the imported data sets and the damaged records; version 1 migrates.
import type { Scenario } from '../scenario/types';
import { at, describeValue, IssueList, type RestoreIssue, type Restored } from './restoreIssue';
import { expectList, expectObject, expectText, expectUniqueIds, isId, isObject, isText, type Fields } from './restoreFields';
import { checkDataset, type DatasetRecord } from './restoreDataset';
import { restoreScenario, type KnownIds } from './restoreScenario';
import { restoreSettings } from './restoreSettings';

export const WORKSPACE_TYPE = 'field-network-planner/workspace';
export const SCENARIO_TYPE = 'field-network-planner/scenario';
/** Version 2 added the data sets in use and kept, and the damaged records. */
export const ENVELOPE_VERSION = 2;
const SCENARIO_VERSION = 1;

/** A stored scenario record that cannot be read, kept exactly as it is, with its autosaved edit rows. */
export interface DamagedRecord {
  readonly record: Readonly<Fields> & { readonly id: string };
  readonly edits: readonly Readonly<Fields>[];
}

export interface Workspace {
  readonly datasetName: string;
  readonly datasets: readonly DatasetRecord[];
  readonly scenarios: readonly Scenario[];
  readonly settings: Readonly<Record<string, unknown>>;
  readonly damaged: readonly DamagedRecord[];
}

/** A backup as read: the workspace, when it was made, and what the reader should know before restoring it. */
export interface ParsedWorkspace extends Workspace {
  readonly exportedAt: string;
  readonly notes: readonly RestoreIssue[];
}

/** What a restore checks references against: the embedded countries, and the offices of a data set (null: the embedded one). */
export interface RestoreContext {
  readonly countries: ReadonlySet<string>;
  readonly officesOf: (datasetId: string | null) => ReadonlySet<string> | null;
}

/**
 * The workspace as the text of a backup file (pretty JSON).
 * @example serializeWorkspace({ datasetName: 'X', datasets: [], scenarios: [], settings: {}, damaged: [] }, '2026-01-01T00:00:00Z')
 * // → '{\n  "type": "field-network-planner/workspace",\n  "version": 2, …'
 */
export function serializeWorkspace(workspace: Workspace, exportedAt: string): string {
  const { datasetName, datasets, scenarios, settings, damaged } = workspace;
  const data: Workspace = { datasetName, datasets, scenarios, settings, damaged };
  return JSON.stringify({ type: WORKSPACE_TYPE, version: ENVELOPE_VERSION, exportedAt, data }, null, 2) + '\n';
}

export function serializeScenario(scenario: Scenario, datasetName: string, exportedAt: string): string {
  return JSON.stringify({ type: SCENARIO_TYPE, version: SCENARIO_VERSION, exportedAt, data: { datasetName, scenario } });
}

const failed = (issues: IssueList) => ({ ok: false as const, issues: issues.issues });

/** Opens the envelope: JSON, our type, a version this app reads, an object of data. */
function openEnvelope(text: string, expectedType: string, latest: number): Restored<{ data: Fields; version: number; exportedAt: string }> {
  const issues = new IssueList();
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    issues.add('', 'scenarios.restore.notJson', { error: (error as Error).message });
    return failed(issues);
  }
  if (!isObject(json) || !isText(json['type'])) return (issues.add('', 'scenarios.restore.notOurs'), failed(issues));
  const { type, version, data } = json;
  if (type !== expectedType) {
    if (type === SCENARIO_TYPE) issues.add('', 'scenarios.restore.isScenarioFile');
    else if (type === WORKSPACE_TYPE) issues.add('', 'scenarios.restore.isWorkspaceFile');
    else issues.add('type', 'scenarios.restore.foreignType', { value: describeValue(type) });
    return failed(issues);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > latest) issues.add('', 'scenarios.restore.newerVersion', { value: version, latest });
  else if (!Number.isInteger(version) || (version as number) < 1) issues.add('version', 'scenarios.restore.badVersion', { value: describeValue(version), latest });
  else if (expectObject(data, 'data', issues)) return { ok: true, value: { data, version: version as number, exportedAt: isText(json['exportedAt']) ? json['exportedAt'] : '' } };
  return failed(issues);
}

/** Version 1 carried no data sets and no damaged records. */
const migrateV1toV2 = (data: Fields): Fields => ({ ...data, datasets: [], damaged: [] });

/** Reads a workspace backup, checking every field; any problem and nothing is imported. */
export function parseWorkspace(text: string, context: RestoreContext): Restored<ParsedWorkspace> {
  const opened = openEnvelope(text, WORKSPACE_TYPE, ENVELOPE_VERSION);
  if (!opened.ok) return opened;
  const { version, exportedAt } = opened.value;
  const data = version === 1 ? migrateV1toV2(opened.value.data) : opened.value.data;
  const issues = new IssueList();
  const notes: RestoreIssue[] = [];
  if (data['datasetName'] !== undefined) expectText(data['datasetName'], 'datasetName', issues);
  const datasets = expectList(data['datasets'], 'datasets', issues) ? data['datasets'] : [];
  datasets.forEach((d, i) => checkDataset(d, at('datasets', i), issues, context.countries));
  expectUniqueIds(datasets.map((d) => (isObject(d) && isText(d['id']) ? d['id'] : null)), (i) => at(at('datasets', i), 'id'), issues);
  const settings = restoreSettings(data['settings']);
  if (!settings.ok) issues.issues.push(...settings.issues);
  const kept = { ...(settings.ok ? settings.value : {}) };
  const activeId = isId(kept['activeDatasetId']) ? kept['activeDatasetId'] : null;
  const carried = datasets.find((d) => isObject(d) && d['id'] === activeId) as DatasetRecord | undefined;
  if (activeId && !carried && !(version === 1 && context.officesOf(activeId))) {
    if (version > 1) issues.add('settings.activeDatasetId', 'scenarios.restore.datasetMissing', { value: describeValue(activeId) });
    else {
      notes.push({ path: '', key: 'scenarios.restore.datasetMissingOld', values: { version, value: describeValue(data['datasetName'] ?? activeId) } });
      delete kept['activeDatasetId'];
    }
  }
  const offices = carried ? new Set(carried.offices.map((o) => o.id)) : context.officesOf(isId(kept['activeDatasetId']) ? kept['activeDatasetId'] : null);
  const known: KnownIds | null = offices ? { offices, countries: context.countries } : null;
  const scenarios = readScenarios(data['scenarios'], known, issues);
  const damaged = readDamaged(data['damaged'], issues);
  const ids = [...scenarios.ids, ...damaged.map((d) => d.record.id)];
  expectUniqueIds(ids, (i) => (i < scenarios.ids.length ? at(at('scenarios', i), 'id') : at(at('damaged', i - scenarios.ids.length), 'record.id')), issues);
  if (!issues.ok) return failed(issues);
  const workspace = { datasetName: isText(data['datasetName']) ? data['datasetName'] : '', datasets: datasets as DatasetRecord[], scenarios: scenarios.list, settings: kept, damaged };
  return { ok: true, value: { ...workspace, exportedAt, notes } };
}

function readScenarios(raw: unknown, known: KnownIds | null, issues: IssueList): { list: Scenario[]; ids: (string | null)[] } {
  if (!expectList(raw, 'scenarios', issues)) return { list: [], ids: [] };
  const list: Scenario[] = [];
  for (const [i, record] of raw.entries()) {
    const restored = restoreScenario(record, at('scenarios', i), known);
    if (restored.ok) list.push(restored.value);
    else issues.issues.push(...restored.issues);
  }
  return { list, ids: raw.map((s) => (isObject(s) && isText(s['id']) ? s['id'] : null)) };
}

/** Damaged records are carried as they are: only what storing them back needs is checked (an id, edit rows as objects). */
function readDamaged(raw: unknown, issues: IssueList): DamagedRecord[] {
  if (!expectList(raw, 'damaged', issues)) return [];
  return raw.flatMap((entry, i) => {
    const path = at('damaged', i);
    if (!expectObject(entry, path, issues) || !expectObject(entry['record'], at(path, 'record'), issues)) return [];
    const idOk = isId(entry['record']['id']) || issues.add(at(path, 'record.id'), 'scenarios.restore.expectedId', { value: describeValue(entry['record']['id']) });
    const edits = expectList(entry['edits'], at(path, 'edits'), issues) ? entry['edits'] : null;
    const editsOk = edits !== null && edits.every((row, j) => expectObject(row, at(at(path, 'edits'), j), issues));
    return idOk && editsOk ? [{ record: entry['record'] as DamagedRecord['record'], edits: edits as Fields[] }] : [];
  });
}

/** Reads a single shared scenario (file or link); with `known`, the offices and countries it names are checked too. */
export function parseScenarioFile(text: string, known: KnownIds | null = null): Restored<{ datasetName: string; scenario: Scenario }> {
  const opened = openEnvelope(text, SCENARIO_TYPE, SCENARIO_VERSION);
  if (!opened.ok) return opened;
  const restored = restoreScenario(opened.value.data['scenario'], 'scenario', known);
  if (!restored.ok) return restored;
  const name = opened.value.data['datasetName'];
  return { ok: true, value: { datasetName: isText(name) ? name : '', scenario: restored.value } };
}
