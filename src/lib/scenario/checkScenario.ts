// Live checks of a scenario's derived network against the two-tier model: every programme
// country covered by an open office, reporting lines that end at a sub-regional office, no old tier.
// Closed offices are only checked for what still depends on them. Each problem says what to
// do in words (LocalText, shown in the interface language) and in English (message).
import { formatMessage, type MessageValues } from '../i18n/formatMessage';
import { localText, type LocalText } from '../i18n/localText';
import english, { type MessageKey } from '../i18n/messages/en';
import type { Network, Office, OfficeId } from '../model/types';
import { countryValue } from './sentenceValues';
import type { ScenarioProblem } from './types';

/** A problem with its words for the interface: the sentence's key and values. */
export interface CheckedProblem extends ScenarioProblem {
  readonly text: LocalText;
}

export type ProblemKind = ScenarioProblem['kind'];

/** Every kind of problem, most blocking first: coverage, then reporting lines, then structure. */
export const PROBLEM_KINDS: readonly ProblemKind[] = [
  'uncovered-country',
  'covered-by-closed-office',
  'office-covers-nothing',
  'reports-to-closed-office',
  'reports-to-unknown-office',
  'reports-to-nothing',
  'reports-to-country-office',
  'reporting-cycle',
  'sub-regional-office-reports-up',
  'sub-regional-office-without-offices',
  'old-tier-left',
];

/**
 * The problems of a scenario's network, most blocking first; an empty list means the two-tier network is complete.
 * @example checkScenario(networkWithSomaliaUncovered)
 * // → [{ kind: 'uncovered-country', message: 'Somalia is covered by no office: assign it to an open office.',
 * //     text: { key: 'map.check.uncovered', values: { country: 'Somalia', countryIso2: 'SO' } }, target: { kind: 'country', code: 'SOM' } }, …]
 */
export function checkScenario(network: Network): CheckedProblem[] {
  const problems = [...checkCoverage(network), ...checkOfficesCoverSomething(network), ...checkReportingLines(network), ...findCycles(network), ...checkStructure(network)];
  const rank = (p: CheckedProblem) => PROBLEM_KINDS.indexOf(p.kind);
  return problems.sort((a, b) => rank(a) - rank(b));
}

/** One problem: its words from the catalogue, in English for `message`. */
function problem(kind: ProblemKind, target: ScenarioProblem['target'], key: MessageKey, values: MessageValues): CheckedProblem {
  return { kind, message: formatMessage('en', english[key], values), text: localText(key, values), target };
}

const isOpen = (office: Office) => !office.closed;
const officeTarget = (office: Office) => ({ kind: 'office', id: office.id }) as const;

function checkCoverage(network: Network): CheckedProblem[] {
  const openCover = new Set(network.offices.filter(isOpen).flatMap((o) => o.coveredCountries));
  const closedCover = new Map(network.offices.filter((o) => o.closed).flatMap((o) => o.coveredCountries.map((c) => [c, o] as const)));
  const problems: CheckedProblem[] = [];
  for (const country of network.countries) {
    if (openCover.has(country.code)) continue;
    const closedOffice = closedCover.get(country.code);
    const target = { kind: 'country', code: country.code } as const;
    const named = countryValue('country', country, country.code);
    if (closedOffice) problems.push(problem('covered-by-closed-office', target, 'map.check.coveredByClosed', { ...named, office: closedOffice.name }));
    else if (country.region !== null) problems.push(problem('uncovered-country', target, 'map.check.uncovered', named));
  }
  return problems;
}

/** An open office that covers no country, not even its host (an office just placed, or emptied by reassignments). */
function checkOfficesCoverSomething(network: Network): CheckedProblem[] {
  const countries = new Map(network.countries.map((c) => [c.code, c] as const));
  return network.offices
    .filter((office) => isOpen(office) && office.coveredCountries.length === 0)
    .map((office) => problem('office-covers-nothing', officeTarget(office), 'map.check.coversNothing', { office: office.name, ...countryValue('country', countries.get(office.hostCountry), office.hostCountry) }));
}

function checkReportingLines(network: Network): CheckedProblem[] {
  const byId = new Map(network.offices.map((o) => [o.id, o] as const));
  return network.offices.filter(isOpen).flatMap((office): CheckedProblem[] => {
    const target = officeTarget(office);
    if (office.reportsTo === null) {
      return office.tier === 'country-office' ? [problem('reports-to-nothing', target, 'map.check.reportsToNothing', { office: office.name })] : [];
    }
    const boss = byId.get(office.reportsTo);
    if (!boss) return [problem('reports-to-unknown-office', target, 'map.check.reportsToUnknown', { office: office.name, id: office.reportsTo })];
    const pair = { office: office.name, superior: boss.name };
    if (boss.closed) return [problem('reports-to-closed-office', target, 'map.check.reportsToClosed', pair)];
    if (boss.tier === 'country-office') return [problem('reports-to-country-office', target, 'map.check.reportsToCountryOffice', pair)];
    return [];
  });
}

// A cycle is reported once, on the office where the walk first comes back to itself.
function findCycles(network: Network): CheckedProblem[] {
  const open = new Map(network.offices.filter(isOpen).map((o) => [o.id, o] as const));
  const reported = new Set<OfficeId>();
  const problems: CheckedProblem[] = [];
  for (const start of open.values()) {
    const path: Office[] = [];
    let current: Office | undefined = start;
    while (current && !path.includes(current) && !reported.has(current.id)) {
      path.push(current);
      current = current.reportsTo === null ? undefined : open.get(current.reportsTo);
    }
    if (!current || reported.has(current.id)) continue;
    const cycle = path.slice(path.indexOf(current));
    cycle.forEach((o) => reported.add(o.id));
    const names = [...cycle, current].map((o) => o.name).join(' → ');
    problems.push(problem('reporting-cycle', officeTarget(current), 'map.check.cycle', { offices: names }));
  }
  return problems;
}

function checkStructure(network: Network): CheckedProblem[] {
  const open = network.offices.filter(isOpen);
  const byId = new Map(network.offices.map((o) => [o.id, o] as const));
  const hasReports = new Set(open.flatMap((o) => (o.reportsTo === null ? [] : [o.reportsTo])));
  return open.flatMap((office): CheckedProblem[] => {
    const target = officeTarget(office);
    if (office.tier === 'regional-hub' || office.tier === 'regional-office') {
      return [problem('old-tier-left', target, `map.check.oldTier.${office.tier}`, { office: office.name })];
    }
    if (office.tier !== 'sub-regional-office') return [];
    const problems: CheckedProblem[] = [];
    if (office.reportsTo !== null) {
      const superior = byId.get(office.reportsTo)?.name ?? office.reportsTo;
      problems.push(problem('sub-regional-office-reports-up', target, 'map.check.subRegionalReportsUp', { office: office.name, superior }));
    }
    if (!hasReports.has(office.id)) {
      problems.push(problem('sub-regional-office-without-offices', target, 'map.check.subRegionalWithoutOffices', { office: office.name }));
    }
    return problems;
  });
}
