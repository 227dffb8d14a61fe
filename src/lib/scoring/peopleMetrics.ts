// The people and learning perspective: staff by office type (imported where available, else
// the planning assumptions), vacant representative posts (imported only) and offices below
// the minimum staffing level.
import { sum } from 'd3-array';
import type { Tier } from '../model/types';
import type { ScorecardInput } from './computeScorecard';
import { describeTierCounts, officesBy } from './internalProcessMetrics';
import { analyseCoverage, perRegion } from './memberStatesMetrics';
import { metricDefinition } from './metricDefinitions';
import { toMetricValue } from './scoreMetric';
import { latestFiguresByOffice, officeStaff } from './resourcesMetrics';
import type { MetricValue } from './types';

/**
 * The people and learning metrics of a network.
 * @example peopleMetrics({ network: baseline, assumptions: DEFAULT_ASSUMPTIONS, figures: [], settings })
 * // → staff-by-type 283 ("96 staff in regional hubs · …"), vacant posts no data, offices below minimum no data (no staff figures imported)
 */
export function peopleMetrics({ network, assumptions, figures, settings }: Pick<ScorecardInput, 'network' | 'assumptions' | 'figures' | 'settings'>): MetricValue[] {
  const overrides = settings.metricOverrides;
  const { openOffices } = analyseCoverage(network);
  const latest = latestFiguresByOffice(figures);
  const staffed = openOffices.map((o) => [o, officeStaff(o, assumptions, latest.get(o.id)).count] as const);
  const byTier: Partial<Record<Tier, number>> = {};
  for (const [office, count] of staffed) byTier[office.tier] = (byTier[office.tier] ?? 0) + count;
  const hasImportedStaff = openOffices.some((o) => latest.get(o.id)?.staff !== undefined);
  const below = staffed.filter(([, count]) => count < settings.minimumStaff);
  const reportsVacancy = openOffices.filter((o) => latest.get(o.id)?.representativeVacant !== undefined);
  const vacant = reportsVacancy.filter((o) => latest.get(o.id)?.representativeVacant === true);
  return [
    toMetricValue(metricDefinition('staff-by-type', overrides), sum(staffed, ([, count]) => count), {
      display: staffed.length ? describeTierCounts(byTier, 'staff') : '0 staff',
      ...(staffed.length ? { detail: { kind: 'tier-counts' as const, counts: byTier, noun: 'staff' as const } } : {}),
      byRegion: perRegion(staffed, ([o]) => o.region, (group) => sum(group, ([, count]) => count)),
    }),
    // No office reporting on its representative post means no data, not zero vacancies.
    toMetricValue(metricDefinition('vacant-representative-posts', overrides), reportsVacancy.length ? vacant.length : null, {
      drillDown: officesBy(vacant.map((o) => [o, 1] as const), 'posts', (a, b) => b - a),
    }),
    // Without any imported staff figure every office has its type's assumed staff, so the count
    // is a constant of the assumptions, not a finding: no data, and the perspective drops out of the overall score.
    toMetricValue(metricDefinition('offices-below-minimum-staff', overrides), hasImportedStaff ? below.length : null, {
      drillDown: officesBy(below, 'staff', (a, b) => a - b),
    }),
  ];
}
