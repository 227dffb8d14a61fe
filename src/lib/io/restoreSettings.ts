// Checks the workspace settings of a backup, and each setting read back from IndexedDB, field by
// field: a setting of the wrong shape would otherwise be stored and break the scorecard on
// every load. The same checks serve files (refused) and stored records (default used, reported).
import { ALL_TIERS } from '../model/types';
import { PERSPECTIVES } from '../scoring/types';
import { readTracker } from '../tracker/restoreTracker';
import { at, IssueList, type RestoreIssue, type Restored } from './restoreIssue';
import { expectBoolean, expectId, expectList, expectNumber, expectNumbersFor, expectObject, expectOneOf, expectText, expectWholeNumber } from './restoreFields';

type SettingCheck = (value: unknown, path: string, issues: IssueList) => void;

const OVERRIDE_FIELDS = ['target', 'amberLimit', 'zeroScoreAt', 'weight'];
const SCORING_FIELDS: Readonly<Record<string, SettingCheck>> = {
  distanceThresholdKm: (v, p, i) => expectNumber(v, p, i),
  minimumStaff: (v, p, i) => expectNumber(v, p, i),
  perspectiveWeights: (v, p, i) => expectNumbersFor(v, PERSPECTIVES, p, i),
  metricOverrides: (v, p, i) => {
    if (!expectObject(v, p, i)) return;
    for (const [id, override] of Object.entries(v)) {
      if (!expectObject(override, at(p, id), i)) continue;
      for (const [field, number] of Object.entries(override)) {
        if (!OVERRIDE_FIELDS.includes(field)) i.add(at(at(p, id), field), 'scenarios.restore.unknownSetting');
        else if (typeof number !== 'number' || !Number.isFinite(number)) i.add(at(at(p, id), field), 'scenarios.restore.expectedNumber', { value: String(number) });
      }
    }
  },
};

/** Checks each field of an object against its own check; fields it does not know are reported. */
function checkFields(value: unknown, fields: Readonly<Record<string, SettingCheck>>, path: string, issues: IssueList, required: readonly string[]): void {
  if (!expectObject(value, path, issues)) return;
  for (const [name, check] of Object.entries(fields)) {
    if (value[name] !== undefined || required.includes(name)) check(value[name], at(path, name), issues);
  }
  for (const name of Object.keys(value)) if (!(name in fields)) issues.add(at(path, name), 'scenarios.restore.unknownSetting');
}

const FIGURE_FIELDS: Readonly<Record<string, SettingCheck>> = {
  office: (v, p, i) => expectId(v, p, i),
  year: (v, p, i) => expectWholeNumber(v, 1900, p, i),
  representativeVacant: (v, p, i) => expectBoolean(v, p, i),
  ...Object.fromEntries(['tcDeliveryUsd', 'resourcesMobilizedUsd', 'staff', 'budgetUsd'].map((name) => [name, (v: unknown, p: string, i: IssueList) => expectNumber(v, p, i)])),
};

function checkFigures(value: unknown, path: string, issues: IssueList): void {
  if (expectList(value, path, issues)) value.forEach((row, index) => checkFields(row, FIGURE_FIELDS, at(path, index), issues, ['office', 'year']));
}

function checkTrackerSetting(value: unknown, path: string, issues: IssueList): void {
  if (!expectObject(value, path, issues)) return;
  const problem = readTracker(value['tracker']).problem;
  if (problem !== null) issues.add(at(path, 'tracker'), 'scenarios.restore.trackerDamaged', { where: problem });
  for (const stack of ['past', 'future'] as const) {
    if (value[stack] === undefined || !expectList(value[stack], at(path, stack), issues)) continue;
    value[stack].forEach((entry, index) => {
      const inner = readTracker(entry).problem;
      if (inner !== null) issues.add(at(at(path, stack), index), 'scenarios.restore.trackerDamaged', { where: inner });
    });
  }
  for (const name of Object.keys(value)) if (!['tracker', 'past', 'future'].includes(name)) issues.add(at(path, name), 'scenarios.restore.unknownSetting');
}

// The briefing pack's remembered choices (export/briefingPackChoices.ts): every field is text.
function checkBriefingPack(value: unknown, path: string, issues: IssueList): void {
  checkFields(value, {
    mode: (v, p, i) => expectOneOf(v, ['one', 'compare'], p, i),
    single: (v, p, i) => expectText(v, p, i),
    compared: (v, p, i) => { if (expectList(v, p, i)) v.forEach((id, index) => expectId(id, at(p, index), i)); },
    cover: (v, p, i) => checkFields(v, {
      ...Object.fromEntries(['meeting', 'date', 'audience'].map((name) => [name, (x: unknown, q: string, j: IssueList) => expectText(x, q, j)])),
      classification: (x, q, j) => x === null || expectText(x, q, j), // null: the default line
    }, p, i, []),
  }, path, issues, ['mode', 'single', 'compared', 'cover']);
}

/** The settings a workspace keeps, each with its check. */
const SETTINGS: Readonly<Record<string, SettingCheck>> = {
  lastScenarioId: (v, p, i) => v === null || expectId(v, p, i),
  activeDatasetId: (v, p, i) => expectId(v, p, i),
  scoringSettings: (v, p, i) => checkFields(v, SCORING_FIELDS, p, i, []),
  planningAssumptions: (v, p, i) => checkFields(v, { annualCostUsd: (x, q, j) => expectNumbersFor(x, ALL_TIERS, q, j), staff: (x, q, j) => expectNumbersFor(x, ALL_TIERS, q, j) }, p, i, ['annualCostUsd', 'staff']),
  officeFigures: checkFigures,
  tracker: checkTrackerSetting,
  briefingPack: checkBriefingPack,
  // A marker of this browser's tabs (db/editGuard.ts); files written before it was left out of
  // backups may carry it. It is checked, and a restore always writes a fresh one.
  workspaceEpoch: (v, p, i) => expectId(v, p, i),
};

/**
 * The problems of one stored setting (none for a setting this app does not know, which it ignores).
 * @example checkSetting('officeFigures', {}) // → [{ path: 'officeFigures', key: 'scenarios.restore.expectedList', values: { value: '{…}' } }]
 */
export function checkSetting(key: string, value: unknown, path = key): readonly RestoreIssue[] {
  const issues = new IssueList();
  SETTINGS[key]?.(value, path, issues);
  return issues.issues;
}

/**
 * Checks every setting of a backup; a setting this app does not know is refused too.
 * @example restoreSettings({ scoringSettings: { perspectiveWeights: null } })
 * // → { ok: false, issues: [{ path: 'settings.scoringSettings.perspectiveWeights', key: 'scenarios.restore.expectedNumbers', … }] }
 */
export function restoreSettings(raw: unknown, path = 'settings'): Restored<Readonly<Record<string, unknown>>> {
  const issues = new IssueList();
  if (raw === undefined) return { ok: true, value: {} };
  if (!expectObject(raw, path, issues)) return { ok: false, issues: issues.issues };
  for (const [key, value] of Object.entries(raw)) {
    const check = SETTINGS[key];
    if (check) check(value, at(path, key), issues);
    else issues.add(at(path, key), 'scenarios.restore.unknownSetting');
  }
  return issues.ok ? { ok: true, value: raw } : { ok: false, issues: issues.issues };
}
