// Checks one change of a scenario, field by field; with the ids of a baseline it also checks
// that each office and country a change names exists (or is opened by the scenario).
import { ALL_TIERS, REGIONS } from '../model/types';
import { at, describeValue, IssueList } from './restoreIssue';
import { expectId, expectList, expectName, expectObject, expectOneOf, expectText, isObject, isText, type Fields } from './restoreFields';

/** The offices and countries a scenario may name: the baseline's, plus the offices it opens. */
export interface KnownIds {
  readonly offices: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
}

type FieldCheck = (change: Fields, path: string, issues: IssueList, known: KnownIds | null) => boolean;

function office(value: unknown, path: string, issues: IssueList, known: KnownIds | null, nullable = false): boolean {
  if (nullable && value === null) return true;
  if (!expectId(value, path, issues)) return false;
  return !known || known.offices.has(value) || issues.add(path, 'scenarios.restore.unknownOffice', { value: describeValue(value) });
}

function country(value: unknown, path: string, issues: IssueList, known: KnownIds | null): boolean {
  if (!expectId(value, path, issues)) return false;
  return !known || known.countries.has(value) || issues.add(path, 'scenarios.restore.unknownCountry', { value: describeValue(value) });
}

/** A list of countries (a lasso's pick): each one checked as a single country is. */
function countries(value: unknown, path: string, issues: IssueList, known: KnownIds | null): boolean {
  if (!expectList(value, path, issues)) return false;
  return all(...value.map((code, i) => country(code, at(path, i), issues, known)));
}

function point(value: unknown, path: string, issues: IssueList): boolean {
  const ok = isObject(value) && typeof value['lat'] === 'number' && typeof value['lon'] === 'number' && Math.abs(value['lat']) <= 90 && Math.abs(value['lon']) <= 180;
  return ok || issues.add(path, 'scenarios.restore.expectedPoint', { value: describeValue(value) });
}

/** Runs every check (not stopping at the first), so a file shows all its problems at once. */
const all = (...results: boolean[]) => results.every(Boolean);

function newOffice(value: unknown, path: string, issues: IssueList, known: KnownIds | null): boolean {
  if (!expectObject(value, path, issues)) return false;
  return all(
    expectId(value['id'], at(path, 'id'), issues),
    expectName(value['name'], at(path, 'name'), issues),
    expectText(value['city'], at(path, 'city'), issues),
    country(value['hostCountry'], at(path, 'hostCountry'), issues, known),
    expectOneOf(value['region'], REGIONS, at(path, 'region'), issues),
    expectOneOf(value['tier'], ALL_TIERS, at(path, 'tier'), issues),
    point(value['point'], at(path, 'point'), issues),
    office(value['reportsTo'], at(path, 'reportsTo'), issues, known, true),
  );
}

const FIELDS: Readonly<Record<string, FieldCheck>> = {
  'set-tier': (c, p, i, k) => all(office(c['office'], at(p, 'office'), i, k), expectOneOf(c['tier'], ALL_TIERS, at(p, 'tier'), i)),
  'set-reports-to': (c, p, i, k) => all(office(c['office'], at(p, 'office'), i, k), office(c['reportsTo'], at(p, 'reportsTo'), i, k, true)),
  'assign-country': (c, p, i, k) => all(country(c['country'], at(p, 'country'), i, k), office(c['office'], at(p, 'office'), i, k, true)),
  'assign-countries': (c, p, i, k) => all(countries(c['countries'], at(p, 'countries'), i, k), office(c['office'], at(p, 'office'), i, k, true)),
  'open-office': (c, p, i, k) => newOffice(c['office'], at(p, 'office'), i, k),
  'close-office': (c, p, i, k) => office(c['office'], at(p, 'office'), i, k),
  'reopen-office': (c, p, i, k) => office(c['office'], at(p, 'office'), i, k),
  'rename-office': (c, p, i, k) => all(office(c['office'], at(p, 'office'), i, k), expectName(c['name'], at(p, 'name'), i)),
  'annotate-office': (c, p, i, k) => all(office(c['office'], at(p, 'office'), i, k), expectText(c['note'], at(p, 'note'), i)),
};

/** Checks a change at `path`, recording every problem; true when it is well-formed. */
export function checkChange(value: unknown, path: string, issues: IssueList, known: KnownIds | null = null): boolean {
  if (!expectObject(value, path, issues)) return false;
  const ok = all(expectId(value['id'], at(path, 'id'), issues), expectText(value['at'], at(path, 'at'), issues));
  const check = FIELDS[String(value['kind'])];
  if (!check) return issues.add(at(path, 'kind'), 'scenarios.restore.unknownKind', { value: describeValue(value['kind']) });
  return check(value, path, issues, known) && ok;
}

/** True when the value is a well-formed change (the kind known, each field of the right type). */
export const isChange = (value: unknown): boolean => checkChange(value, '', new IssueList());

/** The ids of the offices a list of changes opens. */
export function openedOffices(changes: readonly unknown[]): string[] {
  return changes.flatMap((c) => (isObject(c) && c['kind'] === 'open-office' && isObject(c['office']) && isText(c['office']['id']) ? [c['office']['id']] : []));
}
