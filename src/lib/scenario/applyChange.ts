// Applies one scenario change to a network, and replays a list of them onto the baseline.
// Pure and forgiving: a change naming an office that no longer exists leaves the network as it is.
// Both go through a NetworkDraft, so a replay of n changes costs O(offices + n).
import type { Network } from '../model/types';
import { NetworkDraft } from './networkDraft';
import type { ChangeData } from './types';

/**
 * The network after one change; the input is never mutated.
 * @example applyChange(net, { kind: 'set-tier', office: 'AFR-KEN', tier: 'sub-regional-office' })
 * // → a new network in which AFR-KEN is a sub-regional office, every other office the same object
 * @example applyChange(net, { kind: 'close-office', office: 'NOPE' }) // → net (unchanged)
 */
export function applyChange(network: Network, change: ChangeData): Network {
  return deriveNetwork(network, [change]);
}

/**
 * Replays changes, in order, onto the baseline; the baseline itself when none does anything.
 * @example deriveNetwork(baseline, []) // → baseline
 * @example deriveNetwork(baseline, [closeKen, reopenKen]) // → applyChange(applyChange(baseline, closeKen), reopenKen)
 */
export function deriveNetwork(baseline: Network, changes: readonly ChangeData[]): Network {
  const draft = new NetworkDraft(baseline);
  for (const change of changes) draft.apply(change);
  return draft.toNetwork();
}

