// Backup files and shared scenarios: a typed, versioned envelope {type, version, exportedAt,
// data}, checked on the way in so a damaged or foreign file changes nothing.
import type { DataIssue } from '../model/dataIssue';
import type { Scenario } from '../scenario/types';
import { restoreScenario } from './restoreScenario';

export const WORKSPACE_TYPE = 'field-network-planner/workspace';
export const SCENARIO_TYPE = 'field-network-planner/scenario';
export const ENVELOPE_VERSION = 1;

export interface Workspace {
  readonly datasetName: string;
  readonly scenarios: readonly Scenario[];
  readonly settings: Readonly<Record<string, unknown>>;
}

interface Envelope<T> {
  readonly type: string;
  readonly version: number;
  readonly exportedAt: string;
  readonly data: T;
}

/**
 * The workspace as the text of a backup file (pretty JSON).
 * @example serializeWorkspace({ datasetName: 'X', scenarios: [], settings: {} }, '2026-01-01T00:00:00Z')
 * // → '{\n  "type": "field-network-planner/workspace",\n  "version": 1, …'
 */
export function serializeWorkspace(workspace: Workspace, exportedAt: string): string {
  const envelope: Envelope<Workspace> = { type: WORKSPACE_TYPE, version: ENVELOPE_VERSION, exportedAt, data: workspace };
  return JSON.stringify(envelope, null, 2) + '\n';
}

export function serializeScenario(scenario: Scenario, datasetName: string, exportedAt: string): string {
  const envelope: Envelope<{ datasetName: string; scenario: Scenario }> = { type: SCENARIO_TYPE, version: ENVELOPE_VERSION, exportedAt, data: { datasetName, scenario } };
  return JSON.stringify(envelope);
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly DataIssue[] };

function openEnvelope(text: string, file: string, expectedType: string): Parsed<{ data: Record<string, unknown>; exportedAt: string }> {
  const fail = (message: string) => ({ ok: false as const, issues: [{ file, message }] });
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail(`This is not a readable JSON file (${(error as Error).message}). It may be damaged or cut short: export it again.`);
  }
  const envelope = json as Partial<Envelope<unknown>> | null;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.type !== 'string') return fail('This JSON file is not a Field Network Planner file (it has no "type").');
  if (envelope.type !== expectedType) {
    const what = envelope.type === WORKSPACE_TYPE ? 'a workspace backup' : envelope.type === SCENARIO_TYPE ? 'a single scenario' : `"${String(envelope.type).slice(0, 60)}"`;
    return fail(`This file is ${what}, not what was expected here. Use the matching import button.`);
  }
  if (typeof envelope.version !== 'number' || envelope.version > ENVELOPE_VERSION) return fail(`This file is version ${String(envelope.version)}, newer than this app reads (${ENVELOPE_VERSION}). Update the app, then import it again.`);
  if (typeof envelope.data !== 'object' || envelope.data === null) return fail('This file has no data in it.');
  return { ok: true, value: { data: envelope.data as Record<string, unknown>, exportedAt: String(envelope.exportedAt ?? '') } };
}

/** Reads a workspace backup; every scenario must be readable, or nothing is imported. */
export function parseWorkspace(text: string, file: string): Parsed<Workspace & { exportedAt: string }> {
  const opened = openEnvelope(text, file, WORKSPACE_TYPE);
  if (!opened.ok) return opened;
  const { data, exportedAt } = opened.value;
  if (!Array.isArray(data['scenarios'])) return { ok: false, issues: [{ file, message: 'The backup has no list of scenarios.' }] };
  const scenarios: Scenario[] = [];
  const issues: DataIssue[] = [];
  for (const raw of data['scenarios']) {
    const restored = restoreScenario(raw, file);
    if (restored.ok) scenarios.push(restored.value);
    else issues.push(...restored.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  const settings = typeof data['settings'] === 'object' && data['settings'] !== null ? (data['settings'] as Record<string, unknown>) : {};
  return { ok: true, value: { datasetName: String(data['datasetName'] ?? ''), scenarios, settings, exportedAt } };
}

/** Reads a single shared scenario (file or link). */
export function parseScenarioFile(text: string, file: string): Parsed<{ datasetName: string; scenario: Scenario }> {
  const opened = openEnvelope(text, file, SCENARIO_TYPE);
  if (!opened.ok) return opened;
  const restored = restoreScenario(opened.value.data['scenario'], file);
  if (!restored.ok) return restored;
  return { ok: true, value: { datasetName: String(opened.value.data['datasetName'] ?? ''), scenario: restored.value } };
}
