// The NET difference between today's network and a scenario's, for a briefing: what a delegate
// needs to know (offices by tier, offices opened and closed, countries that change office,
// reporting lines that change), never how the working group clicked its way there. An office
// changed twice appears once, with its final state; a change taken back again does not appear.
import { ALL_TIERS, REGIONS, type Country, type CountryCode, type Network, type Office, type OfficeId, type Region, type Tier } from '../model/types';

/** A country whose covering office is another one in the scenario. */
export interface CoverageMove {
  readonly country: Country;
  /** The open office covering it today (null: not covered today). */
  readonly from: Office | null;
  /** The open office covering it in the scenario (null: left uncovered). */
  readonly to: Office | null;
}

/** Everything that differs for one office, read as "before → after". */
export interface OfficeNetChange {
  /** The office as the scenario has it (as today's network has it when the scenario no longer has it). */
  readonly office: Office;
  readonly opened: boolean;
  readonly closed: boolean;
  /** Its tier today, when the scenario gives it another (null for an opened office). */
  readonly tierBefore: Tier | null;
  readonly tierChanged: boolean;
  /** Set when the office it reports to differs (or an opened office reports to one). */
  readonly reportsTo: { readonly before: Office | null; readonly after: Office | null } | null;
  /** Its name today, when the scenario renames it. */
  readonly renamedFrom: string | null;
  /** The scenario's note on the office, when new or different. */
  readonly note: string | null;
  /** Countries it covered today that another office (or none) covers in the scenario. */
  readonly lost: readonly CoverageMove[];
  /** Countries not covered today that it covers in the scenario. */
  readonly gainedUncovered: readonly Country[];
}

export interface NetChanges {
  /** Open offices per tier, today and in the scenario; tiers absent from both are left out. */
  readonly tierCounts: readonly { readonly tier: Tier; readonly before: number; readonly after: number }[];
  readonly opened: readonly Office[];
  readonly closed: readonly Office[];
  readonly coverageMoves: readonly CoverageMove[];
  /** Offices open in both networks whose reporting line differs. */
  readonly reportingLineChanges: number;
  /** The changed offices, grouped by region in the organisation's order, offices by name. */
  readonly byRegion: readonly { readonly region: Region; readonly offices: readonly OfficeNetChange[] }[];
}

const isOpen = (office: Office | undefined): office is Office => office !== undefined && !office.closed;

// The first open office covering each country, as the map and the scorecard pick it.
function openCoverage(offices: ReadonlyMap<OfficeId, Office>): Map<CountryCode, Office> {
  const cover = new Map<CountryCode, Office>();
  for (const office of offices.values()) {
    if (!isOpen(office)) continue;
    for (const code of office.coveredCountries) if (!cover.has(code)) cover.set(code, office);
  }
  return cover;
}

const byId = (network: Network) => new Map(network.offices.map((o) => [o.id, o] as const));

/**
 * The net difference between two networks, for the briefing pack.
 * @example summariseNetChanges(baseline, deriveNetwork(baseline, [setTier(KEN, 'sub-regional-office'), setTier(KEN, 'country-office')]))
 * // → { tierCounts: […unchanged], opened: [], closed: [], coverageMoves: [], reportingLineChanges: 0, byRegion: [] } (KEN was a country office)
 */
export function summariseNetChanges(before: Network, after: Network): NetChanges {
  const officesBefore = byId(before);
  const officesAfter = byId(after);
  const countries = new Map([...before.countries, ...after.countries].map((c) => [c.code, c] as const));
  const coverBefore = openCoverage(officesBefore);
  const coverAfter = openCoverage(officesAfter);
  const coverageMoves: CoverageMove[] = [];
  for (const [code, country] of countries) {
    const from = coverBefore.get(code) ?? null;
    const to = coverAfter.get(code) ?? null;
    if (from?.id !== to?.id) coverageMoves.push({ country, from, to });
  }
  const ids = new Set([...officesBefore.keys(), ...officesAfter.keys()]);
  const changes: OfficeNetChange[] = [];
  let reportingLineChanges = 0;
  for (const id of ids) {
    const change = officeChange(officesBefore.get(id), officesAfter.get(id), officesBefore, officesAfter, coverageMoves);
    if (change) changes.push(change);
    if (isOpen(officesBefore.get(id)) && isOpen(officesAfter.get(id)) && officesBefore.get(id)?.reportsTo !== officesAfter.get(id)?.reportsTo) reportingLineChanges += 1;
  }
  const openTiers = (offices: ReadonlyMap<OfficeId, Office>, tier: Tier) => [...offices.values()].filter((o) => isOpen(o) && o.tier === tier).length;
  return {
    tierCounts: ALL_TIERS.map((tier) => ({ tier, before: openTiers(officesBefore, tier), after: openTiers(officesAfter, tier) })).filter((row) => row.before > 0 || row.after > 0),
    opened: changes.filter((c) => c.opened).map((c) => c.office),
    closed: changes.filter((c) => c.closed).map((c) => c.office),
    coverageMoves,
    reportingLineChanges,
    byRegion: REGIONS.map((region) => ({ region, offices: changes.filter((c) => c.office.region === region).sort((a, b) => a.office.name.localeCompare(b.office.name)) })).filter((group) => group.offices.length > 0),
  };
}

function officeChange(
  was: Office | undefined,
  now: Office | undefined,
  officesBefore: ReadonlyMap<OfficeId, Office>,
  officesAfter: ReadonlyMap<OfficeId, Office>,
  moves: readonly CoverageMove[],
): OfficeNetChange | null {
  const office = now ?? was;
  if (!office) return null;
  const openBefore = isOpen(was);
  const openAfter = isOpen(now);
  if (!openBefore && !openAfter) return null; // closed in both: nothing to brief
  const opened = !openBefore && openAfter;
  const closed = openBefore && !openAfter;
  const tierChanged = openBefore && openAfter && was.tier !== now.tier;
  const superiorBefore = openBefore ? (was.reportsTo ?? null) : null;
  const superiorAfter = openAfter ? (now.reportsTo ?? null) : null;
  const reportsChanged = openAfter && superiorBefore !== superiorAfter;
  const lookup = (offices: ReadonlyMap<OfficeId, Office>, id: OfficeId | null) => (id === null ? null : (offices.get(id) ?? null));
  const renamedFrom = was && now && was.name !== now.name ? was.name : null;
  const note = now?.note && now.note !== was?.note ? now.note : null;
  const lost = moves.filter((m) => m.from?.id === office.id);
  const gainedUncovered = moves.filter((m) => m.from === null && m.to?.id === office.id).map((m) => m.country);
  if (!opened && !closed && !tierChanged && !reportsChanged && !renamedFrom && !note && lost.length === 0 && gainedUncovered.length === 0) return null;
  return {
    office,
    opened,
    closed,
    tierBefore: openBefore ? was.tier : null,
    tierChanged,
    reportsTo: reportsChanged ? { before: lookup(officesBefore, superiorBefore), after: lookup(officesAfter, superiorAfter) } : null,
    renamedFrom,
    note,
    lost,
    gainedUncovered,
  };
}
