// Field checks shared by every restore (scenarios, settings, data sets): each returns whether the
// value is right and, when it is not, records what was expected and what was found, where.
import { describeValue, type IssueList } from './restoreIssue';

export type Fields = Record<string, unknown>;
export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isId = (value: unknown): value is string => isText(value) && value.length > 0 && value.length <= 200;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const isDate = (value: unknown): value is string => isText(value) && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

const got = (value: unknown) => ({ value: describeValue(value) });

export function expectObject(value: unknown, path: string, issues: IssueList): value is Fields {
  return isObject(value) || issues.add(path, 'scenarios.restore.expectedObject', got(value));
}

export function expectList(value: unknown, path: string, issues: IssueList): value is unknown[] {
  return Array.isArray(value) || issues.add(path, 'scenarios.restore.expectedList', got(value));
}

export function expectText(value: unknown, path: string, issues: IssueList): value is string {
  return isText(value) || issues.add(path, 'scenarios.restore.expectedText', got(value));
}

export function expectId(value: unknown, path: string, issues: IssueList): value is string {
  return isId(value) || issues.add(path, 'scenarios.restore.expectedId', got(value));
}

export function expectName(value: unknown, path: string, issues: IssueList): value is string {
  return (isText(value) && value.trim() !== '') || issues.add(path, 'scenarios.restore.expectedName', got(value));
}

export function expectDate(value: unknown, path: string, issues: IssueList): value is string {
  return isDate(value) || issues.add(path, 'scenarios.restore.expectedDate', got(value));
}

export function expectNumber(value: unknown, path: string, issues: IssueList): value is number {
  return (typeof value === 'number' && Number.isFinite(value) && value >= 0) || issues.add(path, 'scenarios.restore.expectedNumber', got(value));
}

export function expectWholeNumber(value: unknown, min: number, path: string, issues: IssueList): value is number {
  return (Number.isInteger(value) && (value as number) >= min) || issues.add(path, 'scenarios.restore.expectedWholeNumber', { min, ...got(value) });
}

export function expectBoolean(value: unknown, path: string, issues: IssueList): value is boolean {
  return typeof value === 'boolean' || issues.add(path, 'scenarios.restore.expectedBoolean', got(value));
}

export function expectOneOf<T>(value: unknown, allowed: readonly T[], path: string, issues: IssueList): value is T {
  return (allowed as readonly unknown[]).includes(value) || issues.add(path, 'scenarios.restore.expectedOneOf', { allowed: allowed.map((a) => describeValue(a)).join(', '), ...got(value) });
}

/** An object with a number ≥ 0 under each name (perspective weights, a figure per tier). */
export function expectNumbersFor(value: unknown, names: readonly string[], path: string, issues: IssueList): boolean {
  const ok = isObject(value) && names.every((name) => typeof value[name] === 'number' && Number.isFinite(value[name]) && (value[name] as number) >= 0) && Object.keys(value).every((key) => names.includes(key));
  return ok || issues.add(path, 'scenarios.restore.expectedNumbers', { count: names.length, names: names.join(', '), ...got(value) });
}

/** Records every id already used earlier in the list, naming where it was first used. (A Set, not a Map: this runs on every change of every scenario at start-up.) */
export function expectUniqueIds(ids: readonly (string | null)[], idPath: (index: number) => string, issues: IssueList): boolean {
  const seen = new Set<string>();
  let ok = true;
  ids.forEach((id, index) => {
    if (id === null) return;
    if (!seen.has(id)) seen.add(id);
    else ok = issues.add(idPath(index), 'scenarios.restore.duplicateId', { value: describeValue(id), other: idPath(ids.indexOf(id)) });
  });
  return ok;
}
