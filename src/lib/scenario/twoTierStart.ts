// The "Start a two-tier scenario" action: every regional hub and regional office becomes a
// candidate sub-regional office reporting to headquarters; what is left to decide comes from the checks.
import { isOldTier, type Network, type Office } from '../model/types';
import { checkScenario } from './checkScenario';
import type { ChangeData, ScenarioProblem } from './types';

/**
 * The changes that turn every open regional hub and regional office into a sub-regional office
 * reporting to no office; country offices keep their place.
 * @example twoTierStartChanges(baseline) // for AFR-KEN (regional office, reports to AFR-ETH) →
 * // [… { kind: 'set-tier', office: 'AFR-KEN', tier: 'sub-regional-office' }, { kind: 'set-reports-to', office: 'AFR-KEN', reportsTo: null } …]
 */
export function twoTierStartChanges(baseline: Network): ChangeData[] {
  return baseline.offices
    .filter((office) => !office.closed && isOldTier(office.tier))
    .flatMap((office): ChangeData[] => [
      { kind: 'set-tier', office: office.id, tier: 'sub-regional-office' },
      ...(office.reportsTo === null ? [] : [{ kind: 'set-reports-to', office: office.id, reportsTo: null } as const]),
    ]);
}
