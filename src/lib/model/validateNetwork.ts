// Consistency checks of a whole network: codes known, each country covered once,
// reporting lines that point somewhere and never loop. Parsers check single cells;
// this checks how records relate to each other.
import type { DataIssue } from './dataIssue';
import type { CountryCode, Network, Office, OfficeId } from './types';

/** Where each record came from, so an issue can name its file and line. */
export interface RecordLocator {
  office(id: OfficeId): { file: string; line?: number };
  country(code: CountryCode): { file: string; line?: number };
}

const NO_LOCATION: RecordLocator = {
  office: () => ({ file: 'offices' }),
  country: () => ({ file: 'countries' }),
};

/**
 * Every consistency problem of a network; an empty list means it can be drawn.
 * @example validateNetwork({ countries: [ken], offices: [{ …, id: 'A', coveredCountries: ['XXX'] }] })
 * // → [{ file: 'offices', message: 'Office "A" covers "XXX", which is not a known country code. …' }]
 */
export function validateNetwork(network: Network, locate: RecordLocator = NO_LOCATION): DataIssue[] {
  return [
    ...findDuplicateIds(network, locate),
    ...findUnknownCountries(network, locate),
    ...findCountriesCoveredTwice(network, locate),
    ...findDanglingReportingLines(network, locate),
    ...findReportingCycles(network, locate),
  ];
}

function findDuplicateIds(network: Network, locate: RecordLocator): DataIssue[] {
  const issues: DataIssue[] = [];
  const seenOffices = new Set<OfficeId>();
  for (const office of network.offices) {
    if (seenOffices.has(office.id)) {
      issues.push({ ...locate.office(office.id), column: 'id', message: `Office id "${office.id}" is used twice. Give each office its own id.` });
    }
    seenOffices.add(office.id);
  }
  const seenCountries = new Set<CountryCode>();
  for (const country of network.countries) {
    if (seenCountries.has(country.code)) {
      issues.push({ ...locate.country(country.code), column: 'iso3', message: `Country code "${country.code}" is listed twice. Keep one row per country.` });
    }
    seenCountries.add(country.code);
  }
  return issues;
}

function findUnknownCountries(network: Network, locate: RecordLocator): DataIssue[] {
  const known = new Set(network.countries.map((c) => c.code));
  const issues: DataIssue[] = [];
  for (const office of network.offices) {
    if (!known.has(office.hostCountry)) {
      issues.push({ ...locate.office(office.id), column: 'country_iso3', message: `Office "${office.id}" is hosted in "${office.hostCountry}", which is not a known country code. Use an ISO 3166-1 alpha-3 code listed in countries.csv.` });
    }
    for (const code of office.coveredCountries.filter((c) => !known.has(c))) {
      issues.push({ ...locate.office(office.id), column: 'covered_countries_iso3', message: `Office "${office.id}" covers "${code}", which is not a known country code. Use an ISO 3166-1 alpha-3 code listed in countries.csv.` });
    }
  }
  return issues;
}

function findCountriesCoveredTwice(network: Network, locate: RecordLocator): DataIssue[] {
  const firstCover = new Map<CountryCode, Office>();
  const issues: DataIssue[] = [];
  for (const office of network.offices) {
    for (const code of office.coveredCountries) {
      const first = firstCover.get(code);
      if (first && first.id !== office.id) {
        issues.push({ ...locate.office(office.id), column: 'covered_countries_iso3', message: `"${code}" is covered by both "${first.id}" and "${office.id}". A country is covered by exactly one office: remove it from one of them.` });
      } else if (first) {
        issues.push({ ...locate.office(office.id), column: 'covered_countries_iso3', message: `Office "${office.id}" lists "${code}" twice. Remove the repeat.` });
      }
      firstCover.set(code, office);
    }
  }
  return issues;
}

function findDanglingReportingLines(network: Network, locate: RecordLocator): DataIssue[] {
  const ids = new Set(network.offices.map((o) => o.id));
  return network.offices
    .filter((o) => o.reportsTo !== null && !ids.has(o.reportsTo))
    .map((o) => ({ ...locate.office(o.id), column: 'reports_to', message: `Office "${o.id}" reports to "${o.reportsTo}", but no office has that id. Use the id of an existing office, or leave the cell empty.` }));
}

function findReportingCycles(network: Network, locate: RecordLocator): DataIssue[] {
  const reportsTo = new Map(network.offices.map((o) => [o.id, o.reportsTo] as const));
  const reported = new Set<OfficeId>();
  const issues: DataIssue[] = [];
  for (const start of network.offices) {
    const path: OfficeId[] = [];
    let current: OfficeId | null | undefined = start.id;
    while (current && !path.includes(current)) {
      path.push(current);
      current = reportsTo.get(current);
    }
    if (!current) continue;
    const cycle = path.slice(path.indexOf(current));
    if (cycle.some((id) => reported.has(id))) continue;
    cycle.forEach((id) => reported.add(id));
    issues.push({ ...locate.office(current), column: 'reports_to', message: `Reporting lines go round in a circle: ${[...cycle, current].join(' → ')}. Make one of these offices report to an office outside the circle, or to none.` });
  }
  return issues;
}
