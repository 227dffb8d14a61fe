// The "Suggest a structure" session: the user's options, the run in a worker (progress,
// cancel), the proposals per K, and opening one as an ordinary scenario.
import { t } from '../i18n/i18n.svelte';
import { DEFAULT_OPTIMISER_OPTIONS, proposalToChanges } from '../optimiser/propose';
import type { OptimiserReply, OptimiserRequest } from '../optimiser/optimiserWorker';
import { findKnee } from '../optimiser/knee';
import { optionsFromStart, startingPoint, type StartFrom, type StartingPoint } from '../optimiser/startingNetwork';
import type { OptimiserOptions, OptimiserResult, Proposal } from '../optimiser/types';
import type { ChangeData } from '../scenario/types';
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
  /** Start from the open scenario (when one is open) or from today's network. */
  startFrom = $state<StartFrom>('scenario');
  /** Keep the offices the scenario made sub-regional (locked in). */
  lockScenarioSubRegionals = $state(false);
  /** The network a run starts from now (a getter: the store is only known once constructed). */
  get start(): StartingPoint {
    return startingPoint(this.scenarios.baseline, this.scenarios.current ? this.scenarios.network : null, this.startFrom);
  }
  /** What the shown result was computed from: its network, the scenario's changes and name (null = baseline). */
  resultStart = $state.raw<{ network: StartingPoint['network']; changes: readonly ChangeData[]; name: string | null } | null>(null);
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
    const start = this.start;
    const network = $state.snapshot(start.network) as OptimiserRequest['network'];
    const request: OptimiserRequest = {
      network,
      figures: $state.snapshot(this.scorecards.figures) as OptimiserRequest['figures'],
      assumptions: $state.snapshot(this.scorecards.assumptions) as OptimiserRequest['assumptions'],
      options: optionsFromStart(start, $state.snapshot(this.options) as OptimiserOptions, this.lockScenarioSubRegionals),
    };
    const fromScenario = start.from === 'scenario' && this.scenarios.current !== null;
    // The scenario's own changes (without their ids and times): a proposal opened from it builds on them.
    const changes = fromScenario ? this.scenarios.current!.changes.map(({ id: _id, at: _at, ...data }) => data as ChangeData) : [];
    this.resultStart = { network, changes, name: fromScenario ? this.scenarios.current!.name : null };
    [this.running, this.progress, this.error, this.result, this.chosenK] = [true, 0, null, null, null];
    worker.postMessage(request);
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = false;
  }

  /**
   * The chosen proposal becomes a new scenario of ordinary changes, opened on the map: from the baseline,
   * its changes alone; from a scenario, that scenario's changes followed by the proposal's.
   */
  async openAsScenario(): Promise<void> {
    const proposal = this.chosen;
    const start = this.resultStart;
    if (!proposal || !start) return;
    const changes = [...start.changes, ...proposalToChanges(start.network, proposal)];
    const reasons = proposal.explanations.map((e) => e.reason).join(' ');
    const from = start.name === null ? 'today\'s network' : `the scenario "${start.name}"`;
    const name = start.name === null ? `Suggested: ${proposal.k} sub-regional offices` : `${start.name} — suggested: ${proposal.k} sub-regional offices`;
    await this.scenarios.createWithChanges(name, `Proposed by the optimiser from ${from} (objective ${Math.round(proposal.objective.total)}). ${reasons}`, changes);
  }

  private receive(reply: OptimiserReply): void {
    if (reply.type === 'progress') this.progress = reply.progress.share;
    else if (reply.type === 'failed') this.fail(reply.message);
    else {
      this.result = reply.result;
      // For a range, show the knee first: the lowest objective is usually the largest K (the curve keeps falling).
      const feasible = reply.result.proposals.filter((p) => p.feasible).map((p) => ({ k: p.k, total: p.objective.total }));
      this.chosenK = (reply.result.proposals.length > 1 ? findKnee(feasible) : null) ?? reply.result.best?.k ?? null;
      this.cancel();
    }
  }

  private fail(message: string): void {
    this.error = t('suggest.stopped', { message });
    this.cancel();
  }
}
