// The "Suggest a structure" session: the user's options, the run in a worker (progress,
// cancel), the proposals per K, and opening one as an ordinary scenario.
import { t } from '../i18n/i18n.svelte';
import { DEFAULT_OPTIMISER_OPTIONS, proposalToChanges } from '../optimiser/propose';
import type { OptimiserReply, OptimiserRequest } from '../optimiser/optimiserWorker';
import type { OptimiserOptions, OptimiserResult, Proposal } from '../optimiser/types';
import type { ScenarioStore } from './scenarioStore.svelte';
import type { ScorecardStore } from './scorecardStore.svelte';

export class OptimiserSession {
  options = $state.raw<OptimiserOptions>(DEFAULT_OPTIMISER_OPTIONS);
  running = $state(false);
  progress = $state(0);
  error = $state<string | null>(null);
  result = $state.raw<OptimiserResult | null>(null);
  /** The proposal shown in detail (a K of the result). */
  chosenK = $state<number | null>(null);
  readonly chosen = $derived<Proposal | null>(this.result?.proposals.find((p) => p.k === this.chosenK) ?? this.result?.best ?? null);
  private worker: Worker | null = null;

  constructor(
    private readonly scenarios: ScenarioStore,
    private readonly scorecards: ScorecardStore,
  ) {}

  setOptions(patch: Partial<OptimiserOptions>): void {
    this.options = { ...this.options, ...patch };
  }

  run(): void {
    this.cancel();
    const worker = new Worker(new URL('../optimiser/optimiserWorker.ts', import.meta.url), { type: 'module' });
    // A reply already on its way when the run was cancelled (or replaced) must not land.
    worker.onmessage = (event: MessageEvent<OptimiserReply>) => {
      if (this.worker === worker) this.receive(event.data);
    };
    worker.onerror = (event) => {
      if (this.worker === worker) this.fail(event.message);
    };
    this.worker = worker;
    const request: OptimiserRequest = {
      network: $state.snapshot(this.scenarios.baseline) as OptimiserRequest['network'],
      figures: $state.snapshot(this.scorecards.figures) as OptimiserRequest['figures'],
      assumptions: $state.snapshot(this.scorecards.assumptions) as OptimiserRequest['assumptions'],
      options: $state.snapshot(this.options) as OptimiserOptions,
    };
    [this.running, this.progress, this.error, this.result, this.chosenK] = [true, 0, null, null, null];
    worker.postMessage(request);
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = false;
  }

  /** The chosen proposal becomes a new scenario of ordinary changes, opened on the map. */
  async openAsScenario(): Promise<void> {
    const proposal = this.chosen;
    if (!proposal) return;
    const changes = proposalToChanges(this.scenarios.baseline, proposal);
    const reasons = proposal.explanations.map((e) => e.reason).join(' ');
    await this.scenarios.createWithChanges(`Suggested: ${proposal.k} sub-regional offices`, `Proposed by the optimiser (objective ${Math.round(proposal.objective.total)}). ${reasons}`, changes);
  }

  private receive(reply: OptimiserReply): void {
    if (reply.type === 'progress') this.progress = reply.progress.share;
    else if (reply.type === 'failed') this.fail(reply.message);
    else {
      this.result = reply.result;
      this.chosenK = reply.result.best?.k ?? null;
      this.cancel();
    }
  }

  private fail(message: string): void {
    this.error = t('suggest.stopped', { message });
    this.cancel();
  }
}
