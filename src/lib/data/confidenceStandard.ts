// The one confidence standard of the embedded data set (data/README.md, "How sure each part is"):
//   confirmed — a primary UNIDO source dated 2020 or later names the office, its type and all
//               of its coverage;
//   partial   — a primary source names part of it (the office, its type or some coverage), at
//               any date, or a reliable secondary source names the office;
//   inferred  — no such source: the row is reasoned, and its reasoning is written down.
// Unverified copies and sources that only bear on an office ("context") count for nothing.
import type { Confidence, Network, Office } from '../model/types';
import type { OfficeSource } from './officeSources';

/** The period the data set describes: the network GC.20 counted in 2023, and the reform after it. */
export const STANDARD_PERIOD = { from: 2020, to: 2024 } as const;

/** A source the standard counts: not an unverified copy, and naming the office itself. */
export const isCountingSource = (s: OfficeSource) => s.publisher !== 'unverified' && s.names.includes('office');

/**
 * The countries of an office that a counting source names as covered by it; the host country
 * counts as named once any counting source names the office.
 * @example namedCoverage(ghana, [{ publisher: 'secondary', names: ['office','coverage'], covers: ['GHA','LBR'], … }]) // → Set {'GHA','LBR'}
 */
export function namedCoverage(office: Pick<Office, 'hostCountry'>, sources: readonly OfficeSource[]): Set<string> {
  const counting = sources.filter(isCountingSource);
  const named = new Set<string>(counting.flatMap((s) => s.covers));
  if (counting.length > 0) named.add(office.hostCountry);
  return named;
}

/**
 * The level the standard gives an office from its sources.
 * @example gradeOffice(montevideo, [{ publisher: 'primary', yearFrom: 2020, names: ['office','type','coverage'], covers: ['URY','ARG','CHL','PRY'], … }]) // → 'confirmed'
 */
export function gradeOffice(office: Pick<Office, 'hostCountry' | 'coveredCountries'>, sources: readonly OfficeSource[]): Confidence {
  const counting = sources.filter(isCountingSource);
  const confirms = (s: OfficeSource) =>
    s.publisher === 'primary' && s.yearFrom !== null && s.yearFrom >= STANDARD_PERIOD.from &&
    s.names.includes('type') && s.names.includes('coverage') &&
    office.coveredCountries.every((c) => c === office.hostCountry || s.covers.includes(c));
  if (counting.some(confirms)) return 'confirmed';
  return counting.length > 0 ? 'partial' : 'inferred';
}

/** Whether a counting source speaks for a year of 2020–2024 (an undated source does not). */
export function hasSourceInPeriod(sources: readonly OfficeSource[]): boolean {
  return sources.some((s) => isCountingSource(s) && s.yearFrom !== null && s.yearTo !== null && s.yearFrom <= STANDARD_PERIOD.to && s.yearTo >= STANDARD_PERIOD.from);
}

export interface ConfidenceSummary {
  readonly offices: Readonly<Record<Confidence, number>>;
  /** Offices with no counting source dated 2020–2024. */
  readonly withoutPeriodSource: number;
  /** Covered countries a source names for their office, and those assigned by inference. */
  readonly coverageSourced: number;
  readonly coverageInferred: number;
}

/**
 * The counts "About the data" and the briefing pack show, from the network's own labels.
 * @example summarizeConfidence(defaultNetwork, sourcesByOffice) // → { offices: { confirmed: 1, partial: 28, inferred: 19 }, withoutPeriodSource: 32, … }
 */
export function summarizeConfidence(network: Network, sourcesByOffice: ReadonlyMap<string, readonly OfficeSource[]>): ConfidenceSummary {
  const offices: Record<Confidence, number> = { confirmed: 0, partial: 0, inferred: 0 };
  let withoutPeriodSource = 0;
  let coverageInferred = 0;
  let covered = 0;
  for (const office of network.offices) {
    offices[office.confidence] += 1;
    if (!hasSourceInPeriod(sourcesByOffice.get(office.id) ?? [])) withoutPeriodSource += 1;
    covered += office.coveredCountries.length;
    coverageInferred += office.inferredCoverage.length;
  }
  return { offices, withoutPeriodSource, coverageSourced: covered - coverageInferred, coverageInferred };
}
