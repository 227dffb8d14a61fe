// Checks an imported data set (an office list that replaces the embedded one) carried by a
// workspace backup, field by field, before it is stored: its offices, their countries and
// reporting lines. The record's type lives here so the pure core and the database share it.
import { ALL_TIERS, CONFIDENCE_LEVELS, REGIONS, type Office } from '../model/types';
import { at, describeValue, type IssueList } from './restoreIssue';
import { expectBoolean, expectDate, expectId, expectList, expectName, expectObject, expectOneOf, expectText, expectUniqueIds, isObject, isText, type Fields } from './restoreFields';

/** An office list imported to replace the embedded one; the countries stay the embedded ones. */
export interface DatasetRecord {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly offices: readonly Office[];
  readonly createdAt: string;
}

function countryList(value: unknown, path: string, issues: IssueList, countries: ReadonlySet<string>): void {
  if (expectList(value, path, issues)) value.forEach((code, i) => countryCode(code, at(path, i), issues, countries));
}

function countryCode(value: unknown, path: string, issues: IssueList, countries: ReadonlySet<string>): void {
  if (expectId(value, path, issues) && !countries.has(value)) issues.add(path, 'scenarios.restore.unknownCountry', { value: describeValue(value) });
}

function checkOffice(office: Fields, path: string, issues: IssueList, countries: ReadonlySet<string>, offices: ReadonlySet<string>): void {
  expectId(office['id'], at(path, 'id'), issues);
  expectName(office['name'], at(path, 'name'), issues);
  for (const field of ['city', 'source', 'reportsToBasis']) expectText(office[field], at(path, field), issues);
  countryCode(office['hostCountry'], at(path, 'hostCountry'), issues, countries);
  expectOneOf(office['region'], REGIONS, at(path, 'region'), issues);
  expectOneOf(office['tier'], ALL_TIERS, at(path, 'tier'), issues);
  expectOneOf(office['confidence'], CONFIDENCE_LEVELS, at(path, 'confidence'), issues);
  const point = office['point'];
  if (!(isObject(point) && typeof point['lat'] === 'number' && typeof point['lon'] === 'number' && Math.abs(point['lat']) <= 90 && Math.abs(point['lon']) <= 180)) {
    issues.add(at(path, 'point'), 'scenarios.restore.expectedPoint', { value: describeValue(point) });
  }
  const reportsTo = office['reportsTo'];
  if (reportsTo !== null && expectId(reportsTo, at(path, 'reportsTo'), issues) && !offices.has(reportsTo)) issues.add(at(path, 'reportsTo'), 'scenarios.restore.unknownOffice', { value: describeValue(reportsTo) });
  countryList(office['coveredCountries'], at(path, 'coveredCountries'), issues, countries);
  countryList(office['inferredCoverage'], at(path, 'inferredCoverage'), issues, countries);
  if (office['closed'] !== undefined) expectBoolean(office['closed'], at(path, 'closed'), issues);
  if (office['note'] !== undefined) expectText(office['note'], at(path, 'note'), issues);
}

/**
 * Checks one data set record at `path`; `countries` are the codes of the embedded countries.
 * @example checkDataset({ id: 'd1', name: 'X', fileName: 'x.csv', offices: 'none', createdAt: '2026-01-01T00:00:00Z' }, 'datasets[0]', issues, codes)
 * // → false, with 'datasets[0].offices: expected a list, got "none".'
 */
export function checkDataset(raw: unknown, path: string, issues: IssueList, countries: ReadonlySet<string>): raw is DatasetRecord {
  const before = issues.issues.length;
  if (!expectObject(raw, path, issues)) return false;
  expectId(raw['id'], at(path, 'id'), issues);
  expectName(raw['name'], at(path, 'name'), issues);
  expectText(raw['fileName'], at(path, 'fileName'), issues);
  expectDate(raw['createdAt'], at(path, 'createdAt'), issues);
  const officesPath = at(path, 'offices');
  if (expectList(raw['offices'], officesPath, issues)) {
    const list = raw['offices'];
    const ids = list.map((o) => (isObject(o) && isText(o['id']) ? o['id'] : null));
    const known = new Set(ids.filter((id): id is string => id !== null));
    list.forEach((office, i) => expectObject(office, at(officesPath, i), issues) && checkOffice(office, at(officesPath, i), issues, countries, known));
    expectUniqueIds(ids, (i) => at(at(officesPath, i), 'id'), issues);
  }
  return issues.issues.length === before;
}
