// What every map layer draws from: the network of the moment and its index, and the region
// in view. Layers receive it from the controller; none of them holds app state of its own.
import type { NetworkIndex } from '../../model/indexNetwork';
import type { Network, Office, Region } from '../../model/types';

export interface MapData {
  readonly network: Network;
  readonly index: NetworkIndex;
}

/** True when something of `region` is shown with the map limited to `shown` (null: the world). */
export const isInRegion = (shown: Region | null, region: Region | null | undefined): boolean => shown === null || region === shown;

/** The offices drawn on the map: open ones, in the region shown. */
export function visibleOffices(data: MapData | null, region: Region | null): Office[] {
  return data ? data.network.offices.filter((o) => !o.closed && isInRegion(region, o.region)) : [];
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
