// A network being changed in place, with the lookups a change needs (an office by id, the
// offices covering a country), so replaying n changes costs O(offices + n), not O(offices × n).
// Only deriveNetwork and describeChanges hold one; what leaves it is an ordinary immutable Network.
import type { Country, CountryCode, Network, Office, OfficeId } from '../model/types';
import type { ChangeData, NewOffice } from './types';

/** What a scenario writes as the basis of a reporting line it sets; the interface says it in its language (see coreText). */
export const SET_IN_SCENARIO = 'set in this scenario';
/** The source note of an office a scenario opens; the interface says it in its language. */
export const OPENED_IN_SCENARIO = 'Opened in this scenario';

/** What a change's sentence reads about the network before it; a NetworkIndex is one too. */
export interface NetworkLookup {
  readonly countryByCode: Pick<ReadonlyMap<CountryCode, Country>, 'get'>;
  readonly officeById: Pick<ReadonlyMap<OfficeId, Office>, 'get' | 'has'>;
  /** The first office, in office order, whose coveredCountries holds the country. */
  readonly coveringOffice: Pick<ReadonlyMap<CountryCode, Office>, 'get'>;
}

/** Office ids are unique in a network (validateNetwork refuses a repeat), so one position per id. */
export class NetworkDraft implements NetworkLookup {
  readonly countryByCode: ReadonlyMap<CountryCode, Country>;
  readonly officeById = { get: (id: OfficeId) => this.officeAt(this.position.get(id)), has: (id: OfficeId) => this.position.has(id) };
  readonly coveringOffice = { get: (code: CountryCode) => this.officeAt(firstOf(this.coverers().get(code))) };
  private readonly offices: Office[];
  private readonly position = new Map<OfficeId, number>();
  /** Positions of the offices covering each country; built on first use (many lists never move a country). */
  private coverersByCountry: Map<CountryCode, Set<number>> | null = null;
  private changed = false;

  constructor(private readonly base: Network) {
    this.offices = [...base.offices];
    this.countryByCode = new Map(base.countries.map((c) => [c.code, c] as const));
    this.offices.forEach((office, i) => {
      if (!this.position.has(office.id)) this.position.set(office.id, i);
    });
  }

  /** Applies one change, with the rules of applyChange; a change naming nothing that exists does nothing. */
  apply(change: ChangeData): void {
    switch (change.kind) {
      case 'set-tier':
        return this.update(change.office, (o) => ({ ...o, tier: change.tier }));
      case 'set-reports-to':
        return this.update(change.office, (o) => ({ ...o, reportsTo: change.reportsTo, reportsToBasis: SET_IN_SCENARIO }));
      case 'assign-country':
        return this.assignCountry(change.country, change.office);
      case 'assign-countries':
        for (const country of change.countries) this.assignCountry(country, change.office);
        return;
      case 'open-office':
        return this.open(change.office);
      case 'close-office':
        return this.update(change.office, (o) => ({ ...o, closed: true }));
      case 'reopen-office':
        // Without the flag rather than `closed: false`, so a reopened office equals the one never closed.
        return this.update(change.office, ({ closed: _closed, ...open }) => open);
      case 'rename-office':
        return this.update(change.office, (o) => ({ ...o, name: change.name }));
      case 'annotate-office':
        return this.update(change.office, (o) => ({ ...o, note: change.note }));
    }
  }

  /** The network as it now stands: the input itself when no change did anything. */
  toNetwork(): Network {
    return this.changed ? { ...this.base, offices: [...this.offices] } : this.base;
  }

  private officeAt(index: number | undefined): Office | undefined {
    return index === undefined ? undefined : this.offices[index];
  }

  private update(id: OfficeId, update: (office: Office) => Office): void {
    const index = this.position.get(id);
    if (index === undefined) return;
    this.offices[index] = update(this.offices[index]!);
    this.changed = true;
  }

  private coverers(): Map<CountryCode, Set<number>> {
    if (this.coverersByCountry) return this.coverersByCountry;
    const coverers = new Map<CountryCode, Set<number>>();
    this.offices.forEach((office, i) => {
      for (const code of office.coveredCountries) coverers.set(code, (coverers.get(code) ?? new Set()).add(i));
    });
    return (this.coverersByCountry = coverers);
  }

  // Every office covering the country loses it; the target, if any, covers it last in its list.
  private assignCountry(country: CountryCode, target: OfficeId | null): void {
    if (!this.countryByCode.has(country)) return;
    const targetIndex = target === null ? undefined : this.position.get(target);
    if (target !== null && targetIndex === undefined) return;
    const covering = this.coverers().get(country) ?? new Set<number>();
    if (targetIndex !== undefined && covering.size === 1 && covering.has(targetIndex)) return;
    for (const i of covering) this.offices[i] = withoutCountry(this.offices[i]!, country);
    if (targetIndex !== undefined) {
      const office = this.offices[targetIndex]!;
      this.offices[targetIndex] = { ...office, coveredCountries: [...office.coveredCountries, country] };
    }
    this.coverers().set(country, new Set(targetIndex === undefined ? [] : [targetIndex]));
    this.changed = true;
  }

  private open(office: NewOffice): void {
    if (this.position.has(office.id)) return;
    const opened: Office = { ...office, coveredCountries: [], inferredCoverage: [], confidence: 'inferred', source: OPENED_IN_SCENARIO, reportsToBasis: SET_IN_SCENARIO, planned: true };
    this.position.set(office.id, this.offices.length);
    this.offices.push(opened);
    this.changed = true;
  }
}

/** The smallest position in a set: the first office in the network's order. */
function firstOf(positions: ReadonlySet<number> | undefined): number | undefined {
  let first: number | undefined;
  for (const i of positions ?? []) if (first === undefined || i < first) first = i;
  return first;
}

function withoutCountry(office: Office, country: CountryCode): Office {
  return {
    ...office,
    coveredCountries: office.coveredCountries.filter((c) => c !== country),
    inferredCoverage: office.inferredCoverage.filter((c) => c !== country),
  };
}
