// Live checks of a scenario's derived network against the two-tier model: every programme
// country covered by an open office, reporting lines that end at a sub-regional office, no old tier.
// Closed offices are only checked for what still depends on them.
import { TIER_LABELS } from '../model/labels';
import { isOldTier, type Network, type Office, type OfficeId } from '../model/types';
import type { ScenarioProblem } from './types';

export type ProblemKind = ScenarioProblem['kind'];

/** Every kind of problem, most blocking first: coverage, then reporting lines, then structure. */
export const PROBLEM_KINDS: readonly ProblemKind[] = [
  'uncovered-country',
  'covered-by-closed-office',
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
 * // → [{ kind: 'uncovered-country', message: 'Somalia is covered by no office: assign it to an open office.', target: { kind: 'country', code: 'SOM' } }, …]
 */
export function checkScenario(network: Network): ScenarioProblem[] {
  const problems = [...checkCoverage(network), ...checkReportingLines(network), ...findCycles(network), ...checkStructure(network)];
  const rank = (p: ScenarioProblem) => PROBLEM_KINDS.indexOf(p.kind);
  return problems.sort((a, b) => rank(a) - rank(b));
}

/**
 * How many problems there are of each kind (every kind present, zero if none).
 * @example countProblemsByKind([{ kind: 'old-tier-left', … }, { kind: 'old-tier-left', … }])['old-tier-left'] // → 2
 */
export function countProblemsByKind(problems: readonly ScenarioProblem[]): Record<ProblemKind, number> {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<ProblemKind, number>;
  for (const problem of problems) counts[problem.kind] += 1;
  return counts;
}

const isOpen = (office: Office) => !office.closed;
const officeTarget = (office: Office) => ({ kind: 'office', id: office.id }) as const;

function checkCoverage(network: Network): ScenarioProblem[] {
  const openCover = new Set(network.offices.filter(isOpen).flatMap((o) => o.coveredCountries));
  const closedCover = new Map(network.offices.filter((o) => o.closed).flatMap((o) => o.coveredCountries.map((c) => [c, o] as const)));
  const problems: ScenarioProblem[] = [];
  for (const country of network.countries) {
    if (openCover.has(country.code)) continue;
    const closedOffice = closedCover.get(country.code);
    const target = { kind: 'country', code: country.code } as const;
    if (closedOffice) {
      const message = `${country.name} is still covered from ${closedOffice.name}, which this scenario closes: assign it to an open office.`;
      problems.push({ kind: 'covered-by-closed-office', message, target });
    } else if (country.region !== null) {
      problems.push({ kind: 'uncovered-country', message: `${country.name} is covered by no office: assign it to an open office.`, target });
    }
  }
  return problems;
}

function checkReportingLines(network: Network): ScenarioProblem[] {
  const byId = new Map(network.offices.map((o) => [o.id, o] as const));
  return network.offices.filter(isOpen).flatMap((office): ScenarioProblem[] => {
    const target = officeTarget(office);
    if (office.reportsTo === null) {
      if (office.tier !== 'country-office') return [];
      const message = `${office.name} reports to no office: in the two-tier model every country office reports to a sub-regional office. Choose one.`;
      return [{ kind: 'reports-to-nothing', message, target }];
    }
    const boss = byId.get(office.reportsTo);
    if (!boss) {
      const message = `${office.name} reports to "${office.reportsTo}", which is not an office of this network: make it report to an open sub-regional office.`;
      return [{ kind: 'reports-to-unknown-office', message, target }];
    }
    if (boss.closed) {
      return [{ kind: 'reports-to-closed-office', message: `${office.name} reports to ${boss.name}, which this scenario closes: make it report to an open sub-regional office.`, target }];
    }
    if (boss.tier === 'country-office') {
      return [{ kind: 'reports-to-country-office', message: `${office.name} reports to ${boss.name}, a country office: make it report to a sub-regional office.`, target }];
    }
    return [];
  });
}

// A cycle is reported once, on the office where the walk first comes back to itself.
function findCycles(network: Network): ScenarioProblem[] {
  const open = new Map(network.offices.filter(isOpen).map((o) => [o.id, o] as const));
  const reported = new Set<OfficeId>();
  const problems: ScenarioProblem[] = [];
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
    const message = `Reporting lines go round in a circle: ${names}. Make one of these offices report to an office outside the circle (a sub-regional office reports to no office).`;
    problems.push({ kind: 'reporting-cycle', message, target: officeTarget(current) });
  }
  return problems;
}

function checkStructure(network: Network): ScenarioProblem[] {
  const open = network.offices.filter(isOpen);
  const byId = new Map(network.offices.map((o) => [o.id, o] as const));
  const hasReports = new Set(open.flatMap((o) => (o.reportsTo === null ? [] : [o.reportsTo])));
  return open.flatMap((office): ScenarioProblem[] => {
    const target = officeTarget(office);
    if (isOldTier(office.tier)) {
      const message = `${office.name} is still a ${TIER_LABELS[office.tier].toLowerCase()}: make it a sub-regional office or a country office.`;
      return [{ kind: 'old-tier-left', message, target }];
    }
    if (office.tier !== 'sub-regional-office') return [];
    const problems: ScenarioProblem[] = [];
    if (office.reportsTo !== null) {
      const boss = byId.get(office.reportsTo)?.name ?? office.reportsTo;
      const message = `${office.name} is a sub-regional office but reports to ${boss}: in two tiers it reports to headquarters, so make it report to no office.`;
      problems.push({ kind: 'sub-regional-office-reports-up', message, target });
    }
    if (!hasReports.has(office.id)) {
      const message = `No open office reports to ${office.name}: make country offices report to it, or make it a country office.`;
      problems.push({ kind: 'sub-regional-office-without-offices', message, target });
    }
    return problems;
  });
}
