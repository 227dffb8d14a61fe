// The workload of each sub-regional office of a network, as a territory designer watches it while
// editing: its country offices, the countries of its cluster, how far they are, its load against the
// caps, and how unevenly the load is spread (the optimiser's imbalance index, so both speak alike).
import { distanceKm } from '../geo/greatCircle';
import type { CountryCode, Network, OfficeId } from '../model/types';
import { imbalanceOf } from './objective';

export interface WorkloadCaps {
  readonly maxCountries: number | null;
  readonly maxCountryOffices: number | null;
}

export interface WorkloadRow {
  readonly office: OfficeId;
  readonly name: string;
  readonly city: string;
  /** Open offices reporting to it. */
  readonly countryOffices: number;
  /** Countries covered by it and by the offices reporting to it. */
  readonly countries: number;
  /** Great-circle km from the office to the farthest and, on average, to the countries of its cluster (0 with none). */
  readonly farthestKm: number;
  readonly meanKm: number;
  /** Countries of its cluster minus the mean over the sub-regional offices. */
  readonly aboveMean: number;
  readonly overCountryCap: boolean;
  readonly overOfficeCap: boolean;
}

export interface Workload {
  readonly rows: readonly WorkloadRow[];
  /** Σ (countries − mean)² / mean over the sub-regional offices: 0 when even (assign.ts). */
  readonly imbalance: number;
  readonly meanCountries: number;
}

/**
 * One row per open sub-regional office, largest cluster first (then by name).
 * @example computeWorkload(network, { maxCountries: 20, maxCountryOffices: null }).rows[0]
 * // → { office: 'AFR-ETH', countryOffices: 4, countries: 19, farthestKm: 2480, meanKm: 1130, aboveMean: 5.2, overCountryCap: false, … }
 */
export function computeWorkload(network: Network, caps: WorkloadCaps): Workload {
  const open = network.offices.filter((o) => !o.closed);
  const points = new Map(network.countries.map((c) => [c.code as string, c.point] as const));
  const leaders = open.filter((o) => o.tier === 'sub-regional-office');
  const clusters = leaders.map((leader) => {
    const members = open.filter((o) => o.reportsTo === leader.id && o.id !== leader.id);
    const codes = new Set<CountryCode>([leader, ...members].flatMap((o) => o.coveredCountries));
    const km = [...codes].flatMap((code) => {
      const point = points.get(code);
      return point ? [distanceKm(leader.point, point)] : [];
    });
    return { leader, members: members.length, countries: codes.size, km };
  });
  const meanCountries = clusters.reduce((s, c) => s + c.countries, 0) / Math.max(1, clusters.length);
  const rows = clusters.map(({ leader, members, countries, km }): WorkloadRow => ({
    office: leader.id,
    name: leader.name,
    city: leader.city,
    countryOffices: members,
    countries,
    farthestKm: km.length ? Math.max(...km) : 0,
    meanKm: km.length ? km.reduce((s, x) => s + x, 0) / km.length : 0,
    aboveMean: countries - meanCountries,
    overCountryCap: caps.maxCountries !== null && countries > caps.maxCountries,
    overOfficeCap: caps.maxCountryOffices !== null && members > caps.maxCountryOffices,
  }));
  rows.sort((a, b) => b.countries - a.countries || a.name.localeCompare(b.name));
  return { rows, imbalance: imbalanceOf(clusters.map((c) => c.countries)), meanCountries };
}
