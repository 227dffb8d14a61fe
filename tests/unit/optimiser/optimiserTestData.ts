// Shared inputs of the optimiser tests: the default network, small seeded networks for enumeration,
// and an independent check that a proposal keeps every constraint of its options.
import { loadDefaultNetwork } from '../../../src/lib/io/defaultDataset';
import { REGIONS, asCountryCode, asOfficeId, type Country, type Network, type Office } from '../../../src/lib/model/types';
import { seededRandom } from '../../../src/lib/optimiser/localSearch';
import { DEFAULT_OPTIMISER_OPTIONS } from '../../../src/lib/optimiser/propose';
import type { OptimiserOptions, Proposal } from '../../../src/lib/optimiser/types';
import { country, office } from '../../fixtures/networkFixtures';

export const oid = asOfficeId;

export function defaultNetwork(): Network {
  const result = loadDefaultNetwork();
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.network;
}

export const withOptions = (overrides: Partial<OptimiserOptions>): OptimiserOptions => ({ ...DEFAULT_OPTIMISER_OPTIONS, ...overrides });

/**
 * A small seeded network: `regionCount` regions side by side, each office hosted in its own country,
 * the other countries covered by a random office of their region.
 */
export function smallNetwork(officeCount: number, countryCount: number, seed: number, regionCount = 2): Network {
  const next = seededRandom(seed);
  const countries: Country[] = Array.from({ length: countryCount }, (_, i) => {
    const r = i % regionCount;
    return country(`C${String(i).padStart(2, '0')}`, { region: REGIONS[r]!, point: { lat: -20 + next() * 40, lon: r * 45 + next() * 40 } });
  });
  const offices: Office[] = Array.from({ length: officeCount }, (_, i) => {
    const host = countries[i]!;
    return office(`O${i}`, [host.code], { region: host.region!, point: host.point, tier: i < regionCount ? 'regional-hub' : 'country-office' });
  });
  const covered = offices.map((o) => ({ ...o, coveredCountries: [...o.coveredCountries] }));
  countries.slice(officeCount).forEach((c) => {
    const pool = covered.filter((o) => o.region === c.region);
    pool[Math.floor(next() * pool.length)]?.coveredCountries.push(c.code);
  });
  return { countries, offices: covered };
}

/** Every constraint a proposal must keep, checked from the network and options alone; [] when all hold. */
export function brokenRules(network: Network, options: OptimiserOptions, proposal: Proposal): string[] {
  const broken: string[] = [];
  const open = network.offices.filter((o) => !o.closed);
  const byId = new Map(open.map((o) => [o.id as string, o] as const));
  const sros = new Set<string>(proposal.subRegionalOffices);
  const countryRegion = new Map(network.countries.map((c) => [c.code as string, c.region] as const));
  if (sros.size !== proposal.k || proposal.subRegionalOffices.length !== proposal.k) broken.push(`not ${proposal.k} distinct sub-regional offices`);
  for (const id of sros) if (!byId.has(id) || options.lockedOut.includes(id as never)) broken.push(`${id} may not be chosen`);
  for (const id of options.lockedIn) if (!sros.has(id)) broken.push(`${id} locked in but not chosen`);
  if (options.atLeastOnePerRegion) for (const r of new Set(open.map((o) => o.region))) if (![...sros].some((s) => byId.get(s)?.region === r)) broken.push(`no sub-regional office in ${r}`);
  const clusterOffices = new Map<string, number>();
  const clusterCountries = new Map<string, number>();
  for (const o of open) {
    const boss = sros.has(o.id) ? o.id : proposal.reportsTo[o.id];
    if (sros.has(o.id) && proposal.reportsTo[o.id] !== undefined) broken.push(`${o.id} is a sub-regional office but reports to an office`);
    if (boss === undefined || !sros.has(boss)) broken.push(`${o.id} reports to no sub-regional office`);
    else if (options.keepWithinRegion && byId.get(boss)!.region !== o.region) broken.push(`${o.id} reports outside its region`);
    if (boss !== undefined && boss !== o.id) clusterOffices.set(boss, (clusterOffices.get(boss) ?? 0) + 1);
    // Where several offices share a host country (synthetic data), one of them covers it.
    const hostedThere = open.filter((x) => x.hostCountry === o.hostCountry).map((x) => x.id as string);
    if (!hostedThere.includes(proposal.coverage[o.hostCountry] ?? '')) broken.push(`${o.id}'s host country is not covered from there`);
  }
  const toCover = new Set<string>([...network.offices.flatMap((o) => o.coveredCountries), ...network.countries.filter((c) => c.region !== null).map((c) => c.code)]);
  for (const code of toCover) {
    const by = proposal.coverage[code];
    const coverer = by === undefined ? undefined : byId.get(by);
    if (!coverer) { broken.push(`${code} not covered by an open office`); continue; }
    const region = countryRegion.get(code);
    if (options.keepWithinRegion && region && coverer.hostCountry !== code && coverer.region !== region) broken.push(`${code} covered from outside its region`);
    const boss = sros.has(coverer.id) ? coverer.id : proposal.reportsTo[coverer.id]!;
    clusterCountries.set(boss, (clusterCountries.get(boss) ?? 0) + 1);
  }
  for (const s of sros) {
    if (options.maxCountryOfficesPerSubRegional !== null && (clusterOffices.get(s) ?? 0) > options.maxCountryOfficesPerSubRegional) broken.push(`${s} leads too many country offices`);
    if (options.maxCountriesPerSubRegional !== null && (clusterCountries.get(s) ?? 0) > options.maxCountriesPerSubRegional) broken.push(`${s}'s cluster has too many countries`);
  }
  if (!Number.isFinite(proposal.objective.total)) broken.push('objective is not a number');
  return broken;
}
