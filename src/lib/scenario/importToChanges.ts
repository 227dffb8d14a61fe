// Turns imported offices or coverage into ordinary scenario changes against the baseline, so
// an import lands as a scenario that can be compared, edited, undone and shared.
import type { Network, Office } from '../model/types';
import type { ChangeData } from './types';

/**
 * The changes that make the baseline's offices and coverage match imported offices.
 * Offices of the baseline missing from the file are left as they are (the report says so).
 * @example officesToChanges(baseline, [{ ...kenya, tier: 'sub-regional-office' }])
 * // → [{ kind: 'set-tier', office: 'AFR-KEN', tier: 'sub-regional-office' }]
 */
export function officesToChanges(baseline: Network, imported: readonly Office[]): ChangeData[] {
  const existing = new Map(baseline.offices.map((o) => [o.id, o]));
  const coveredBy = new Map(baseline.offices.flatMap((o) => o.coveredCountries.map((c) => [c, o.id] as const)));
  const changes: ChangeData[] = [];
  for (const office of imported) {
    const before = existing.get(office.id);
    if (!before) {
      const { id, name, city, hostCountry, region, tier, point, reportsTo } = office;
      changes.push({ kind: 'open-office', office: { id, name, city, hostCountry, region, tier, point, reportsTo } });
    } else {
      if (before.name !== office.name) changes.push({ kind: 'rename-office', office: office.id, name: office.name });
      if (before.tier !== office.tier) changes.push({ kind: 'set-tier', office: office.id, tier: office.tier });
      if (before.reportsTo !== office.reportsTo) changes.push({ kind: 'set-reports-to', office: office.id, reportsTo: office.reportsTo });
    }
    for (const country of office.coveredCountries) {
      if (coveredBy.get(country) !== office.id) changes.push({ kind: 'assign-country', country, office: office.id });
    }
  }
  return changes;
}

/**
 * The changes that make the baseline's coverage match imported country → office pairs.
 * @example coverageToChanges(baseline, [{ country: 'SOM', office: 'AFR-ETH' }]) // → [{ kind: 'assign-country', country: 'SOM', office: 'AFR-ETH' }]
 */
export function coverageToChanges(baseline: Network, pairs: readonly { country: Office['coveredCountries'][number]; office: Office['id'] }[]): ChangeData[] {
  const coveredBy = new Map(baseline.offices.flatMap((o) => o.coveredCountries.map((c) => [c, o.id] as const)));
  return pairs.filter((p) => coveredBy.get(p.country) !== p.office).map((p) => ({ kind: 'assign-country', country: p.country, office: p.office }));
}
