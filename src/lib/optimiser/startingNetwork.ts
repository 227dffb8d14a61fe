// The network the optimiser starts from: today's (the baseline) or the open scenario's, so that a
// closed office is never proposed, an office the scenario opened may be chosen, and the offices the
// scenario made sub-regional can be kept as they are (locked in).
import type { Network, OfficeId } from '../model/types';
import type { OptimiserOptions } from './types';

export type StartFrom = 'baseline' | 'scenario';

export interface StartingPoint {
  readonly from: StartFrom;
  readonly network: Network;
  /** Offices open in the baseline and closed in the starting network: never candidates. */
  readonly closed: readonly OfficeId[];
  /** Offices the starting network adds to the baseline: candidates like any other. */
  readonly opened: readonly OfficeId[];
  /** Open offices the starting network made sub-regional (they are not in the baseline). */
  readonly madeSubRegional: readonly OfficeId[];
}

/**
 * What the optimiser starts from: the scenario's network when asked and one is open, else the baseline.
 * @example startingPoint(baseline, scenarioNetwork, 'scenario').closed // → ['AFR-NGA'] when the scenario closed Abuja
 */
export function startingPoint(baseline: Network, scenario: Network | null, from: StartFrom): StartingPoint {
  const network = from === 'scenario' && scenario ? scenario : baseline;
  const before = new Map(baseline.offices.map((o) => [o.id as string, o] as const));
  const open = network.offices.filter((o) => !o.closed);
  return {
    from: network === baseline ? 'baseline' : 'scenario',
    network,
    closed: network.offices.filter((o) => o.closed && before.has(o.id) && !before.get(o.id)!.closed).map((o) => o.id),
    opened: open.filter((o) => !before.has(o.id)).map((o) => o.id),
    madeSubRegional: open.filter((o) => o.tier === 'sub-regional-office' && before.get(o.id)?.tier !== 'sub-regional-office').map((o) => o.id),
  };
}

/**
 * The options for a run from this start: the offices the scenario made sub-regional added to the locked-in
 * ones when asked, and every lock on an office that is not open in the starting network dropped.
 * @example optionsFromStart(start, options, true).lockedIn // → ['AFR-ETH', 'ASP-THA', …]
 */
export function optionsFromStart(start: StartingPoint, options: OptimiserOptions, lockScenarioSubRegionals: boolean): OptimiserOptions {
  const open = new Set<string>(start.network.offices.filter((o) => !o.closed).map((o) => o.id));
  const lockedIn = [...new Set([...options.lockedIn, ...(lockScenarioSubRegionals ? start.madeSubRegional : [])])].filter((id) => open.has(id) && !options.lockedOut.includes(id));
  return { ...options, lockedIn, lockedOut: options.lockedOut.filter((id) => open.has(id)) };
}
