// The "Suggest a structure" session with the real optimiser running in an in-process worker:
// progress then a result; cancel stops the run with nothing applied; a reply that arrives
// after cancelling is ignored; a failure in the worker is reported and the session is idle;
// the chosen proposal opens as an ordinary scenario.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { findKnee } from '../../../src/lib/optimiser/knee';
import { PlannerDatabase } from '../../../src/lib/db/database';
import { deriveNetwork } from '../../../src/lib/scenario/applyChange';
import { OptimiserSession } from '../../../src/lib/state/optimiserSession.svelte';
import { ScenarioStore } from '../../../src/lib/state/scenarioStore.svelte';
import { ScorecardStore } from '../../../src/lib/state/scorecardStore.svelte';
import { baselineNetwork } from '../scenario/scenarioTestData';
import { InProcessWorker, loadWorkerModule } from './inProcessWorker';

const baseline = baselineNetwork();
const SMALL_RUN = { subRegionalCount: { min: 6, max: 8 }, starts: 1 };

beforeAll(async () => {
  vi.stubGlobal('navigator', { storage: undefined });
  vi.stubGlobal('Worker', InProcessWorker);
  await loadWorkerModule(() => import('../../../src/lib/optimiser/optimiserWorker'));
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  InProcessWorker.lateReplies = false;
});

let databases = 0;
function newSession() {
  const db = new PlannerDatabase(`optimiser-session-${++databases}`);
  const scenarios = new ScenarioStore(baseline, db);
  const session = new OptimiserSession(scenarios, new ScorecardStore(scenarios, db));
  session.setOptions(SMALL_RUN);
  return { session, scenarios };
}
const idle = (session: OptimiserSession) => ({ running: session.running, error: session.error, result: session.result });

describe('OptimiserSession', () => {
  it('runs: progress, then one proposal per K (6, 7, 8) with the knee chosen (else the best), and idle again', async () => {
    const { session } = newSession();
    session.run();
    expect(session.running).toBe(true);
    await vi.waitFor(() => expect(session.running).toBe(false));
    expect(session.error).toBeNull();
    expect(session.progress).toBe(1);
    expect(session.result?.proposals.map((p) => p.k)).toEqual([6, 7, 8]);
    const knee = findKnee(session.result!.proposals.filter((p) => p.feasible).map((p) => ({ k: p.k, total: p.objective.total })));
    expect(session.chosen?.k).toBe(knee ?? session.result?.best?.k);
    session.chosenK = 7;
    expect(session.chosen?.k).toBe(7);
  });

  it('cancel before the worker starts: nothing runs, nothing is applied, the session is idle', async () => {
    const { session, scenarios } = newSession();
    session.run();
    session.cancel();
    const worker = InProcessWorker.created.at(-1)!;
    expect(worker.terminated).toBe(true);
    expect(idle(session)).toEqual({ running: false, error: null, result: null });
    expect(scenarios.scenarios).toEqual([]);
  });

  it('cancel while it runs: a reply already on its way is ignored, nothing is applied', async () => {
    InProcessWorker.lateReplies = true;
    const { session, scenarios } = newSession();
    session.run();
    const worker = InProcessWorker.created.at(-1)!;
    const delivered = vi.fn();
    const page = worker.onmessage!;
    worker.onmessage = (event) => {
      page(event);
      delivered(event.data);
      // Cancel as soon as the first progress reaches the page; the other replies are queued.
      if (delivered.mock.calls.length === 1) session.cancel();
    };
    await vi.waitFor(() => expect(delivered.mock.calls.map(([d]) => d.type)).toContain('done'));
    expect(idle(session)).toEqual({ running: false, error: null, result: null });
    expect(session.chosen).toBeNull();
    expect(scenarios.scenarios).toEqual([]);
  });

  it('a run started again replaces the first: the first worker is stopped', async () => {
    const { session } = newSession();
    session.run();
    const first = InProcessWorker.created.at(-1)!;
    session.run();
    expect(first.terminated).toBe(true);
    await vi.waitFor(() => expect(session.running).toBe(false));
    expect(session.result?.proposals).toHaveLength(3);
  });

  it('a failure in the worker is reported, and the session is idle with no result', async () => {
    const { session } = newSession();
    session.setOptions({ objective: null as never }); // the optimiser cannot read its weights
    session.run();
    await vi.waitFor(() => expect(session.error).not.toBeNull());
    expect(session.error).toMatch(/^The optimiser stopped: .+/);
    expect([session.running, session.result]).toEqual([false, null]);
    expect(InProcessWorker.created.at(-1)!.terminated).toBe(true);
  });

  it('opens the chosen proposal as a scenario whose sub-regional offices are the proposal’s', async () => {
    const { session, scenarios } = newSession();
    await session.openAsScenario(); // nothing chosen yet: nothing happens
    expect(scenarios.scenarios).toEqual([]);
    session.run();
    await vi.waitFor(() => expect(session.result).not.toBeNull());
    session.chosenK = 6;
    await session.openAsScenario();
    const [made] = scenarios.scenarios;
    expect(made?.name).toBe('Suggested: 6 sub-regional offices');
    const network = deriveNetwork(baseline, made!.changes);
    const subRegional = network.offices.filter((o) => !o.closed && o.tier === 'sub-regional-office').map((o) => o.id).sort();
    expect(subRegional).toEqual([...session.chosen!.subRegionalOffices].sort());
  });
});
