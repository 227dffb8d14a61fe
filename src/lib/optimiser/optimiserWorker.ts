// The Web Worker that runs the optimiser, so exploring K = 5…20 never blocks the page.
// Progress is posted as it goes; cancel = terminate the worker.
import type { Network } from '../model/types';
import type { OfficeFigures, PlanningAssumptions } from '../scoring/types';
import { propose } from './propose';
import type { OptimiserOptions, OptimiserProgress, OptimiserResult } from './types';

export interface OptimiserRequest {
  readonly network: Network;
  readonly figures: readonly OfficeFigures[];
  readonly assumptions: PlanningAssumptions;
  readonly options: OptimiserOptions;
}

export type OptimiserReply =
  | { readonly type: 'progress'; readonly progress: OptimiserProgress }
  | { readonly type: 'done'; readonly result: OptimiserResult }
  | { readonly type: 'failed'; readonly message: string };

const post = (reply: OptimiserReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<OptimiserRequest>) => {
  try {
    const { network, figures, assumptions, options } = event.data;
    const result = propose(network, figures, assumptions, options, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
